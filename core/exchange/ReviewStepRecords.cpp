#include "ReviewStepRecords.h"

#include "core/campaign/ReviewSteps.h"
#include "core/common/CoreText.h"
#include "core/exchange/RecordContext.h"
#include "core/storage/Database.h"

#include <QDate>

namespace lianping {

std::optional<Record> ReviewStepRecords::load(Database& db, const QString& keyText) {
    const QStringList key = keyText.split(QLatin1Char('/'));
    if (key.size() != 4)
        return std::nullopt;
    Statement q = db.prepare(
        "SELECT rs.name, rs.on_date, rs.note, rs.operator, o.uid, rs.updated_at FROM review_steps "
        "rs JOIN enrollments e ON e.id = rs.enrollment_id JOIN campaigns c ON c.id = "
        "e.campaign_id JOIN units u ON u.id = e.unit_id JOIN offices o ON o.id = rs.owner "
        "WHERE c.year = ? AND u.code = ? AND rs.position = ?");
    q.bind(1, key[1].toInt()).bind(2, key[2]).bind(3, key[3].toInt());
    if (!q.step())
        return std::nullopt;
    QJsonObject data{
        {QStringLiteral("year"), key[1].toInt()},     {QStringLiteral("unit"), key[2]},
        {QStringLiteral("position"), key[3].toInt()}, {QStringLiteral("name"), q.text(0)},
        {QStringLiteral("date"), q.text(1)},          {QStringLiteral("note"), q.text(2)},
        {QStringLiteral("operator"), q.text(3)}};
    return Record::draft(RecordKind::ReviewStep, key.join(QLatin1Char('/')), q.int64(5), q.text(4),
                         std::move(data));
}

Result<void> ReviewStepRecords::forEach(Database& db, const RecordScope& scope,
                                        const RecordStore::RecordVisitor& visit) {
    // The sub-steps of the units in scope, unit by unit in order.
    std::vector<QString> keys;
    const ScopeCondition condition = unitCondition(scope);
    Statement q = db.prepare(
        ("SELECT u.code, rs.position FROM review_steps rs JOIN enrollments e ON e.id = "
         "rs.enrollment_id JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = "
         "e.unit_id WHERE c.year = ?" +
         condition.sql + " ORDER BY u.code, rs.position")
            .constData());
    int index = 1;
    q.bind(index++, scope.year);
    for (const QString& param : condition.params)
        q.bind(index++, param);
    while (q.step())
        keys.push_back(QStringLiteral("review_step/%1/%2/%3")
                           .arg(scope.year)
                           .arg(q.text(0))
                           .arg(q.integer(1)));
    for (const QString& key : keys)
        if (std::optional<Record> record = load(db, key))
            LP_TRY(visit(std::move(*record)));
    return {};
}

Result<void> ReviewStepRecords::write(Database& db, const Record& in, std::int64_t ownerId) {
    const QJsonObject& d = in.data;
    const std::int64_t stamp = in.version.stamp;
    Statement enrollment = db.prepare(
        "SELECT e.id FROM enrollments e JOIN campaigns c ON c.id = e.campaign_id JOIN units u "
        "ON u.id = e.unit_id WHERE c.year = ? AND u.code = ?");
    enrollment.bind(1, d.value(QStringLiteral("year")).toInt()).bind(2, records::text(d, "unit"));
    if (!enrollment.step())
        return fail(
            CoreText::tr("the package refers to %1, which is neither here nor in the package")
                .arg(CoreText::tr("unit %1 in campaign %2")
                         .arg(records::text(d, "unit"))
                         .arg(d.value(QStringLiteral("year")).toInt())));
    if (!QDate::fromString(records::text(d, "date"), Qt::ISODate).isValid())
        return fail(CoreText::tr("the package contents are damaged"));
    return ReviewSteps::store(db, enrollment.int64(0),
                              {.position = d.value(QStringLiteral("position")).toInt(),
                               .name = records::text(d, "name"),
                               .date = QDate::fromString(records::text(d, "date"), Qt::ISODate),
                               .note = records::text(d, "note"),
                               .operatorName = records::text(d, "operator")},
                              ownerId, stamp);
}

} // namespace lianping
