#pragma once
// Opens a database for work: schema up to date, the built-in types and default rubrics
// present, and the operator whose name every change records.

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <memory>

namespace lianping {

struct DefaultsLoaded {
    int types = 0;
    int rubrics = 0;
};

class Workspace {
public:
    static Result<std::unique_ptr<Database>> open(const QString& path, const QString& operatorName,
                                                  Database::Mode mode = Database::Mode::ReadWrite);
    // Adds the built-in types and shipped rubrics that are missing (idempotent).
    static Result<DefaultsLoaded> ensureDefaults(Database& db);
    static QString defaultPath(); // LIANPING_DB, else the user's data folder
};

} // namespace lianping
