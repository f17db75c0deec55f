#pragma once
// Naming decisions written as given: by a package from another office or by the demo, with
// the owner and time stamp they bring.

#include "core/common/Result.h"

#include <QString>

#include <cstdint>

namespace lianping {

class Database;

struct NamingFields {
    std::int64_t campaignId = 0;
    QString decision; // the document number, one per campaign
    QString decidedOn;
    QString operatorName;
    std::int64_t owner = 0;
    std::int64_t updatedAt = 0;
};

class NamingRows {
public:
    // A new decision with a new uid; its id.
    static Result<std::int64_t> insert(Database& db, const NamingFields& row);
    // The decision row.decision of row.campaignId takes the row's other fields.
    static Result<void> update(Database& db, const NamingFields& row);
};

} // namespace lianping
