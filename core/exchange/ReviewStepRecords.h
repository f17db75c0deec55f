#pragma once
// The county review's sub-steps in packages (review_step/YEAR/UNIT/POSITION, the county's):
// read by natural key, collected for the units of a scope, written into this database
// through ReviewSteps. RecordStore dispatches to these.

#include "core/common/Result.h"
#include "core/exchange/Records.h"

#include <optional>

namespace lianping {

class Database;

class ReviewStepRecords {
public:
    static std::optional<Record> load(Database& db, const QString& key);
    static Result<void> forEach(Database& db, const RecordScope& scope,
                                const RecordStore::RecordVisitor& visit);
    static Result<void> write(Database& db, const Record& incoming, std::int64_t ownerId);
};

} // namespace lianping
