#pragma once
// Enrolments in packages (enrollment/YEAR/UNIT): the unit's place in a campaign, its rubric
// version, state, a return's reason and the naming decision that named it.

#include "core/exchange/RecordContext.h"

namespace lianping {

class EnrollmentRecords {
public:
    static std::optional<Record> load(RecordContext& context, const QString& key);
    static Result<void> forEach(Database& db, const ScopeQuery& scope,
                                const RecordStore::RecordVisitor& visit);
    // Stores `incoming` (new, or replacing `local`); true: its changed fields go to history.
    static Result<bool> write(RecordContext& context, const Record& incoming,
                              const std::optional<Record>& local, std::int64_t ownerId);
};

} // namespace lianping
