#pragma once
// The task ledger's records in packages (issue 16): tasks and their parts (task/UID, the
// office's that made them; parents travel before parts) and progress entries
// (task_progress/UID); a county's package holds its county's tasks, the tasks they are parts
// of, and its entries. Read by natural key, collected for a scope, written into this
// database; RecordStore dispatches to these, and keeps the history of what they overwrite.

#include "core/common/Result.h"
#include "core/exchange/Records.h"

#include <optional>

namespace lianping {

class Database;

class TaskRecords {
public:
    static bool handles(RecordKind kind);
    static std::optional<Record> load(Database& db, RecordKind kind, const QString& key);
    static Result<void> forEach(Database& db, const RecordScope& scope,
                                const RecordStore::RecordVisitor& visit);
    static Result<void> write(Database& db, const Record& incoming, std::int64_t ownerId);
};

} // namespace lianping
