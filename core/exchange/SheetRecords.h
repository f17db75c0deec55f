#pragma once
// Score sheets in packages (sheet/YEAR/UNIT/STEP): one step's scores (indicator code, half
// points, note), vetoes and survey counts. Most of a package: an export reads the scope's
// heads, scores and vetoes in three scans merged as they come; an import writes a sheet's
// scores in one statement and keeps every changed score in history. Reading is in
// SheetRecords.cpp, writing in SheetRecordsWrite.cpp.

#include "core/exchange/RecordContext.h"

namespace lianping {

class SheetRecords {
public:
    static std::optional<Record> load(RecordContext& context, const QString& key);
    static Result<void> forEach(Database& db, const ScopeQuery& scope,
                                const RecordStore::RecordVisitor& visit);
    // Stores `incoming` (new, or replacing `local`); each changed score goes to history with
    // `note`; true: the changed survey or vetoes go there too.
    static Result<bool> write(RecordContext& context, const Record& incoming,
                              const std::optional<Record>& local, std::int64_t ownerId,
                              const QString& note);
};

} // namespace lianping
