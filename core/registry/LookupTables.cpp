#include "LookupTables.h"

#include "core/common/Ids.h"
#include "core/storage/Database.h"

namespace lianping {

namespace {

Result<std::int64_t> ensureNamed(Database& db, const char* select, const char* insert,
                                 const QString& name) {
    Statement& query = db.cached(select);
    if (query.bind(1, name).step())
        return query.int64(0);
    Statement& add = db.cached(insert);
    if (!add.bind(1, newUid()).bind(2, name).bind(3, db.officeId()).bind(4, nowMs()).exec())
        return fail(db.lastError());
    return db.lastInsertId();
}

} // namespace

Result<std::int64_t> LookupTables::ensureCounty(Database& db, const QString& name) {
    return ensureNamed(db, "SELECT id FROM counties WHERE name = ?",
                       "INSERT INTO counties(uid, name, owner, updated_at) VALUES (?,?,?,?)", name);
}

std::optional<std::int64_t> LookupTables::countyId(Database& db, const QString& name) {
    Statement& query = db.cached("SELECT id FROM counties WHERE name = ?");
    if (query.bind(1, name).step())
        return query.int64(0);
    return std::nullopt;
}

Result<std::int64_t> LookupTables::ensureDepartment(Database& db, const QString& name) {
    return ensureNamed(db, "SELECT id FROM departments WHERE name = ?",
                       "INSERT INTO departments(uid, name, owner, updated_at) VALUES (?,?,?,?)",
                       name);
}

std::vector<QString> LookupTables::counties(Database& db) {
    Statement& query = db.cached("SELECT name FROM counties ORDER BY name");
    std::vector<QString> names;
    while (query.step())
        names.push_back(query.text(0));
    return names;
}

} // namespace lianping
