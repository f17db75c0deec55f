#pragma once
// Revocations (revocation/UID: a named unit's title withdrawn, with reason, date and document)
// and rectification items (rectification/UID: a problem to fix, its deadline, who and its
// status) in packages; both hang on an enrolment.

#include "core/exchange/RecordContext.h"

namespace lianping {

class CaseRecords {
public:
    static bool handles(RecordKind kind);
    static std::optional<Record> load(RecordContext& context, RecordKind kind, const QString& key);
    static Result<void> forEach(Database& db, RecordKind kind, const ScopeQuery& scope,
                                const RecordStore::RecordVisitor& visit);
    // Stores `incoming` (new, or replacing `local`); true: its changed fields go to history.
    static Result<bool> write(RecordContext& context, const Record& incoming,
                              const std::optional<Record>& local, std::int64_t ownerId);
};

} // namespace lianping
