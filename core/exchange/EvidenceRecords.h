#pragma once
// Evidence files and findings in packages (issue 15): evidence/UID (the row: unit, step,
// indicator, name, size, SHA-256, who, when, note, removal) and finding/UID (text, deduction,
// the evidence and rectification item it names). The bytes travel beside the records, in
// the package's file section (PackageFile), each checked against its hash; a record whose
// file is neither in the package nor in this database's store refuses the package. Owned as
// sheets are: a step's evidence and findings are the office's that records that step.

#include "core/common/Result.h"
#include "core/exchange/Records.h"

#include <optional>
#include <set>

namespace lianping {

class Database;

class EvidenceRecords {
public:
    static bool handles(RecordKind kind);
    static std::optional<Record> load(Database& db, RecordKind kind, const QString& key);
    static Result<void> forEach(Database& db, const RecordScope& scope,
                                const RecordStore::RecordVisitor& visit);
    // `incoming`: files the package brings, checked and about to join the store.
    static Result<void> write(Database& db, const Record& incoming, std::int64_t ownerId,
                              const std::set<QString>* incomingFiles);
};

} // namespace lianping
