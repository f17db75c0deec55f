#pragma once
// Recheck samples in packages (sample/UID): the city's draw of units to recheck, its percent,
// seed and the units drawn with the reason each was drawn.

#include "core/exchange/RecordContext.h"

namespace lianping {

class SampleRecords {
public:
    static std::optional<Record> load(RecordContext& context, const QString& key);
    static Result<void> forEach(Database& db, const ScopeQuery& scope,
                                const RecordStore::RecordVisitor& visit);
    // Stores `incoming` (new, or replacing this database's); history is not kept for draws.
    static Result<bool> write(RecordContext& context, const Record& incoming, std::int64_t ownerId);
};

} // namespace lianping
