#pragma once
// Units in packages (unit/CODE): the register's row with its type, county and lead department
// by name; counties and departments a package names are added, types must exist.

#include "core/exchange/RecordContext.h"

namespace lianping {

class UnitRecords {
public:
    static std::optional<Record> load(RecordContext& context, const QString& key);
    static Result<void> forEach(Database& db, const ScopeQuery& scope,
                                const RecordStore::RecordVisitor& visit);
    // Stores `incoming` (new, or replacing `local`); true: its changed fields go to history.
    static Result<bool> write(RecordContext& context, const Record& incoming,
                              const std::optional<Record>& local, std::int64_t ownerId);
};

} // namespace lianping
