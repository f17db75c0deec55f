#include "EvidenceRecords.h"

#include "core/common/CoreText.h"
#include "core/evidence/EvidenceRows.h"
#include "core/evidence/EvidenceStore.h"
#include "core/model/Step.h"
#include "core/storage/Database.h"

namespace lianping {

namespace {

QString str(const QJsonObject& data, const char* name) {
    return data.value(QLatin1String(name)).toString();
}

constexpr const char* evidenceColumns =
    "SELECT v.uid, c.year, u.code, v.step, v.indicator, v.name, v.size, v.sha256, v.added_by, "
    "v.added_at, v.note, v.removed_at, coalesce(v.removed_reason, ''), o.uid, v.updated_at "
    "FROM evidence v JOIN enrollments e ON e.id = v.enrollment_id "
    "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id "
    "JOIN offices o ON o.id = v.owner ";

constexpr const char* findingColumns =
    "SELECT f.uid, c.year, u.code, f.step, f.indicator, f.text, f.deduct_half, "
    "coalesce(v.uid, ''), coalesce(r.uid, ''), f.added_by, f.added_at, o.uid, f.updated_at "
    "FROM findings f JOIN enrollments e ON e.id = f.enrollment_id "
    "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id "
    "JOIN offices o ON o.id = f.owner LEFT JOIN evidence v ON v.id = f.evidence_id "
    "LEFT JOIN rectifications r ON r.id = f.rectification_id ";

Record evidenceRecord(const Statement& q) {
    QJsonObject data{{QStringLiteral("year"), q.integer(1)},
                     {QStringLiteral("unit"), q.text(2)},
                     {QStringLiteral("step"), stepName(static_cast<Step>(q.integer(3)))},
                     {QStringLiteral("indicator"), q.text(4)},
                     {QStringLiteral("name"), q.text(5)},
                     {QStringLiteral("size"), static_cast<double>(q.int64(6))},
                     {QStringLiteral("sha256"), q.text(7)},
                     {QStringLiteral("added_by"), q.text(8)},
                     {QStringLiteral("added_at"), static_cast<double>(q.int64(9))},
                     {QStringLiteral("note"), q.text(10)},
                     {QStringLiteral("removed_at"),
                      q.isNull(11) ? QJsonValue() : QJsonValue(static_cast<double>(q.int64(11)))},
                     {QStringLiteral("removed_reason"), q.text(12)}};
    return Record::draft(RecordKind::Evidence, QStringLiteral("evidence/") + q.text(0), q.int64(14),
                         q.text(13), std::move(data));
}

Record findingRecord(const Statement& q) {
    QJsonObject data{{QStringLiteral("year"), q.integer(1)},
                     {QStringLiteral("unit"), q.text(2)},
                     {QStringLiteral("step"), stepName(static_cast<Step>(q.integer(3)))},
                     {QStringLiteral("indicator"), q.text(4)},
                     {QStringLiteral("text"), q.text(5)},
                     {QStringLiteral("deduct_half"), q.integer(6)},
                     {QStringLiteral("evidence"), q.text(7)},
                     {QStringLiteral("rectification"), q.text(8)},
                     {QStringLiteral("added_by"), q.text(9)},
                     {QStringLiteral("added_at"), static_cast<double>(q.int64(10))}};
    return Record::draft(RecordKind::Finding, QStringLiteral("finding/") + q.text(0), q.int64(12),
                         q.text(11), std::move(data));
}

std::optional<std::int64_t> idOf(Database& db, const char* sql, const QString& value) {
    Statement& query = db.cached(sql);
    if (!query.bind(1, value).step()) {
        query.reset();
        return std::nullopt;
    }
    const std::int64_t id = query.int64(0);
    query.reset();
    return id;
}

Result<std::int64_t> enrollmentOf(Database& db, const QJsonObject& d) {
    Statement& query = db.cached("SELECT e.id FROM enrollments e JOIN campaigns c ON c.id = "
                                 "e.campaign_id JOIN units u ON u.id = e.unit_id "
                                 "WHERE c.year = ? AND u.code = ?");
    if (!query.bind(1, d.value(QStringLiteral("year")).toInt()).bind(2, str(d, "unit")).step()) {
        query.reset();
        return fail(CoreText::tr("the package refers to unit %1 in campaign %2, which is neither "
                                 "here nor in the package")
                        .arg(str(d, "unit"))
                        .arg(d.value(QStringLiteral("year")).toInt()));
    }
    const std::int64_t id = query.int64(0);
    query.reset();
    return id;
}

Result<void> writeEvidence(Database& db, const Record& in, std::int64_t ownerId,
                           const std::set<QString>* incomingFiles) {
    const QJsonObject& d = in.data;
    const std::optional<Step> step = parseStep(str(d, "step"));
    const QString sha = str(d, "sha256");
    const qint64 size = static_cast<qint64>(d.value(QStringLiteral("size")).toDouble(-1));
    if (!step || size < 0)
        return fail(CoreText::tr("the package holds a damaged evidence record (%1)").arg(in.key));
    // The bytes must be here: sent in this package (stored before the records) or earlier.
    if (!(incomingFiles && incomingFiles->count(sha)) &&
        !EvidenceStore(EvidenceStore::folderFor(db.path())).has(sha, size))
        return fail(CoreText::tr("evidence file %1 (%2, unit %3) is neither in the package nor "
                                 "in this database's evidence folder: import the package that "
                                 "first carried it, or ask the sender for a package with all "
                                 "evidence files")
                        .arg(sha.left(12), str(d, "name"), str(d, "unit")));
    Result<std::int64_t> enrollment = enrollmentOf(db, d);
    if (!enrollment)
        return enrollment.error();
    const QString uid = in.key.section(QLatin1Char('/'), 1);
    const QJsonValue removed = d.value(QStringLiteral("removed_at"));
    return EvidenceRows::upsert(
        db, {.uid = uid,
             .enrollmentId = *enrollment,
             .step = static_cast<int>(*step),
             .indicator = str(d, "indicator"),
             .name = str(d, "name"),
             .size = static_cast<std::int64_t>(size),
             .sha256 = sha,
             .addedBy = str(d, "added_by"),
             .addedAt = static_cast<std::int64_t>(d.value(QStringLiteral("added_at")).toDouble()),
             .note = str(d, "note"),
             .removedAt = removed.isNull() ? std::optional<std::int64_t>()
                                           : std::optional<std::int64_t>(
                                                 static_cast<std::int64_t>(removed.toDouble())),
             .removedReason = removed.isNull() ? QString() : str(d, "removed_reason"),
             .owner = ownerId,
             .updatedAt = in.version.stamp});
}

Result<void> writeFinding(Database& db, const Record& in, std::int64_t ownerId) {
    const QJsonObject& d = in.data;
    const std::optional<Step> step = parseStep(str(d, "step"));
    if (!step)
        return fail(CoreText::tr("the package holds a damaged finding record (%1)").arg(in.key));
    Result<std::int64_t> enrollment = enrollmentOf(db, d);
    if (!enrollment)
        return enrollment.error();
    std::optional<std::int64_t> evidence;
    if (!str(d, "evidence").isEmpty()) {
        evidence = idOf(db, "SELECT id FROM evidence WHERE uid = ?", str(d, "evidence"));
        if (!evidence)
            return fail(CoreText::tr("finding %1 names an evidence file that is neither here nor "
                                     "in the package")
                            .arg(in.key));
    }
    std::optional<std::int64_t> rectification;
    if (!str(d, "rectification").isEmpty())
        rectification =
            idOf(db, "SELECT id FROM rectifications WHERE uid = ?", str(d, "rectification"));
    return EvidenceRows::upsertFinding(
        db, {.uid = in.key.section(QLatin1Char('/'), 1),
             .enrollmentId = *enrollment,
             .step = static_cast<int>(*step),
             .indicator = str(d, "indicator"),
             .text = str(d, "text"),
             .deductHalf = d.value(QStringLiteral("deduct_half")).toInt(),
             .evidenceId = evidence,
             .rectificationId = rectification,
             .addedBy = str(d, "added_by"),
             .addedAt = static_cast<std::int64_t>(d.value(QStringLiteral("added_at")).toDouble()),
             .owner = ownerId,
             .updatedAt = in.version.stamp});
}

} // namespace

bool EvidenceRecords::handles(RecordKind kind) {
    return kind == RecordKind::Evidence || kind == RecordKind::Finding;
}

std::optional<Record> EvidenceRecords::load(Database& db, RecordKind kind, const QString& key) {
    const QString uid = key.section(QLatin1Char('/'), 1);
    const bool evidence = kind == RecordKind::Evidence;
    static const QByteArray evidenceSql = QByteArray(evidenceColumns) + "WHERE v.uid = ?";
    static const QByteArray findingSql = QByteArray(findingColumns) + "WHERE f.uid = ?";
    Statement& query = db.cached(evidence ? evidenceSql.constData() : findingSql.constData());
    if (!query.bind(1, uid).step()) {
        query.reset();
        return std::nullopt;
    }
    Record record = evidence ? evidenceRecord(query) : findingRecord(query);
    query.reset();
    return record;
}

Result<void> EvidenceRecords::forEach(Database& db, const RecordScope& scope,
                                      const RecordStore::RecordVisitor& visit) {
    const ScopeCondition condition = unitCondition(scope);
    for (const bool evidence : {true, false}) {
        Statement query = db.prepare((QByteArray(evidence ? evidenceColumns : findingColumns) +
                                      "WHERE c.year = ?" + condition.sql +
                                      (evidence ? " ORDER BY v.id" : " ORDER BY f.id"))
                                         .constData());
        query.bind(1, scope.year);
        for (int i = 0; i < condition.params.size(); ++i)
            query.bind(i + 2, condition.params[i]);
        while (query.step())
            LP_TRY(visit(evidence ? evidenceRecord(query) : findingRecord(query)));
    }
    return {};
}

Result<void> EvidenceRecords::write(Database& db, const Record& incoming, std::int64_t ownerId,
                                    const std::set<QString>* incomingFiles) {
    return incoming.kind == RecordKind::Evidence
               ? writeEvidence(db, incoming, ownerId, incomingFiles)
               : writeFinding(db, incoming, ownerId);
}

} // namespace lianping
