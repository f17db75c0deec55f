#pragma once
// The database schema: a version number in PRAGMA user_version, create() for an empty file
// and a ladder of forward migrations, each in its own transaction.

#include "core/common/Result.h"

namespace lianping {

class Database;

class Schema {
public:
    static constexpr int currentVersion = 8;
    // Keeps the unit name index in step with inserts (bulk writers drop and recreate it).
    static constexpr const char* unitsFtsInsertTrigger =
        "CREATE TRIGGER units_fts_insert AFTER INSERT ON units BEGIN "
        "INSERT INTO units_fts(rowid, name) VALUES (new.id, new.name); END";
    // Keeps sheets.points/scored in step with score inserts (bulk writers set them directly).
    static constexpr const char* scoresTotalInsertTrigger =
        "CREATE TRIGGER scores_total_insert AFTER INSERT ON scores BEGIN "
        "UPDATE sheets SET points = points + new.half_points, scored = scored + 1 "
        "WHERE id = new.sheet_id; END";

    // Brings the file up to currentVersion; refuses a file written by a newer Lianping.
    static Result<void> upgrade(Database& db);
    static Result<int> version(Database& db);

private:
    static Result<void> migrate(Database& db, int from);
};

} // namespace lianping
