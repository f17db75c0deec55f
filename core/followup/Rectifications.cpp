#include "Rectifications.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/campaign/Enrollments.h"
#include "core/common/Ids.h"
#include "core/history/History.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDate>

namespace lianping {

Result<std::int64_t> Rectifications::add(int year, const QString& unitCode, const QString& text,
                                         const QString& deadline, const QString& responsible) {
    if (text.trimmed().isEmpty())
        return fail(CoreText::tr("a rectification item needs a text (--text)"));
    if (!QDate::fromString(deadline, Qt::ISODate).isValid())
        return fail(
            CoreText::tr("--deadline '%1' is not a date in the form YYYY-MM-DD").arg(deadline));
    if (responsible.trimmed().isEmpty())
        return fail(CoreText::tr("a rectification item needs someone responsible (--responsible)"));
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& insert = m_db.cached("INSERT INTO rectifications(uid, enrollment_id, text, "
                                    "deadline, responsible, status, owner, "
                                    "updated_at) VALUES (?,?,?,?,?,'open',?,?)");
    insert.bind(1, newUid())
        .bind(2, enrollment->id)
        .bind(3, text.trimmed())
        .bind(4, deadline)
        .bind(5, responsible.trimmed())
        .bind(6, m_db.officeId())
        .bind(7, nowMs());
    if (!insert.exec())
        return fail(m_db.lastError());
    const std::int64_t id = m_db.lastInsertId();
    LP_TRY(History::record(m_db, {enrollment->unitId,
                                  year,
                                  QStringLiteral("rectification"),
                                  QString::number(id),
                                  {},
                                  QStringLiteral("open"),
                                  text.trimmed()}));
    LP_TRY(transaction.commit());
    return id;
}

Result<void> Rectifications::setStatus(std::int64_t id, const QString& status,
                                       const QString& note) {
    if (status != QStringLiteral("open") && status != QStringLiteral("done") &&
        status != QStringLiteral("verified"))
        return fail(CoreText::tr("rectification status must be open, done or verified"));
    Statement& current = m_db.cached(
        "SELECT e.unit_id, c.year, r.status FROM rectifications r "
        "JOIN enrollments e ON e.id = r.enrollment_id JOIN campaigns c ON c.id = e.campaign_id "
        "WHERE r.id = ?");
    if (!current.bind(1, id).step())
        return fail(CoreText::tr("no rectification item %1").arg(id));
    const std::int64_t unitId = current.int64(0);
    const int year = current.integer(1);
    const QString old = current.text(2);
    current.reset();
    if (status == QStringLiteral("verified") && old == QStringLiteral("open"))
        return fail(CoreText::tr("rectification item %1 is still open: mark it done before "
                                 "verifying it")
                        .arg(id));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& update =
        m_db.cached("UPDATE rectifications SET status = ?, updated_at = ? WHERE id = ?");
    if (!update.bind(1, status).bind(2, nowMs()).bind(3, id).exec())
        return fail(m_db.lastError());
    LP_TRY(History::record(m_db, {unitId, year, QStringLiteral("rectification"),
                                  QString::number(id), old, status, note}));
    return transaction.commit();
}

Result<int> Rectifications::carryOver(int from, int to, const QString& mark) {
    Statement query = m_db.prepare(
        "SELECT e2.id, e.unit_id, r.text, r.deadline, r.responsible, r.status FROM rectifications "
        "r JOIN enrollments e ON e.id = r.enrollment_id JOIN campaigns c ON c.id = e.campaign_id "
        "JOIN campaigns c2 ON c2.year = ? JOIN enrollments e2 ON e2.campaign_id = c2.id AND "
        "e2.unit_id = e.unit_id WHERE c.year = ? AND r.status <> 'verified' ORDER BY r.id");
    query.bind(1, to).bind(2, from);
    int carried = 0;
    while (query.step()) {
        Statement& insert = m_db.cached("INSERT INTO rectifications(uid, enrollment_id, text, "
                                        "deadline, responsible, status, owner, updated_at) "
                                        "VALUES (?,?,?,?,?,?,?,?)");
        const QString text = mark + query.text(2);
        insert.bind(1, newUid())
            .bind(2, query.int64(0))
            .bind(3, text)
            .bind(4, query.text(3))
            .bind(5, query.text(4))
            .bind(6, query.text(5))
            .bind(7, m_db.officeId())
            .bind(8, nowMs());
        if (!insert.exec())
            return fail(m_db.lastError());
        LP_TRY(History::record(m_db, {query.int64(1),
                                      to,
                                      QStringLiteral("rectification"),
                                      QString::number(m_db.lastInsertId()),
                                      {},
                                      query.text(5),
                                      text}));
        ++carried;
    }
    return carried;
}

std::vector<Rectification> Rectifications::list(std::optional<int> year,
                                                const QString& unitCode) const {
    Statement& query =
        m_db.cached("SELECT r.id, c.year, u.code, r.text, r.deadline, r.responsible, r.status "
                    "FROM rectifications r JOIN enrollments e ON e.id = r.enrollment_id "
                    "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id "
                    "WHERE (?1 IS NULL OR c.year = ?1) AND (?2 IS NULL OR u.code = ?2) ORDER BY "
                    "c.year, u.code, r.id");
    query.bind(1, year).bind(2, unitCode.isEmpty() ? QString() : unitCode);
    std::vector<Rectification> items;
    while (query.step())
        items.push_back(Rectification{query.int64(0), query.integer(1), query.text(2),
                                      query.text(3), query.text(4), query.text(5), query.text(6)});
    return items;
}

} // namespace lianping
