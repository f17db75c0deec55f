#include "NamingRows.h"

#include "core/common/Ids.h"
#include "core/storage/Database.h"

namespace lianping {

Result<std::int64_t> NamingRows::insert(Database& db, const NamingFields& row) {
    Statement& insert = db.cached("INSERT INTO namings(uid, campaign_id, decision, decided_on, "
                                  "operator, owner, updated_at) VALUES (?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, row.campaignId)
        .bind(3, row.decision)
        .bind(4, row.decidedOn)
        .bind(5, row.operatorName)
        .bind(6, row.owner)
        .bind(7, row.updatedAt);
    if (!insert.exec())
        return fail(db.lastError());
    return db.lastInsertId();
}

Result<void> NamingRows::update(Database& db, const NamingFields& row) {
    Statement& update =
        db.cached("UPDATE namings SET decided_on = ?, operator = ?, owner = ?, updated_at = ? "
                  "WHERE campaign_id = ? AND decision = ?");
    update.bind(1, row.decidedOn)
        .bind(2, row.operatorName)
        .bind(3, row.owner)
        .bind(4, row.updatedAt)
        .bind(5, row.campaignId)
        .bind(6, row.decision);
    if (!update.exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
