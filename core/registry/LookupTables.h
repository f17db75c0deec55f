#pragma once
// Counties and lead departments: small name tables referenced by units and types, created
// on first use so an import can name a new county.

#include "core/common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lianping {

class Database;

class LookupTables {
public:
    static Result<std::int64_t> ensureCounty(Database& db, const QString& name);
    static std::optional<std::int64_t> countyId(Database& db, const QString& name);
    static Result<std::int64_t> ensureDepartment(Database& db, const QString& name);
    static std::vector<QString> counties(Database& db);
};

} // namespace lianping
