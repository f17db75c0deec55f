#include "Records.h"

#include "common/CoreText.h"

#include "common/Ids.h"
#include "common/Points.h"
#include "exchange/Crypto.h"
#include "exchange/EvidenceRecords.h"
#include "exchange/IndexRecords.h"
#include "exchange/TaskRecords.h"
#include "history/History.h"
#include "registry/LookupTables.h"
#include "scoring/Step.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDate>

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

#include <array>
#include <map>

namespace lianping {

namespace {

// In RecordKind's order.
constexpr std::array<const char*, 15> kindNames = {
    "unit",          "naming",      "enrollment",  "sheet",         "revocation",
    "rectification", "sample",      "task",        "task_progress", "index_model",
    "survey_round",  "index_input", "review_step", "evidence",      "finding"};
static_assert(kindNames.size() == static_cast<std::size_t>(RecordKind::Finding) + 1);

QString str(const QJsonObject& data, const char* name) {
    return data.value(QLatin1String(name)).toString();
}

Record finish(RecordKind kind, QString key, std::int64_t stamp, QString owner, QJsonObject data) {
    return Record::make(kind, std::move(key), stamp, std::move(owner), std::move(data));
}

std::optional<std::int64_t> single(Database& db, const char* sql, const QStringList& params) {
    Statement& query = db.cached(sql);
    for (int i = 0; i < params.size(); ++i)
        query.bind(i + 1, params[i]);
    if (!query.step())
        return std::nullopt;
    const std::int64_t id = query.int64(0);
    query.reset();
    return id;
}

// ---- reading one record by local id ------------------------------------------------------

constexpr const char* unitColumns =
    "SELECT u.code, u.name, t.code, c.name, coalesce(d.name, ''), u.demo, u.contact, "
    "u.active, o.uid, u.updated_at FROM units u JOIN unit_types t ON t.id = u.type_id "
    "JOIN counties c ON c.id = u.county_id LEFT JOIN departments d ON d.id = u.lead_id "
    "JOIN offices o ON o.id = u.owner";

Record unitRecord(const Statement& q) {
    QJsonObject data{
        {QStringLiteral("code"), q.text(0)},    {QStringLiteral("name"), q.text(1)},
        {QStringLiteral("type"), q.text(2)},    {QStringLiteral("county"), q.text(3)},
        {QStringLiteral("lead"), q.text(4)},    {QStringLiteral("demo"), q.integer(5) != 0},
        {QStringLiteral("contact"), q.text(6)}, {QStringLiteral("active"), q.integer(7) != 0}};
    return finish(RecordKind::Unit, QStringLiteral("unit/") + q.text(0), q.int64(9), q.text(8),
                  std::move(data));
}

std::optional<Record> loadUnit(Database& db, std::int64_t id) {
    Statement& q = db.cached((QByteArray(unitColumns) + " WHERE u.id = ?").constData());
    if (!q.bind(1, id).step())
        return std::nullopt;
    Record record = unitRecord(q);
    q.reset();
    return record;
}

std::optional<Record> loadNaming(Database& db, std::int64_t id) {
    Statement& q = db.cached(
        "SELECT c.year, n.decision, n.decided_on, n.operator, o.uid, n.updated_at FROM namings n "
        "JOIN campaigns c ON c.id = n.campaign_id JOIN offices o ON o.id = n.owner WHERE n.id = ?");
    if (!q.bind(1, id).step())
        return std::nullopt;
    QJsonObject data{{QStringLiteral("year"), q.integer(0)},
                     {QStringLiteral("decision"), q.text(1)},
                     {QStringLiteral("decided_on"), q.text(2)},
                     {QStringLiteral("operator"), q.text(3)}};
    Record record =
        finish(RecordKind::Naming, QStringLiteral("naming/%1/%2").arg(q.integer(0)).arg(q.text(1)),
               q.int64(5), q.text(4), std::move(data));
    q.reset();
    return record;
}

constexpr const char* enrollmentColumns =
    "SELECT c.year, u.code, t.code, r.year, r.version, e.state, coalesce(e.returned_from, ''), "
    "coalesce(e.return_reason, ''), coalesce(n.decision, ''), o.uid, e.updated_at "
    "FROM enrollments e JOIN campaigns c ON c.id = e.campaign_id "
    "JOIN units u ON u.id = e.unit_id JOIN rubrics r ON r.id = e.rubric_id "
    "JOIN unit_types t ON t.id = r.type_id LEFT JOIN namings n ON n.id = e.naming_id "
    "JOIN offices o ON o.id = e.owner";

Record enrollmentRecord(const Statement& q) {
    const QJsonObject rubric{{QStringLiteral("type"), q.text(2)},
                             {QStringLiteral("year"), q.integer(3)},
                             {QStringLiteral("version"), q.integer(4)}};
    QJsonObject data{
        {QStringLiteral("year"), q.integer(0)},       {QStringLiteral("unit"), q.text(1)},
        {QStringLiteral("rubric"), rubric},           {QStringLiteral("state"), q.text(5)},
        {QStringLiteral("returned_from"), q.text(6)}, {QStringLiteral("return_reason"), q.text(7)},
        {QStringLiteral("naming"), q.text(8)}};
    return finish(RecordKind::Enrollment,
                  QStringLiteral("enrollment/%1/%2").arg(q.integer(0)).arg(q.text(1)), q.int64(10),
                  q.text(9), std::move(data));
}

std::optional<Record> loadEnrollment(Database& db, std::int64_t id) {
    Statement& q = db.cached((QByteArray(enrollmentColumns) + " WHERE e.id = ?").constData());
    if (!q.bind(1, id).step())
        return std::nullopt;
    Record record = enrollmentRecord(q);
    q.reset();
    return record;
}

// A sheet from its head row (id, year, unit, step, three ballot counts, owner, updated_at) and
// its scores and vetoes, ordered by indicator code.
Record sheetRecord(const Statement& q, const QJsonArray& scores, const QJsonArray& vetoes) {
    const int year = q.integer(1);
    const QString unit = q.text(2);
    const QString step = stepName(static_cast<Step>(q.integer(3)));
    const QJsonValue survey =
        q.isNull(4) ? QJsonValue()
                    : QJsonValue(QJsonArray{q.integer(4), q.integer(5), q.integer(6)});
    QJsonObject data{{QStringLiteral("year"), year},     {QStringLiteral("unit"), unit},
                     {QStringLiteral("step"), step},     {QStringLiteral("survey"), survey},
                     {QStringLiteral("scores"), scores}, {QStringLiteral("vetoes"), vetoes}};
    return finish(RecordKind::Sheet, QStringLiteral("sheet/%1/%2/%3").arg(year).arg(unit, step),
                  q.int64(8), q.text(7), std::move(data));
}

std::optional<Record> loadSheet(Database& db, std::int64_t id) {
    QJsonArray scores;
    Statement& s = db.cached(
        "SELECT i.code, s.half_points, coalesce(s.note, '') FROM scores s "
        "JOIN indicators i ON i.id = s.indicator_id WHERE s.sheet_id = ? ORDER BY i.code");
    s.bind(1, id);
    while (s.step())
        scores.append(QJsonArray{s.text(0), s.integer(1), s.text(2)});
    QJsonArray vetoes;
    Statement& v = db.cached("SELECT i.code, v.reason FROM vetoes v JOIN indicators i ON i.id = "
                             "v.indicator_id WHERE v.sheet_id = ? ORDER BY i.code");
    v.bind(1, id);
    while (v.step())
        vetoes.append(QJsonArray{v.text(0), v.text(1)});
    Statement& q = db.cached(
        "SELECT sh.id, c.year, u.code, sh.step, sh.satisfied, sh.basic, sh.unsatisfied, o.uid, "
        "sh.updated_at FROM sheets sh JOIN enrollments e ON e.id = sh.enrollment_id "
        "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id "
        "JOIN offices o ON o.id = sh.owner WHERE sh.id = ?");
    if (!q.bind(1, id).step())
        return std::nullopt;
    Record record = sheetRecord(q, scores, vetoes);
    q.reset();
    return record;
}

std::optional<Record> loadRevocation(Database& db, std::int64_t id) {
    Statement& q = db.cached(
        "SELECT r.uid, c.year, u.code, r.reason, r.revoked_on, r.document, r.operator, o.uid, "
        "r.updated_at FROM revocations r JOIN enrollments e ON e.id = r.enrollment_id "
        "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id "
        "JOIN offices o ON o.id = r.owner WHERE r.id = ?");
    if (!q.bind(1, id).step())
        return std::nullopt;
    QJsonObject data{
        {QStringLiteral("year"), q.integer(1)},  {QStringLiteral("unit"), q.text(2)},
        {QStringLiteral("reason"), q.text(3)},   {QStringLiteral("revoked_on"), q.text(4)},
        {QStringLiteral("document"), q.text(5)}, {QStringLiteral("operator"), q.text(6)}};
    Record record = finish(RecordKind::Revocation, QStringLiteral("revocation/") + q.text(0),
                           q.int64(8), q.text(7), std::move(data));
    q.reset();
    return record;
}

std::optional<Record> loadRectification(Database& db, std::int64_t id) {
    Statement& q = db.cached(
        "SELECT r.uid, c.year, u.code, r.text, r.deadline, r.responsible, r.status, o.uid, "
        "r.updated_at FROM rectifications r JOIN enrollments e ON e.id = r.enrollment_id "
        "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id "
        "JOIN offices o ON o.id = r.owner WHERE r.id = ?");
    if (!q.bind(1, id).step())
        return std::nullopt;
    QJsonObject data{
        {QStringLiteral("year"), q.integer(1)},     {QStringLiteral("unit"), q.text(2)},
        {QStringLiteral("text"), q.text(3)},        {QStringLiteral("deadline"), q.text(4)},
        {QStringLiteral("responsible"), q.text(5)}, {QStringLiteral("status"), q.text(6)}};
    Record record = finish(RecordKind::Rectification, QStringLiteral("rectification/") + q.text(0),
                           q.int64(8), q.text(7), std::move(data));
    q.reset();
    return record;
}

std::optional<Record> loadSample(Database& db, std::int64_t id) {
    Statement& q = db.cached(
        "SELECT s.uid, c.year, s.percent, s.seed, s.created_at, s.operator, o.uid, s.updated_at "
        "FROM recheck_samples s JOIN campaigns c ON c.id = s.campaign_id "
        "JOIN offices o ON o.id = s.owner WHERE s.id = ?");
    if (!q.bind(1, id).step())
        return std::nullopt;
    const QString uid = q.text(0);
    QJsonObject data{{QStringLiteral("year"), q.integer(1)},
                     {QStringLiteral("percent"), q.real(2)},
                     {QStringLiteral("seed"), q.text(3)},
                     {QStringLiteral("created_at"), static_cast<double>(q.int64(4))},
                     {QStringLiteral("operator"), q.text(5)}};
    const QString owner = q.text(6);
    const std::int64_t stamp = q.int64(7);
    q.reset();
    QJsonArray units;
    Statement& u = db.cached(
        "SELECT u.code, su.reason FROM recheck_sample_units su JOIN enrollments e ON e.id = "
        "su.enrollment_id JOIN units u ON u.id = e.unit_id WHERE su.sample_id = ? ORDER BY u.code");
    u.bind(1, id);
    while (u.step())
        units.append(QJsonArray{u.text(0), u.text(1)});
    data.insert(QStringLiteral("units"), units);
    return finish(RecordKind::Sample, QStringLiteral("sample/") + uid, stamp, owner,
                  std::move(data));
}

std::optional<Record> load(Database& db, RecordKind kind, std::int64_t id) {
    switch (kind) {
    case RecordKind::Unit:
        return loadUnit(db, id);
    case RecordKind::Naming:
        return loadNaming(db, id);
    case RecordKind::Enrollment:
        return loadEnrollment(db, id);
    case RecordKind::Sheet:
        return loadSheet(db, id);
    case RecordKind::Revocation:
        return loadRevocation(db, id);
    case RecordKind::Rectification:
        return loadRectification(db, id);
    case RecordKind::Sample:
        return loadSample(db, id);
    default:
        return std::nullopt; // the index's records are read by key (IndexRecords)
    }
}

// ---- finding local ids by natural key ----------------------------------------------------

// (id, rubric id) of a unit's enrolment in a year's campaign; found ones are cached.
std::optional<std::pair<std::int64_t, std::int64_t>>
enrollmentOfUnit(Database& db, RecordStore::Cache& cache, int year, const QString& unit) {
    const auto key = std::make_pair(year, unit);
    const auto cached = cache.enrollments.find(key);
    if (cached != cache.enrollments.end())
        return cached->second;
    Statement& query =
        db.cached("SELECT e.id, e.rubric_id FROM enrollments e JOIN campaigns c ON c.id = "
                  "e.campaign_id JOIN units u ON u.id = e.unit_id WHERE c.year = ? AND u.code = ?");
    if (!query.bind(1, year).bind(2, unit).step()) {
        query.reset();
        return std::nullopt;
    }
    const std::pair<std::int64_t, std::int64_t> found{query.int64(0), query.int64(1)};
    query.reset();
    cache.enrollments.emplace(key, found);
    return found;
}

std::optional<std::int64_t> enrollmentId(Database& db, RecordStore::Cache& cache, int year,
                                         const QString& unit) {
    const auto found = enrollmentOfUnit(db, cache, year, unit);
    return found ? std::optional<std::int64_t>(found->first) : std::nullopt;
}

std::optional<std::int64_t> unitIdOf(Database& db, RecordStore::Cache& cache, const QString& code) {
    const auto cached = cache.units.find(code);
    if (cached != cache.units.end())
        return cached->second;
    const std::optional<std::int64_t> id =
        single(db, "SELECT id FROM units WHERE code = ?", {code});
    if (id)
        cache.units.emplace(code, *id);
    return id;
}

std::optional<std::int64_t> localId(Database& db, RecordStore::Cache& cache, RecordKind kind,
                                    const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    switch (kind) {
    case RecordKind::Unit:
        return parts.size() == 2 ? unitIdOf(db, cache, parts[1]) : std::nullopt;
    case RecordKind::Naming:
        if (parts.size() < 3)
            return std::nullopt;
        return single(db,
                      "SELECT n.id FROM namings n JOIN campaigns c ON c.id = n.campaign_id "
                      "WHERE c.year = ? AND n.decision = ?",
                      {parts[1], parts.mid(2).join(QLatin1Char('/'))});
    case RecordKind::Enrollment:
        return parts.size() == 3 ? enrollmentId(db, cache, parts[1].toInt(), parts[2])
                                 : std::nullopt;
    case RecordKind::Sheet: {
        if (parts.size() != 4)
            return std::nullopt;
        const std::optional<std::int64_t> enrollment =
            enrollmentId(db, cache, parts[1].toInt(), parts[2]);
        const std::optional<Step> step = parseStep(parts[3]);
        if (!enrollment || !step)
            return std::nullopt;
        return single(db, "SELECT id FROM sheets WHERE enrollment_id = ? AND step = ?",
                      {QString::number(*enrollment), QString::number(static_cast<int>(*step))});
    }
    case RecordKind::Revocation:
        return parts.size() == 2
                   ? single(db, "SELECT id FROM revocations WHERE uid = ?", {parts[1]})
                   : std::nullopt;
    case RecordKind::Rectification:
        return parts.size() == 2
                   ? single(db, "SELECT id FROM rectifications WHERE uid = ?", {parts[1]})
                   : std::nullopt;
    case RecordKind::Sample:
        return parts.size() == 2
                   ? single(db, "SELECT id FROM recheck_samples WHERE uid = ?", {parts[1]})
                   : std::nullopt;
    default:
        return std::nullopt;
    }
}

Result<std::int64_t> requireId(std::optional<std::int64_t> id, const QString& what) {
    if (!id)
        return fail(
            CoreText::tr("the package refers to %1, which is neither here nor in the package")
                .arg(what));
    return *id;
}

Result<std::int64_t> campaignId(Database& db, int year) {
    return requireId(single(db, "SELECT id FROM campaigns WHERE year = ?", {QString::number(year)}),
                     CoreText::tr("campaign %1").arg(year));
}

Result<std::pair<std::int64_t, std::int64_t>> enrollmentOf(Database& db, RecordStore::Cache& cache,
                                                           const QJsonObject& data) {
    const int year = data.value(QStringLiteral("year")).toInt();
    const QString unit = str(data, "unit");
    const auto found = enrollmentOfUnit(db, cache, year, unit);
    if (!found)
        return fail(
            CoreText::tr("the package refers to %1, which is neither here nor in the package")
                .arg(CoreText::tr("unit %1 in campaign %2").arg(unit).arg(year)));
    return *found;
}

QString describeValue(const QJsonValue& value) {
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                               : QJsonDocument(value.toObject()))
                                     .toJson(QJsonDocument::Compact));
    return value.toString();
}

} // namespace

QString kindName(RecordKind kind) {
    return QString::fromLatin1(kindNames[static_cast<std::size_t>(kind)]);
}

std::optional<RecordKind> parseKind(const QString& name) {
    for (std::size_t i = 0; i < kindNames.size(); ++i)
        if (name == QLatin1String(kindNames[i]))
            return static_cast<RecordKind>(i);
    return std::nullopt;
}

Record Record::make(RecordKind kind, QString key, std::int64_t stamp, QString owner,
                    QJsonObject data) {
    Record record;
    record.kind = kind;
    record.key = std::move(key);
    record.owner = std::move(owner);
    record.version = Version{stamp, hashOf(data)};
    record.data = std::move(data);
    return record;
}

QString Record::hashOf(const QJsonObject& data) {
    return crypto::contentHash(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

QString Record::unitCode() const {
    if (kind == RecordKind::Unit)
        return str(data, "code");
    return str(data, "unit");
}

int Record::year() const {
    return data.value(QStringLiteral("year")).toInt();
}

QJsonObject Record::toJson() const {
    QJsonArray versions;
    for (const Version& v : known)
        versions.append(QJsonArray{static_cast<double>(v.stamp), v.hash});
    return QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("stamp"), static_cast<double>(version.stamp)},
                       {QStringLiteral("hash"), version.hash},
                       {QStringLiteral("owner"), owner},
                       {QStringLiteral("known"), versions},
                       {QStringLiteral("data"), data}};
}

std::optional<Record> Record::fromJson(const QJsonObject& json) {
    const std::optional<RecordKind> kind = parseKind(json.value(QStringLiteral("kind")).toString());
    if (!kind || !json.value(QStringLiteral("data")).isObject())
        return std::nullopt;
    Record record;
    record.kind = *kind;
    record.key = json.value(QStringLiteral("key")).toString();
    record.version.stamp =
        static_cast<std::int64_t>(json.value(QStringLiteral("stamp")).toDouble());
    record.version.hash = json.value(QStringLiteral("hash")).toString();
    record.owner = json.value(QStringLiteral("owner")).toString();
    record.data = json.value(QStringLiteral("data")).toObject();
    for (const QJsonValue& value : json.value(QStringLiteral("known")).toArray()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() == 2)
            record.known.push_back(
                Version{static_cast<std::int64_t>(pair[0].toDouble()), pair[1].toString()});
    }
    // The key must be of the kind: a package whose records do not add up is refused as a
    // whole. (The hash is the sender's, covered by the package signature.)
    if (record.key.isEmpty() || !record.key.startsWith(kindName(*kind) + QLatin1Char('/')) ||
        record.version.hash.size() != 32)
        return std::nullopt;
    return record;
}

ScopeCondition unitCondition(const RecordScope& scope) {
    ScopeCondition condition;
    if (!scope.county.isEmpty()) {
        condition.sql += " AND u.county_id = (SELECT id FROM counties WHERE name = ?)";
        condition.params << scope.county;
    }
    if (!scope.typeCode.isEmpty()) {
        condition.sql += " AND u.type_id = (SELECT id FROM unit_types WHERE code = ? OR name = ?)";
        condition.params << scope.typeCode << scope.typeCode;
    }
    return condition;
}

Result<std::vector<Record>> RecordStore::collect(const RecordScope& scope) {
    std::vector<Record> records;
    LP_TRY(forEach(scope, [&records](Record&& record) -> Result<void> {
        records.push_back(std::move(record));
        return {};
    }));
    return records;
}

Result<void> RecordStore::forEach(const RecordScope& scope, const RecordVisitor& visit) {
    Result<std::int64_t> campaign = campaignId(m_db, scope.year);
    if (!campaign)
        return campaign.error();
    const ScopeCondition condition = unitCondition(scope);
    const QByteArray unitFilter = " WHERE 1" + condition.sql;
    const QStringList& params = condition.params;
    const QString campaignText = QString::number(*campaign);
    auto ids = [&](const QByteArray& sql, bool withCampaign) {
        Statement query = m_db.prepare(sql.constData());
        int index = 1;
        if (withCampaign)
            query.bind(index++, static_cast<std::int64_t>(campaignText.toLongLong()));
        for (const QString& param : params)
            query.bind(index++, param);
        std::vector<std::int64_t> list;
        while (query.step())
            list.push_back(query.int64(0));
        return list;
    };
    const QByteArray enrolled =
        "SELECT e.id FROM enrollments e JOIN units u ON u.id = e.unit_id"
        " WHERE e.campaign_id = ? AND e.unit_id IN (SELECT u.id FROM units u" +
        unitFilter + ")";
    const std::pair<RecordKind, QByteArray> queries[] = {
        {RecordKind::Unit, "SELECT u.id FROM units u" + unitFilter + " ORDER BY u.code"},
        {RecordKind::Naming, "SELECT DISTINCT e.naming_id FROM (" + enrolled +
                                 ") x JOIN enrollments e ON e.id = x.id WHERE e.naming_id IS NOT "
                                 "NULL ORDER BY e.naming_id"},
        {RecordKind::Enrollment, enrolled + " ORDER BY u.code"},
        {RecordKind::Sheet,
         "SELECT sh.id FROM sheets sh WHERE sh.enrollment_id IN (" + enrolled + ") ORDER BY sh.id"},
        {RecordKind::Revocation, "SELECT r.id FROM revocations r WHERE r.enrollment_id IN (" +
                                     enrolled + ") ORDER BY r.id"},
        {RecordKind::Rectification, "SELECT r.id FROM rectifications r WHERE r.enrollment_id IN (" +
                                        enrolled + ") ORDER BY r.id"},
    };
    for (const auto& [kind, sql] : queries) {
        if (kind == RecordKind::Sheet) {
            // Sheets are most of a package: three scans instead of three queries each.
            auto bind = [&](Statement& query) {
                int index = 1;
                query.bind(index++, *campaign);
                for (const QString& param : params)
                    query.bind(index++, param);
            };
            // Heads, scores and vetoes all in sheet order, merged as they come: one sheet in
            // memory at a time.
            // Each table read in its own key order (no sort of the whole year's scores); a
            // sheet's few scores are put in indicator-code order here, as one sheet's are.
            const QByteArray inScopeUnindexed = "+sh.enrollment_id IN (" + enrolled + ")";
            Statement scoreRows = m_db.prepare(
                ("SELECT s.sheet_id, i.code, s.half_points, coalesce(s.note, '') FROM scores s "
                 "JOIN sheets sh ON sh.id = s.sheet_id JOIN indicators i ON i.id = "
                 "s.indicator_id WHERE " +
                 inScopeUnindexed + " ORDER BY s.sheet_id")
                    .constData());
            bind(scoreRows);
            Statement vetoRows = m_db.prepare(
                ("SELECT v.sheet_id, i.code, v.reason FROM vetoes v JOIN sheets sh ON sh.id = "
                 "v.sheet_id JOIN indicators i ON i.id = v.indicator_id WHERE " +
                 inScopeUnindexed + " ORDER BY v.sheet_id")
                    .constData());
            bind(vetoRows);
            Statement heads = m_db.prepare(
                ("SELECT sh.id, c.year, u.code, sh.step, sh.satisfied, sh.basic, sh.unsatisfied, "
                 "o.uid, sh.updated_at FROM sheets sh JOIN enrollments e ON e.id = "
                 "sh.enrollment_id "
                 "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id "
                 "JOIN offices o ON o.id = sh.owner WHERE " +
                 inScopeUnindexed + " ORDER BY sh.id")
                    .constData());
            bind(heads);
            bool moreScores = scoreRows.step();
            bool moreVetoes = vetoRows.step();
            // (code as stored, then the JSON row): SQLite orders text by its UTF-8 bytes.
            std::vector<std::pair<QByteArray, QJsonArray>> rows;
            auto ordered = [&rows] {
                std::sort(rows.begin(), rows.end(),
                          [](const auto& a, const auto& b) { return a.first < b.first; });
                QJsonArray array;
                for (auto& [code, row] : rows)
                    array.append(std::move(row));
                rows.clear();
                return array;
            };
            while (heads.step()) {
                const std::int64_t id = heads.int64(0);
                while (moreScores && scoreRows.int64(0) < id)
                    moreScores = scoreRows.step();
                while (moreScores && scoreRows.int64(0) == id) {
                    rows.emplace_back(
                        scoreRows.text(1).toUtf8(),
                        QJsonArray{scoreRows.text(1), scoreRows.integer(2), scoreRows.text(3)});
                    moreScores = scoreRows.step();
                }
                const QJsonArray scores = ordered();
                while (moreVetoes && vetoRows.int64(0) < id)
                    moreVetoes = vetoRows.step();
                while (moreVetoes && vetoRows.int64(0) == id) {
                    rows.emplace_back(vetoRows.text(1).toUtf8(),
                                      QJsonArray{vetoRows.text(1), vetoRows.text(2)});
                    moreVetoes = vetoRows.step();
                }
                const QJsonArray vetoes = ordered();
                LP_TRY(visit(sheetRecord(heads, scores, vetoes)));
            }
            continue;
        }
        if (kind == RecordKind::Unit || kind == RecordKind::Enrollment) {
            // One query for all, the same columns as one record's.
            const bool unit = kind == RecordKind::Unit;
            Statement all = m_db.prepare((QByteArray(unit ? unitColumns : enrollmentColumns) +
                                          (unit ? " WHERE u.id IN (" : " WHERE e.id IN (") + sql +
                                          ") ORDER BY u.code")
                                             .constData());
            int index = 1;
            if (!unit)
                all.bind(index++, *campaign);
            for (const QString& param : params)
                all.bind(index++, param);
            while (all.step())
                LP_TRY(visit(unit ? unitRecord(all) : enrollmentRecord(all)));
            continue;
        }
        for (std::int64_t id : ids(sql, kind != RecordKind::Unit))
            if (std::optional<Record> record = load(m_db, kind, id))
                LP_TRY(visit(std::move(*record)));
    }
    Statement samples =
        m_db.prepare("SELECT id FROM recheck_samples WHERE campaign_id = ? ORDER BY id");
    samples.bind(1, *campaign);
    std::vector<std::int64_t> sampleIds;
    while (samples.step())
        sampleIds.push_back(samples.int64(0));
    for (std::int64_t id : sampleIds)
        if (std::optional<Record> record = loadSample(m_db, id))
            LP_TRY(visit(std::move(*record)));
    LP_TRY(TaskRecords::forEach(m_db, scope, visit));
    LP_TRY(IndexRecords::forEach(m_db, scope, visit));
    return EvidenceRecords::forEach(m_db, scope, visit);
}

std::optional<std::int64_t> RecordStore::findEnrollment(int year, const QString& unitCode) {
    return lianping::enrollmentId(m_db, m_cache, year, unitCode);
}

Result<std::optional<Record>> RecordStore::local(RecordKind kind, const QString& key) {
    if (TaskRecords::handles(kind))
        return TaskRecords::load(m_db, kind, key);
    if (IndexRecords::handles(kind))
        return IndexRecords::load(m_db, kind, key);
    if (EvidenceRecords::handles(kind))
        return EvidenceRecords::load(m_db, kind, key);
    const std::optional<std::int64_t> id = localId(m_db, m_cache, kind, key);
    if (!id)
        return std::optional<Record>();
    return load(m_db, kind, *id);
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

Result<void> RecordStore::write(const Record& in, const std::optional<Record>& old,
                                std::int64_t ownerId, const QString& note) {
    const QJsonObject& d = in.data;
    const std::int64_t stamp = in.version.stamp;
    const int year = in.year();

    // Every changed field of the record into history, old and new value.
    std::optional<std::int64_t> unitId = unitIdOf(m_db, m_cache, in.unitCode());
    auto historyOf = [&](const QString& entity) -> Result<void> {
        if (!old) // a new record's story comes with the package's history
            return {};
        for (auto it = d.begin(); it != d.end(); ++it) {
            const QJsonValue before = old->data.value(it.key());
            if (before == it.value() || it.key() == QLatin1String("scores") ||
                it.key() == QLatin1String("answers"))
                continue;
            LP_TRY(History::record(m_db, {unitId, year ? std::optional<int>(year) : std::nullopt,
                                          entity, it.key(), describeValue(before),
                                          describeValue(it.value()), note}));
        }
        return {};
    };

    switch (in.kind) {
    case RecordKind::Unit: {
        // Counties, departments and types are few: each looked up (or added) once.
        auto lookup = [](std::map<QString, std::int64_t>& cache, const QString& name,
                         const auto& find) -> Result<std::int64_t> {
            const auto cached = cache.find(name);
            if (cached != cache.end())
                return cached->second;
            Result<std::int64_t> id = find(name);
            if (id)
                cache.emplace(name, *id);
            return id;
        };
        Result<std::int64_t> county =
            lookup(m_cache.counties, str(d, "county"),
                   [&](const QString& name) { return LookupTables::ensureCounty(m_db, name); });
        if (!county)
            return county.error();
        std::optional<std::int64_t> lead;
        if (!str(d, "lead").isEmpty()) {
            Result<std::int64_t> department =
                lookup(m_cache.departments, str(d, "lead"), [&](const QString& name) {
                    return LookupTables::ensureDepartment(m_db, name);
                });
            if (!department)
                return department.error();
            lead = *department;
        }
        Result<std::int64_t> type = lookup(m_cache.types, str(d, "type"), [&](const QString& code) {
            return requireId(single(m_db, "SELECT id FROM unit_types WHERE code = ?", {code}),
                             CoreText::tr("unit type %1").arg(code));
        });
        if (!type)
            return type.error();
        if (!old) {
            Statement& insert = m_db.cached(
                "INSERT INTO units(uid, code, name, type_id, county_id, lead_id, demo, contact, "
                "active, owner, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
            insert.bind(1, newUid())
                .bind(2, str(d, "code"))
                .bind(3, str(d, "name"))
                .bind(4, *type)
                .bind(5, *county)
                .bind(6, lead)
                .bind(7, d.value(QStringLiteral("demo")).toBool() ? 1 : 0)
                .bind(8, str(d, "contact"))
                .bind(9, d.value(QStringLiteral("active")).toBool() ? 1 : 0)
                .bind(10, ownerId)
                .bind(11, stamp);
            if (!insert.exec())
                return fail(m_db.lastError());
            unitId = m_db.lastInsertId();
            m_cache.units[str(d, "code")] = *unitId;
        } else {
            Statement& update = m_db.cached(
                "UPDATE units SET name = ?, type_id = ?, county_id = ?, lead_id = ?, demo = ?, "
                "contact = ?, active = ?, owner = ?, updated_at = ? WHERE code = ?");
            update.bind(1, str(d, "name"))
                .bind(2, *type)
                .bind(3, *county)
                .bind(4, lead)
                .bind(5, d.value(QStringLiteral("demo")).toBool() ? 1 : 0)
                .bind(6, str(d, "contact"))
                .bind(7, d.value(QStringLiteral("active")).toBool() ? 1 : 0)
                .bind(8, ownerId)
                .bind(9, stamp)
                .bind(10, str(d, "code"));
            if (!update.exec())
                return fail(m_db.lastError());
            Statement& fts = m_db.cached("UPDATE units_fts SET name = ? WHERE rowid = ?");
            if (!fts.bind(1, str(d, "name")).bind(2, *unitId).exec())
                return fail(m_db.lastError());
        }
        return historyOf(QStringLiteral("unit"));
    }
    case RecordKind::Naming: {
        Result<std::int64_t> campaign = campaignId(m_db, year);
        if (!campaign)
            return campaign.error();
        if (!old) {
            Statement& insert = m_db.cached(
                "INSERT INTO namings(uid, campaign_id, decision, decided_on, operator, owner, "
                "updated_at) VALUES (?,?,?,?,?,?,?)");
            insert.bind(1, newUid())
                .bind(2, *campaign)
                .bind(3, str(d, "decision"))
                .bind(4, str(d, "decided_on"))
                .bind(5, str(d, "operator"))
                .bind(6, ownerId)
                .bind(7, stamp);
            if (!insert.exec())
                return fail(m_db.lastError());
            return {};
        }
        Statement& update = m_db.cached(
            "UPDATE namings SET decided_on = ?, operator = ?, owner = ?, updated_at = ? "
            "WHERE campaign_id = ? AND decision = ?");
        update.bind(1, str(d, "decided_on"))
            .bind(2, str(d, "operator"))
            .bind(3, ownerId)
            .bind(4, stamp)
            .bind(5, *campaign)
            .bind(6, str(d, "decision"));
        if (!update.exec())
            return fail(m_db.lastError());
        return {};
    }
    case RecordKind::Enrollment: {
        Result<std::int64_t> campaign = campaignId(m_db, year);
        if (!campaign)
            return campaign.error();
        Result<std::int64_t> unit = requireId(unitId, CoreText::tr("unit %1").arg(in.unitCode()));
        if (!unit)
            return unit.error();
        const QJsonObject rubric = d.value(QStringLiteral("rubric")).toObject();
        Result<std::int64_t> rubricId = requireId(
            single(
                m_db,
                "SELECT r.id FROM rubrics r JOIN unit_types t ON t.id = r.type_id WHERE t.code = "
                "? AND r.year = ? AND r.version = ?",
                {str(rubric, "type"), QString::number(rubric.value(QStringLiteral("year")).toInt()),
                 QString::number(rubric.value(QStringLiteral("version")).toInt())}),
            CoreText::tr("rubric %1 %2 version %3")
                .arg(str(rubric, "type"))
                .arg(rubric.value(QStringLiteral("year")).toInt())
                .arg(rubric.value(QStringLiteral("version")).toInt()));
        if (!rubricId)
            return rubricId.error();
        std::optional<std::int64_t> naming;
        if (!str(d, "naming").isEmpty()) {
            Result<std::int64_t> found = requireId(
                single(m_db, "SELECT id FROM namings WHERE campaign_id = ? AND decision = ?",
                       {QString::number(*campaign), str(d, "naming")}),
                CoreText::tr("naming decision %1").arg(str(d, "naming")));
            if (!found)
                return found.error();
            naming = *found;
        }
        const QString returnedFrom = str(d, "returned_from");
        const QString returnReason = str(d, "return_reason");
        if (!old) {
            Statement& insert =
                m_db.cached("INSERT INTO enrollments(uid, campaign_id, unit_id, rubric_id, state, "
                            "returned_from, return_reason, naming_id, owner, updated_at) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?)");
            insert.bind(1, newUid())
                .bind(2, *campaign)
                .bind(3, *unit)
                .bind(4, *rubricId)
                .bind(5, str(d, "state"))
                .bind(6, returnedFrom.isEmpty() ? QString() : returnedFrom)
                .bind(7, returnReason.isEmpty() ? QString() : returnReason)
                .bind(8, naming)
                .bind(9, ownerId)
                .bind(10, stamp);
            if (!insert.exec())
                return fail(m_db.lastError());
            m_cache.enrollments[{year, in.unitCode()}] = {m_db.lastInsertId(), *rubricId};
        } else {
            Statement& update =
                m_db.cached("UPDATE enrollments SET rubric_id = ?, state = ?, returned_from = ?, "
                            "return_reason = ?, naming_id = ?, owner = ?, updated_at = ? "
                            "WHERE campaign_id = ? AND unit_id = ?");
            update.bind(1, *rubricId)
                .bind(2, str(d, "state"))
                .bind(3, returnedFrom.isEmpty() ? QString() : returnedFrom)
                .bind(4, returnReason.isEmpty() ? QString() : returnReason)
                .bind(5, naming)
                .bind(6, ownerId)
                .bind(7, stamp)
                .bind(8, *campaign)
                .bind(9, *unit);
            if (!update.exec())
                return fail(m_db.lastError());
            m_cache.enrollments.erase({year, in.unitCode()}); // the rubric may have changed
        }
        return historyOf(QStringLiteral("enrollment"));
    }
    case RecordKind::Sheet: {
        Result<std::pair<std::int64_t, std::int64_t>> enrolled = enrollmentOf(m_db, m_cache, d);
        if (!enrolled)
            return enrolled.error();
        const std::int64_t* enrollment = &enrolled->first;
        const std::int64_t rubric = enrolled->second;
        const std::optional<Step> step = parseStep(str(d, "step"));
        if (!step)
            return fail(CoreText::tr("the package has a sheet of an unknown step"));
        const QJsonArray survey = d.value(QStringLiteral("survey")).toArray();
        const bool hasSurvey = survey.size() == 3;
        std::optional<std::int64_t> sheetId =
            single(m_db, "SELECT id FROM sheets WHERE enrollment_id = ? AND step = ?",
                   {QString::number(*enrollment), QString::number(static_cast<int>(*step))});
        const bool fresh = !sheetId;
        if (fresh) {
            Statement& insert = m_db.cached("INSERT INTO sheets(uid, enrollment_id, step, "
                                            "satisfied, basic, unsatisfied, owner, "
                                            "updated_at) VALUES (?,?,?,?,?,?,?,?)");
            if (!insert.bind(1, newUid())
                     .bind(2, *enrollment)
                     .bind(3, static_cast<int>(*step))
                     .bind(4, hasSurvey ? std::optional<int>(survey[0].toInt()) : std::nullopt)
                     .bind(5, hasSurvey ? std::optional<int>(survey[1].toInt()) : std::nullopt)
                     .bind(6, hasSurvey ? std::optional<int>(survey[2].toInt()) : std::nullopt)
                     .bind(7, ownerId)
                     .bind(8, stamp)
                     .exec())
                return fail(m_db.lastError());
            sheetId = m_db.lastInsertId();
        }
        if (m_deferred)
            m_sheets.push_back(*sheetId);
        Statement& head = m_db.cached(
            "UPDATE sheets SET satisfied = ?, basic = ?, unsatisfied = ?, revision = revision + 1, "
            "owner = ?, updated_at = ? WHERE id = ?");
        head.bind(1, hasSurvey ? std::optional<int>(survey[0].toInt()) : std::nullopt)
            .bind(2, hasSurvey ? std::optional<int>(survey[1].toInt()) : std::nullopt)
            .bind(3, hasSurvey ? std::optional<int>(survey[2].toInt()) : std::nullopt)
            .bind(4, ownerId)
            .bind(5, stamp)
            .bind(6, *sheetId);
        if (!fresh && !head.exec())
            return fail(m_db.lastError());
        // Scores: the old value of every changed indicator into history, then the new set.
        std::map<QString, QJsonArray> before;
        if (old)
            for (const QJsonValue& value : old->data.value(QStringLiteral("scores")).toArray())
                before[value.toArray()[0].toString()] = value.toArray();
        for (const char* sql :
             {"DELETE FROM scores WHERE sheet_id = ?", "DELETE FROM vetoes WHERE sheet_id = ?"}) {
            if (fresh)
                break;
            Statement& clear = m_db.cached(sql);
            if (!clear.bind(1, *sheetId).exec())
                return fail(m_db.lastError());
        }
        auto indicator = [&](const QString& code) -> Result<std::int64_t> {
            const auto key = std::make_pair(rubric, code);
            const auto cached = m_cache.indicators.find(key);
            if (cached != m_cache.indicators.end())
                return cached->second;
            Result<std::int64_t> id =
                requireId(single(m_db, "SELECT id FROM indicators WHERE rubric_id = ? AND code = ?",
                                 {QString::number(rubric), code}),
                          CoreText::tr("indicator %1 of unit %2").arg(code, in.unitCode()));
            if (id)
                m_cache.indicators.emplace(key, *id);
            return id;
        };
        const QString field = str(d, "step") + QLatin1Char(':');
        // One multi-row INSERT per sheet (a rubric has about ten scored indicators).
        const QJsonArray scores = d.value(QStringLiteral("scores")).toArray();
        if (!scores.isEmpty()) {
            QByteArray sql =
                "INSERT INTO scores(sheet_id, indicator_id, half_points, note) VALUES ";
            for (qsizetype i = 0; i < scores.size(); ++i)
                sql += i ? ",(?,?,?,?)" : "(?,?,?,?)";
            Statement& insert = m_db.cached(sql.constData());
            int index = 1;
            for (const QJsonValue& value : scores) {
                const QJsonArray score = value.toArray();
                Result<std::int64_t> indicatorId = indicator(score[0].toString());
                if (!indicatorId) {
                    insert.reset();
                    return indicatorId.error();
                }
                const QString scoreNote = score[2].toString();
                insert.bind(index, *sheetId)
                    .bind(index + 1, *indicatorId)
                    .bind(index + 2, score[1].toInt())
                    .bind(index + 3, scoreNote.isEmpty() ? QString() : scoreNote);
                index += 4;
            }
            if (!insert.exec())
                return fail(m_db.lastError());
        }
        for (const QJsonValue& value : scores) {
            const QJsonArray score = value.toArray();
            const QString code = score[0].toString();
            const auto previous = before.find(code);
            const QString newValue = formatPoints(score[1].toInt());
            const QString oldValue =
                previous == before.end() ? QString() : formatPoints(previous->second[1].toInt());
            if (previous != before.end())
                before.erase(previous);
            if (old && oldValue != newValue)
                LP_TRY(History::record(m_db, {unitId, year, QStringLiteral("score"), field + code,
                                              oldValue, newValue, note}));
        }
        for (const auto& [code, score] : before) // scores the new version no longer has
            LP_TRY(History::record(m_db, {unitId, year, QStringLiteral("score"), field + code,
                                          formatPoints(score[1].toInt()), QString(), note}));
        for (const QJsonValue& value : d.value(QStringLiteral("vetoes")).toArray()) {
            const QJsonArray veto = value.toArray();
            Result<std::int64_t> indicatorId = indicator(veto[0].toString());
            if (!indicatorId)
                return indicatorId.error();
            Statement& insert =
                m_db.cached("INSERT INTO vetoes(sheet_id, indicator_id, reason) VALUES (?,?,?)");
            if (!insert.bind(1, *sheetId).bind(2, *indicatorId).bind(3, veto[1].toString()).exec())
                return fail(m_db.lastError());
        }
        if (!old ||
            old->data.value(QStringLiteral("survey")) != d.value(QStringLiteral("survey")) ||
            old->data.value(QStringLiteral("vetoes")) != d.value(QStringLiteral("vetoes")))
            return historyOf(QStringLiteral("sheet"));
        return {};
    }
    case RecordKind::Revocation:
    case RecordKind::Rectification: {
        Result<std::pair<std::int64_t, std::int64_t>> enrolled = enrollmentOf(m_db, m_cache, d);
        if (!enrolled)
            return enrolled.error();
        const std::int64_t* enrollment = &enrolled->first;
        const QString uid = in.key.section(QLatin1Char('/'), 1);
        const bool revocation = in.kind == RecordKind::Revocation;
        if (!old) {
            Statement& insert = m_db.cached(
                revocation ? "INSERT INTO revocations(uid, enrollment_id, reason, revoked_on, "
                             "document, operator, owner, updated_at) VALUES (?,?,?,?,?,?,?,?)"
                           : "INSERT INTO rectifications(uid, enrollment_id, text, deadline, "
                             "responsible, status, owner, updated_at) VALUES (?,?,?,?,?,?,?,?)");
            insert.bind(1, uid).bind(2, *enrollment);
            if (revocation)
                insert.bind(3, str(d, "reason"))
                    .bind(4, str(d, "revoked_on"))
                    .bind(5, str(d, "document"))
                    .bind(6, str(d, "operator"));
            else
                insert.bind(3, str(d, "text"))
                    .bind(4, str(d, "deadline"))
                    .bind(5, str(d, "responsible"))
                    .bind(6, str(d, "status"));
            insert.bind(7, ownerId).bind(8, stamp);
            if (!insert.exec())
                return fail(m_db.lastError());
        } else {
            Statement& update = m_db.cached(
                revocation ? "UPDATE revocations SET reason = ?, revoked_on = ?, document = ?, "
                             "operator = ?, owner = ?, updated_at = ? WHERE uid = ?"
                           : "UPDATE rectifications SET text = ?, deadline = ?, responsible = ?, "
                             "status = ?, owner = ?, updated_at = ? WHERE uid = ?");
            if (revocation)
                update.bind(1, str(d, "reason"))
                    .bind(2, str(d, "revoked_on"))
                    .bind(3, str(d, "document"))
                    .bind(4, str(d, "operator"));
            else
                update.bind(1, str(d, "text"))
                    .bind(2, str(d, "deadline"))
                    .bind(3, str(d, "responsible"))
                    .bind(4, str(d, "status"));
            update.bind(5, ownerId).bind(6, stamp).bind(7, uid);
            if (!update.exec())
                return fail(m_db.lastError());
        }
        return historyOf(revocation ? QStringLiteral("revocation")
                                    : QStringLiteral("rectification"));
    }
    case RecordKind::Sample: {
        Result<std::int64_t> campaign = campaignId(m_db, year);
        if (!campaign)
            return campaign.error();
        const QString uid = in.key.section(QLatin1Char('/'), 1);
        std::optional<std::int64_t> sampleId =
            single(m_db, "SELECT id FROM recheck_samples WHERE uid = ?", {uid});
        if (!sampleId) {
            Statement& insert = m_db.cached("INSERT INTO recheck_samples(uid, campaign_id, "
                                            "percent, seed, created_at, operator, "
                                            "owner, updated_at) VALUES (?,?,?,?,?,?,?,?)");
            if (!insert.bind(1, uid)
                     .bind(2, *campaign)
                     .bind(3, d.value(QStringLiteral("percent")).toDouble())
                     .bind(4, str(d, "seed"))
                     .bind(5, static_cast<std::int64_t>(
                                  d.value(QStringLiteral("created_at")).toDouble()))
                     .bind(6, str(d, "operator"))
                     .bind(7, ownerId)
                     .bind(8, stamp)
                     .exec())
                return fail(m_db.lastError());
            sampleId = m_db.lastInsertId();
        } else {
            Statement& update = m_db.cached(
                "UPDATE recheck_samples SET percent = ?, seed = ?, owner = ?, updated_at = ? "
                "WHERE id = ?");
            if (!update.bind(1, d.value(QStringLiteral("percent")).toDouble())
                     .bind(2, str(d, "seed"))
                     .bind(3, ownerId)
                     .bind(4, stamp)
                     .bind(5, *sampleId)
                     .exec())
                return fail(m_db.lastError());
            Statement& clear = m_db.cached("DELETE FROM recheck_sample_units WHERE sample_id = ?");
            if (!clear.bind(1, *sampleId).exec())
                return fail(m_db.lastError());
        }
        for (const QJsonValue& value : d.value(QStringLiteral("units")).toArray()) {
            const QJsonArray unit = value.toArray();
            Result<std::int64_t> enrollment =
                requireId(enrollmentId(m_db, m_cache, year, unit[0].toString()),
                          CoreText::tr("unit %1 in campaign %2").arg(unit[0].toString()).arg(year));
            if (!enrollment)
                return enrollment.error();
            Statement& insert = m_db.cached("INSERT INTO recheck_sample_units(sample_id, "
                                            "enrollment_id, reason) VALUES (?,?,?)");
            if (!insert.bind(1, *sampleId).bind(2, *enrollment).bind(3, unit[1].toString()).exec())
                return fail(m_db.lastError());
        }
        return {};
    }
    default:
        break;
    }
    if (TaskRecords::handles(in.kind)) {
        LP_TRY(TaskRecords::write(m_db, in, ownerId));
        return historyOf(kindName(in.kind));
    }
    if (IndexRecords::handles(in.kind)) {
        LP_TRY(IndexRecords::write(m_db, in, ownerId));
        return historyOf(kindName(in.kind));
    }
    if (EvidenceRecords::handles(in.kind)) {
        LP_TRY(EvidenceRecords::write(m_db, in, ownerId, m_incomingFiles));
        return historyOf(kindName(in.kind));
    }
    return {};
}

} // namespace lianping
