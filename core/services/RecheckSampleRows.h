#pragma once
// Recheck samples written as given by a package from the city, with the uid, owner and time
// stamp they bring: a second import of the same sample replaces its units.

#include "core/common/Result.h"

#include <QString>

#include <cstdint>

namespace lianping {

class Database;

struct RecheckSampleFields {
    QString uid;
    std::int64_t campaignId = 0;
    double percent = 0;
    QString seed;
    std::int64_t createdAt = 0;
    QString operatorName;
    std::int64_t owner = 0;
    std::int64_t updatedAt = 0;
};

class RecheckSampleRows {
public:
    // The sample with fields.uid, added or updated and emptied of units; its id.
    static Result<std::int64_t> upsert(Database& db, const RecheckSampleFields& fields);
    static Result<void> addUnit(Database& db, std::int64_t sampleId, std::int64_t enrollmentId,
                                const QString& reason);
};

} // namespace lianping
