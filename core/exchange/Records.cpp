// RecordStore: reads a scope's records in the order they must be applied and writes incoming
// ones, dispatching each kind to its codec (UnitRecords, SheetRecords, …) and keeping in
// history every field an incoming record overwrites.
#include "Records.h"

#include "core/exchange/CaseRecords.h"
#include "core/exchange/EnrollmentRecords.h"
#include "core/exchange/EvidenceRecords.h"
#include "core/exchange/IndexRecords.h"
#include "core/exchange/NamingRecords.h"
#include "core/exchange/RecordContext.h"
#include "core/exchange/ReviewStepRecords.h"
#include "core/exchange/SampleRecords.h"
#include "core/exchange/SheetRecords.h"
#include "core/exchange/TaskRecords.h"
#include "core/exchange/UnitRecords.h"
#include "core/history/History.h"
#include "core/storage/Database.h"

namespace lianping {

Result<std::vector<Record>> RecordStore::collect(const RecordScope& scope) {
    std::vector<Record> records;
    LP_TRY(forEach(scope, [&records](Record&& record) -> Result<void> {
        record.seal();
        record.unpack();
        records.push_back(std::move(record));
        return {};
    }));
    return records;
}

Result<void> RecordStore::forEach(const RecordScope& scope, const RecordVisitor& visit) {
    Result<ScopeQuery> query = ScopeQuery::of(m_db, scope);
    if (!query)
        return query.error();
    LP_TRY(UnitRecords::forEach(m_db, *query, visit));
    LP_TRY(NamingRecords::forEach(m_db, *query, visit));
    LP_TRY(EnrollmentRecords::forEach(m_db, *query, visit));
    LP_TRY(SheetRecords::forEach(m_db, *query, visit));
    LP_TRY(CaseRecords::forEach(m_db, RecordKind::Revocation, *query, visit));
    LP_TRY(CaseRecords::forEach(m_db, RecordKind::Rectification, *query, visit));
    LP_TRY(SampleRecords::forEach(m_db, *query, visit));
    LP_TRY(TaskRecords::forEach(m_db, scope, visit));
    LP_TRY(IndexRecords::forEach(m_db, scope, visit));
    LP_TRY(ReviewStepRecords::forEach(m_db, scope, visit));
    return EvidenceRecords::forEach(m_db, scope, visit);
}

std::optional<std::int64_t> RecordStore::findEnrollment(int year, const QString& unitCode) {
    RecordContext context{m_db, m_cache};
    const auto found = records::enrollment(context, year, unitCode);
    return found ? std::optional<std::int64_t>(found->first) : std::nullopt;
}

Result<std::optional<Record>> RecordStore::local(RecordKind kind, const QString& key) {
    Result<std::optional<Record>> found = load(kind, key);
    if (found && *found) {
        (*found)->seal();
        (*found)->unpack();
    }
    return found;
}

Result<std::optional<Record>> RecordStore::load(RecordKind kind, const QString& key) {
    RecordContext context{m_db, m_cache};
    switch (kind) {
    case RecordKind::Unit:
        return UnitRecords::load(context, key);
    case RecordKind::Naming:
        return NamingRecords::load(context, key);
    case RecordKind::Enrollment:
        return EnrollmentRecords::load(context, key);
    case RecordKind::Sheet:
        return SheetRecords::load(context, key);
    case RecordKind::Revocation:
    case RecordKind::Rectification:
        return CaseRecords::load(context, kind, key);
    case RecordKind::Sample:
        return SampleRecords::load(context, key);
    case RecordKind::ReviewStep:
        return ReviewStepRecords::load(m_db, key);
    default:
        break;
    }
    if (TaskRecords::handles(kind))
        return TaskRecords::load(m_db, kind, key);
    if (IndexRecords::handles(kind))
        return IndexRecords::load(m_db, kind, key);
    return EvidenceRecords::load(m_db, kind, key);
}

Result<void> RecordStore::beginBulkWrite() {
    return m_bulk.begin();
}

Result<void> RecordStore::settleBulkWrite() {
    return m_bulk.settle();
}

std::vector<Version> RecordStore::known(const QString& key) {
    Statement& query = m_db.cached("SELECT stamp, hash FROM versions WHERE record = ?");
    query.bind(1, key);
    std::vector<Version> versions;
    while (query.step())
        versions.push_back(Version{query.int64(0), query.text(1)});
    return versions;
}

bool RecordStore::knows(const QString& key, const Version& version) {
    Statement& query =
        m_db.cached("SELECT 1 FROM versions WHERE record = ? AND stamp = ? AND hash = ?");
    const bool found = query.bind(1, key).bind(2, version.stamp).bind(3, version.hash).step();
    query.reset();
    return found;
}

Result<void> RecordStore::remember(const QString& key, const Version& version) {
    Statement& insert =
        m_db.cached("INSERT OR IGNORE INTO versions(record, stamp, hash) VALUES (?,?,?)");
    if (!insert.bind(1, key).bind(2, version.stamp).bind(3, version.hash).exec())
        return fail(m_db.lastError());
    return {};
}

Result<bool> RecordStore::writeRecord(const Record& in, const std::optional<Record>& old,
                                      std::int64_t ownerId, const QString& note) {
    RecordContext context{m_db, m_cache, m_incomingFiles, m_bulk.active()};
    switch (in.kind) {
    case RecordKind::Unit:
        return UnitRecords::write(context, in, old, ownerId);
    case RecordKind::Naming:
        return NamingRecords::write(context, in, old, ownerId);
    case RecordKind::Enrollment:
        return EnrollmentRecords::write(context, in, old, ownerId);
    case RecordKind::Sheet:
        return SheetRecords::write(context, in, old, ownerId, note);
    case RecordKind::Revocation:
    case RecordKind::Rectification:
        return CaseRecords::write(context, in, old, ownerId);
    case RecordKind::Sample:
        return SampleRecords::write(context, in, ownerId);
    default:
        break;
    }
    if (TaskRecords::handles(in.kind))
        LP_TRY(TaskRecords::write(m_db, in, ownerId));
    else if (IndexRecords::handles(in.kind))
        LP_TRY(IndexRecords::write(m_db, in, ownerId));
    else if (in.kind == RecordKind::ReviewStep)
        LP_TRY(ReviewStepRecords::write(m_db, in, ownerId));
    else if (EvidenceRecords::handles(in.kind))
        LP_TRY(EvidenceRecords::write(m_db, in, ownerId, m_incomingFiles));
    else
        return false;
    return true;
}

Result<void> RecordStore::write(const Record& in, const std::optional<Record>& old,
                                std::int64_t ownerId, const QString& note) {
    Result<bool> keepHistory = writeRecord(in, old, ownerId, note);
    if (!keepHistory)
        return keepHistory.error();
    if (!*keepHistory || !old) // a new record's story comes with the package's history
        return {};
    // Every changed field of the record into history, old and new value.
    RecordContext context{m_db, m_cache};
    const std::optional<std::int64_t> unitId = records::unitId(context, in.unitCode());
    const int year = in.year();
    const QString entity = kindName(in.kind);
    for (auto it = in.data.begin(); it != in.data.end(); ++it) {
        const QJsonValue before = old->data.value(it.key());
        if (before == it.value() || it.key() == QLatin1String("scores") ||
            it.key() == QLatin1String("answers"))
            continue;
        LP_TRY(History::record(m_db, {unitId, year ? std::optional<int>(year) : std::nullopt,
                                      entity, it.key(), records::describe(before),
                                      records::describe(it.value()), note}));
    }
    return {};
}

} // namespace lianping
