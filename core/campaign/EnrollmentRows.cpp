#include "EnrollmentRows.h"

#include "core/common/Ids.h"
#include "core/storage/Database.h"

namespace lianping {

namespace {

QString orNull(const QString& text) {
    return text.isEmpty() ? QString() : text;
}

} // namespace

Result<std::int64_t> EnrollmentRows::insert(Database& db, const EnrollmentFields& row) {
    Statement& insert =
        db.cached("INSERT INTO enrollments(uid, campaign_id, unit_id, rubric_id, state, "
                  "returned_from, return_reason, naming_id, owner, updated_at) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, row.campaignId)
        .bind(3, row.unitId)
        .bind(4, row.rubricId)
        .bind(5, row.state)
        .bind(6, orNull(row.returnedFrom))
        .bind(7, orNull(row.returnReason))
        .bind(8, row.namingId)
        .bind(9, row.owner)
        .bind(10, row.updatedAt);
    if (!insert.exec())
        return fail(db.lastError());
    return db.lastInsertId();
}

Result<void> EnrollmentRows::update(Database& db, const EnrollmentFields& row) {
    Statement& update =
        db.cached("UPDATE enrollments SET rubric_id = ?, state = ?, returned_from = ?, "
                  "return_reason = ?, naming_id = ?, owner = ?, updated_at = ? "
                  "WHERE campaign_id = ? AND unit_id = ?");
    update.bind(1, row.rubricId)
        .bind(2, row.state)
        .bind(3, orNull(row.returnedFrom))
        .bind(4, orNull(row.returnReason))
        .bind(5, row.namingId)
        .bind(6, row.owner)
        .bind(7, row.updatedAt)
        .bind(8, row.campaignId)
        .bind(9, row.unitId);
    if (!update.exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
