#include "EvidenceRows.h"

#include "core/storage/Database.h"

namespace lianping {

Result<void> EvidenceRows::upsert(Database& db, const EvidenceFields& fields) {
    Statement& upsert = db.cached(
        "INSERT INTO evidence(uid, enrollment_id, step, indicator, name, size, sha256, added_by, "
        "added_at, note, removed_at, removed_reason, owner, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(uid) DO UPDATE SET "
        "indicator = excluded.indicator, note = excluded.note, removed_at = excluded.removed_at, "
        "removed_reason = excluded.removed_reason, owner = excluded.owner, "
        "updated_at = excluded.updated_at");
    upsert.bind(1, fields.uid)
        .bind(2, fields.enrollmentId)
        .bind(3, fields.step)
        .bind(4, fields.indicator)
        .bind(5, fields.name)
        .bind(6, fields.size)
        .bind(7, fields.sha256)
        .bind(8, fields.addedBy)
        .bind(9, fields.addedAt)
        .bind(10, fields.note)
        .bind(11, fields.removedAt)
        .bind(12, fields.removedReason)
        .bind(13, fields.owner)
        .bind(14, fields.updatedAt);
    if (!upsert.exec())
        return fail(db.lastError());
    return {};
}

Result<void> EvidenceRows::upsertFinding(Database& db, const FindingFields& fields) {
    Statement& upsert = db.cached(
        "INSERT INTO findings(uid, enrollment_id, step, indicator, text, deduct_half, "
        "evidence_id, rectification_id, added_by, added_at, owner, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(uid) DO UPDATE SET "
        "indicator = excluded.indicator, text = excluded.text, "
        "deduct_half = excluded.deduct_half, evidence_id = excluded.evidence_id, "
        "rectification_id = coalesce(excluded.rectification_id, findings.rectification_id), "
        "owner = excluded.owner, updated_at = excluded.updated_at");
    upsert.bind(1, fields.uid)
        .bind(2, fields.enrollmentId)
        .bind(3, fields.step)
        .bind(4, fields.indicator)
        .bind(5, fields.text)
        .bind(6, fields.deductHalf)
        .bind(7, fields.evidenceId)
        .bind(8, fields.rectificationId)
        .bind(9, fields.addedBy)
        .bind(10, fields.addedAt)
        .bind(11, fields.owner)
        .bind(12, fields.updatedAt);
    if (!upsert.exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
