#pragma once
// Unit rows written as given: by a package from another office or by the demo, with the
// owner and time stamp they bring. The registry's bulk path; history is the caller's.

#include "core/common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace lianping {

class Database;

struct UnitFields {
    QString code;
    QString name;
    std::int64_t typeId = 0;
    std::int64_t countyId = 0;
    std::optional<std::int64_t> leadId;
    bool demo = false;
    QString contact;
    bool active = true;
    std::int64_t owner = 0;
    std::int64_t updatedAt = 0;
};

class UnitRows {
public:
    // A new unit with a new uid; its id.
    static Result<std::int64_t> insert(Database& db, const UnitFields& row);
    // The unit with row.code takes the row's other fields (the name index follows by trigger).
    static Result<void> update(Database& db, const UnitFields& row);
};

} // namespace lianping
