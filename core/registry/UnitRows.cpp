#include "UnitRows.h"

#include "core/common/Ids.h"
#include "core/storage/Database.h"

namespace lianping {

Result<std::int64_t> UnitRows::insert(Database& db, const UnitFields& row) {
    Statement& insert =
        db.cached("INSERT INTO units(uid, code, name, type_id, county_id, lead_id, demo, contact, "
                  "active, owner, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, row.code)
        .bind(3, row.name)
        .bind(4, row.typeId)
        .bind(5, row.countyId)
        .bind(6, row.leadId)
        .bind(7, row.demo ? 1 : 0)
        .bind(8, row.contact)
        .bind(9, row.active ? 1 : 0)
        .bind(10, row.owner)
        .bind(11, row.updatedAt);
    if (!insert.exec())
        return fail(db.lastError());
    return db.lastInsertId();
}

Result<void> UnitRows::update(Database& db, const UnitFields& row) {
    Statement& update =
        db.cached("UPDATE units SET name = ?, type_id = ?, county_id = ?, lead_id = ?, demo = ?, "
                  "contact = ?, active = ?, owner = ?, updated_at = ? WHERE code = ?");
    update.bind(1, row.name)
        .bind(2, row.typeId)
        .bind(3, row.countyId)
        .bind(4, row.leadId)
        .bind(5, row.demo ? 1 : 0)
        .bind(6, row.contact)
        .bind(7, row.active ? 1 : 0)
        .bind(8, row.owner)
        .bind(9, row.updatedAt)
        .bind(10, row.code);
    if (!update.exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
