#include "ReviewSteps.h"

#include "core/campaign/Enrollments.h"
#include "core/common/CellText.h"
#include "core/common/CoreText.h"
#include "core/common/Ids.h"
#include "core/common/Limits.h"
#include "core/history/History.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace lianping {

const QStringList& ReviewSteps::defaults() {
    static const QStringList steps = {QStringLiteral("考前公示"), QStringLiteral("述职述廉"),
                                      QStringLiteral("民主测评"), QStringLiteral("个别谈话"),
                                      QStringLiteral("走访"),     QStringLiteral("综合评定")};
    return steps;
}

QStringList ReviewSteps::names(int year) const {
    Statement& query = m_db.cached("SELECT review_steps FROM campaigns WHERE year = ?");
    QString own;
    if (query.bind(1, year).step())
        own = query.text(0);
    query.reset();
    const QStringList list = own.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return list.isEmpty() ? defaults() : list;
}

Result<void> ReviewSteps::setNames(int year, const QStringList& given) {
    QStringList names;
    for (const QString& name : given)
        if (!CellText::clean(name).isEmpty())
            names << CellText::clean(name);
    if (names.size() > 12)
        return fail(
            CoreText::tr("a county review has at most 12 sub-steps, not %1").arg(names.size()));
    for (const QString& name : names) {
        LP_TRY(Limits::text(CoreText::tr("sub-step"), name, 20));
        if (names.count(name) > 1)
            return fail(CoreText::tr("sub-step %1 is named twice").arg(name));
    }
    Statement& campaign = m_db.cached("SELECT id, review_steps FROM campaigns WHERE year = ?");
    if (!campaign.bind(1, year).step()) {
        campaign.reset();
        return fail(CoreText::tr("no campaign %1").arg(year));
    }
    const std::int64_t id = campaign.int64(0);
    const QString old = campaign.text(1);
    campaign.reset();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& update =
        m_db.cached("UPDATE campaigns SET review_steps = ?, updated_at = ? WHERE id = ?");
    const QString joined = names.join(QLatin1Char('\n'));
    if (!update.bind(1, joined.isNull() ? QStringLiteral("") : joined)
             .bind(2, nowMs())
             .bind(3, id)
             .exec())
        return fail(m_db.lastError());
    LP_TRY(History::record(m_db, {std::nullopt,
                                  year,
                                  QStringLiteral("campaign"),
                                  QStringLiteral("review_steps"),
                                  old,
                                  joined,
                                  {}}));
    return transaction.commit();
}

Result<ReviewStep> ReviewSteps::record(int year, const QString& unitCode, const QString& step,
                                       const QDate& date, const QString& note) {
    const QStringList steps = names(year);
    int position = static_cast<int>(steps.indexOf(CellText::clean(step))) + 1;
    bool number = false;
    const int given = CellText::number(step).toInt(&number);
    if (position == 0 && number && given >= 1 && given <= steps.size())
        position = given;
    if (position == 0)
        return fail(CoreText::tr("'%1' is not a sub-step of the county review of %2: give one of "
                                 "%3 or its number 1–%4")
                        .arg(step)
                        .arg(year)
                        .arg(steps.join(QStringLiteral("、")))
                        .arg(steps.size()));
    if (!date.isValid())
        return fail(CoreText::tr("a sub-step needs its date (--date YYYY-MM-DD)"));
    LP_TRY(Limits::text(CoreText::tr("note"), note, Limits::NoteLength, true));
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& upsert = m_db.cached(
        "INSERT INTO review_steps(enrollment_id, position, name, on_date, note, operator, owner, "
        "updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT (enrollment_id, position) DO "
        "UPDATE SET name = ?3, on_date = ?4, note = ?5, operator = ?6, owner = ?7, updated_at = "
        "?8");
    const QString name = steps[position - 1];
    if (!upsert.bind(1, enrollment->id)
             .bind(2, position)
             .bind(3, name)
             .bind(4, date.toString(Qt::ISODate))
             .bind(5, note.isNull() ? QStringLiteral("") : note.trimmed())
             .bind(6, m_db.operatorName().isNull() ? QStringLiteral("") : m_db.operatorName())
             .bind(7, m_db.officeId())
             .bind(8, nowMs())
             .exec())
        return fail(m_db.lastError());
    LP_TRY(History::record(m_db, {enrollment->unitId,
                                  year,
                                  QStringLiteral("review_step"),
                                  name,
                                  {},
                                  date.toString(Qt::ISODate),
                                  note}));
    LP_TRY(transaction.commit());
    return ReviewStep{position, name, date, note.trimmed(), m_db.operatorName()};
}

std::vector<ReviewStep> ReviewSteps::forUnit(int year, const QString& unitCode) const {
    std::vector<ReviewStep> steps;
    const QStringList list = names(year);
    for (int i = 0; i < list.size(); ++i)
        steps.push_back(ReviewStep{i + 1, list[i], {}, {}, {}});
    // Matched by name: a campaign that changes its list keeps what was recorded under a name.
    Statement& query = m_db.cached(
        "SELECT rs.name, rs.on_date, rs.note, rs.operator FROM review_steps rs "
        "JOIN enrollments e ON e.id = rs.enrollment_id JOIN campaigns c ON c.id = e.campaign_id "
        "JOIN units u ON u.id = e.unit_id WHERE c.year = ? AND u.code = ? ORDER BY rs.position");
    query.bind(1, year).bind(2, unitCode);
    while (query.step()) {
        const auto at = list.indexOf(query.text(0));
        if (at < 0)
            continue;
        ReviewStep& step = steps[static_cast<std::size_t>(at)];
        step.date = QDate::fromString(query.text(1), Qt::ISODate);
        step.note = query.text(2);
        step.operatorName = query.text(3);
    }
    return steps;
}

Result<void> ReviewSteps::store(Database& db, std::int64_t enrollmentId, const ReviewStep& step,
                                std::int64_t owner, std::int64_t updatedAt) {
    Statement& upsert = db.cached(
        "INSERT INTO review_steps(enrollment_id, position, name, on_date, note, operator, "
        "owner, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT (enrollment_id, "
        "position) DO UPDATE SET name = ?3, on_date = ?4, note = ?5, operator = ?6, owner = "
        "?7, updated_at = ?8");
    if (!upsert.bind(1, enrollmentId)
             .bind(2, step.position)
             .bind(3, step.name)
             .bind(4, step.date.toString(Qt::ISODate))
             .bind(5, step.note)
             .bind(6, step.operatorName)
             .bind(7, owner)
             .bind(8, updatedAt)
             .exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
