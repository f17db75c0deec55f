// RecordStore: reads a scope's records in the order they must be applied and writes incoming
// ones, dispatching each kind to its codec (UnitRecords, SheetRecords, …) and keeping in
// history every field an incoming record overwrites.
#include "Records.h"

#include "exchange/CaseRecords.h"
#include "exchange/EnrollmentRecords.h"
#include "exchange/EvidenceRecords.h"
#include "exchange/IndexRecords.h"
#include "exchange/NamingRecords.h"
#include "exchange/RecordContext.h"
#include "exchange/SampleRecords.h"
#include "exchange/SheetRecords.h"
#include "exchange/TaskRecords.h"
#include "exchange/UnitRecords.h"
#include "history/History.h"
#include "storage/Database.h"
#include "storage/Schema.h"

namespace lianping {

Result<std::vector<Record>> RecordStore::collect(const RecordScope& scope) {
    std::vector<Record> records;
    LP_TRY(forEach(scope, [&records](Record&& record) -> Result<void> {
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
    return EvidenceRecords::forEach(m_db, scope, visit);
}

std::optional<std::int64_t> RecordStore::findEnrollment(int year, const QString& unitCode) {
    RecordContext context{m_db, m_cache};
    const auto found = records::enrollment(context, year, unitCode);
    return found ? std::optional<std::int64_t>(found->first) : std::nullopt;
}

Result<std::optional<Record>> RecordStore::local(RecordKind kind, const QString& key) {
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
    default:
        break;
    }
    if (TaskRecords::handles(kind))
        return TaskRecords::load(m_db, kind, key);
    if (IndexRecords::handles(kind))
        return IndexRecords::load(m_db, kind, key);
    return EvidenceRecords::load(m_db, kind, key);
}

Result<void> RecordStore::deferSheetTotals() {
    LP_TRY(m_db.exec("DROP TRIGGER scores_total_insert"));
    // The name index too: once FTS5 is written in a transaction, every later statement pays
    // for its savepoint (a tenth of a city import). New units are indexed at the end.
    LP_TRY(m_db.exec("DROP TRIGGER units_fts_insert"));
    Statement last = m_db.prepare("SELECT coalesce(max(id), 0) FROM units");
    last.step();
    m_lastUnitBefore = last.int64(0);
    m_deferred = true;
    return {};
}

Result<void> RecordStore::settleSheetTotals() {
    if (!m_deferred)
        return {};
    Statement& settle = m_db.cached(
        "UPDATE sheets SET points = (SELECT coalesce(sum(half_points), 0) FROM scores WHERE "
        "sheet_id = ?1), scored = (SELECT count(*) FROM scores WHERE sheet_id = ?1) WHERE id = ?1");
    for (std::int64_t sheet : m_sheets)
        if (!settle.bind(1, sheet).exec())
            return fail(m_db.lastError());
    m_sheets.clear();
    m_deferred = false;
    LP_TRY(m_db.exec(Schema::scoresTotalInsertTrigger));
    Statement index =
        m_db.prepare("INSERT INTO units_fts(rowid, name) SELECT id, name FROM units WHERE id > ?");
    if (!index.bind(1, m_lastUnitBefore).exec())
        return fail(m_db.lastError());
    return m_db.exec(Schema::unitsFtsInsertTrigger);
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
    RecordContext context{m_db, m_cache, m_incomingFiles, m_deferred ? &m_sheets : nullptr};
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
