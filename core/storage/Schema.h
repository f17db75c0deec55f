#pragma once
// The database schema: a version number in PRAGMA user_version, create() for an empty file
// and a ladder of forward migrations, each in its own transaction.

#include "common/Result.h"

namespace lianping {

class Database;

class Schema {
public:
    static constexpr int currentVersion = 1;

    // Brings the file up to currentVersion; refuses a file written by a newer Lianping.
    static Result<void> upgrade(Database& db);
    static Result<int> version(Database& db);

private:
    static Result<void> migrate(Database& db, int from);
};

} // namespace lianping
