#pragma once
// The integrity index's records in packages (issue 17): index models (index_model/YEAR/VERSION,
// the city's), survey rounds with their scores and answers (survey_round/UID, the city's or
// a county's own) and values entered by hand (index_input/YEAR/COUNTY/ASPECT). Read by
// natural key, collected for a scope, written into this database; RecordStore dispatches here.

#include "core/common/Result.h"
#include "core/exchange/Records.h"

#include <optional>

namespace lianping {

class Database;

class IndexRecords {
public:
    static bool handles(RecordKind kind);
    static std::optional<Record> load(Database& db, RecordKind kind, const QString& key);
    static Result<void> forEach(Database& db, const RecordScope& scope,
                                const RecordStore::RecordVisitor& visit);
    static Result<void> write(Database& db, const Record& incoming, std::int64_t ownerId);
};

} // namespace lianping
