#pragma once
// Naming decisions in packages (naming/YEAR/DECISION): the decision's number, date and who
// recorded it; the named units point to it from their enrolments.

#include "core/exchange/RecordContext.h"

namespace lianping {

class NamingRecords {
public:
    static std::optional<Record> load(RecordContext& context, const QString& key);
    static Result<void> forEach(Database& db, const ScopeQuery& scope,
                                const RecordStore::RecordVisitor& visit);
    // Stores `incoming` (new, or replacing `local`); history is not kept for decisions.
    static Result<bool> write(RecordContext& context, const Record& incoming,
                              const std::optional<Record>& local, std::int64_t ownerId);
};

} // namespace lianping
