#pragma once
// Merges a package's records into this database, one at a time: a version we have is
// skipped, one from an office that does not own the record is refused, one that descends
// from ours replaces it (the overwritten values go to history), one made apart becomes a
// listed conflict. Counts each outcome per record kind in the import report, then replays
// the package's history lines and brings the touched units' follow-ups in line.

#include "core/common/Result.h"
#include "core/exchange/PackageImporter.h"
#include "core/exchange/Records.h"

#include <QJsonArray>

#include <map>
#include <set>

namespace lianping {

class OwnershipPolicy;

class RecordMerger {
public:
    // `offices`: this database's id of each office the package names, by uid.
    RecordMerger(Database& db, const OfficeKey& origin, ImportReport& report,
                 std::map<QString, std::int64_t> offices);

    void expectFiles(const std::set<QString>& hashes) { m_store.expectFiles(hashes); }
    // Large imports write without the per-row triggers and settle once at the end.
    Result<void> beginBulkWrite() { return m_store.beginBulkWrite(); }
    Result<void> settleBulkWrite() { return m_store.settleBulkWrite(); }

    Result<void> merge(const Record& incoming, OwnershipPolicy& policy);
    // One history line of the package: [uid, at, operator, office uid, unit code, year,
    // entity, field, old, new, note].
    Result<void> replayHistory(const QJsonArray& row);
    // After every record: the follow-ups of the units whose sheets or enrolments changed.
    Result<void> finish();

private:
    Result<void> rememberAll(const Record& record);

    Database& m_db;
    const OfficeKey& m_origin;
    ImportReport& m_report;
    std::map<QString, std::int64_t> m_offices;
    RecordStore m_store;
    const QString m_note; // history's note for what the package overwrites
    std::map<int, std::set<std::int64_t>> m_touched; // enrolments by campaign year
};

} // namespace lianping
