#include "RecheckSampleRows.h"

#include "core/storage/Database.h"

namespace lianping {

Result<std::int64_t> RecheckSampleRows::upsert(Database& db, const RecheckSampleFields& fields) {
    Statement& find = db.cached("SELECT id FROM recheck_samples WHERE uid = ?");
    const bool known = find.bind(1, fields.uid).step();
    const std::int64_t existing = known ? find.int64(0) : 0;
    find.reset();
    if (!known) {
        Statement& insert = db.cached("INSERT INTO recheck_samples(uid, campaign_id, percent, "
                                      "seed, created_at, operator, owner, updated_at) "
                                      "VALUES (?,?,?,?,?,?,?,?)");
        if (!insert.bind(1, fields.uid)
                 .bind(2, fields.campaignId)
                 .bind(3, fields.percent)
                 .bind(4, fields.seed)
                 .bind(5, fields.createdAt)
                 .bind(6, fields.operatorName)
                 .bind(7, fields.owner)
                 .bind(8, fields.updatedAt)
                 .exec())
            return fail(db.lastError());
        return db.lastInsertId();
    }
    Statement& update = db.cached("UPDATE recheck_samples SET percent = ?, seed = ?, "
                                  "owner = ?, updated_at = ? WHERE id = ?");
    if (!update.bind(1, fields.percent)
             .bind(2, fields.seed)
             .bind(3, fields.owner)
             .bind(4, fields.updatedAt)
             .bind(5, existing)
             .exec())
        return fail(db.lastError());
    Statement& clear = db.cached("DELETE FROM recheck_sample_units WHERE sample_id = ?");
    if (!clear.bind(1, existing).exec())
        return fail(db.lastError());
    return existing;
}

Result<void> RecheckSampleRows::addUnit(Database& db, std::int64_t sampleId,
                                        std::int64_t enrollmentId, const QString& reason) {
    Statement& insert = db.cached(
        "INSERT INTO recheck_sample_units(sample_id, enrollment_id, reason) VALUES (?,?,?)");
    if (!insert.bind(1, sampleId).bind(2, enrollmentId).bind(3, reason).exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
