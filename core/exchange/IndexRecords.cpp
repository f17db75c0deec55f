#include "IndexRecords.h"

#include "core/common/CoreText.h"
#include "core/exchange/RecordContext.h"
#include "core/index/IndexRows.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lianping {

namespace {

Error damaged() {
    return fail(CoreText::tr("the package contents are damaged"));
}

std::optional<Record> loadModel(Database& db, const QStringList& key) {
    if (key.size() != 3)
        return std::nullopt;
    Statement q = db.prepare("SELECT m.year, m.version, m.model, m.frozen, o.uid, m.updated_at "
                             "FROM index_models m JOIN offices o ON o.id = m.owner "
                             "WHERE m.year = ? AND m.version = ?");
    q.bind(1, key[1].toInt()).bind(2, key[2].toInt());
    if (!q.step())
        return std::nullopt;
    QJsonObject data{
        {QStringLiteral("year"), q.integer(0)},
        {QStringLiteral("version"), q.integer(1)},
        {QStringLiteral("model"), QJsonDocument::fromJson(q.text(2).toUtf8()).object()},
        {QStringLiteral("frozen"), q.integer(3) != 0}};
    return Record::draft(RecordKind::IndexModel,
                         QStringLiteral("index_model/%1/%2").arg(q.integer(0)).arg(q.integer(1)),
                         q.int64(5), q.text(4), std::move(data));
}

std::optional<Record> loadRound(Database& db, const QStringList& key) {
    if (key.size() != 2)
        return std::nullopt;
    Statement q = db.prepare("SELECT r.id, r.year, r.name, r.conducted_by, r.on_date, r.method, "
                             "r.sample, o.uid, r.updated_at FROM survey_rounds r JOIN offices o ON "
                             "o.id = r.owner WHERE r.uid = ?");
    q.bind(1, key[1]);
    if (!q.step())
        return std::nullopt;
    const std::int64_t id = q.int64(0);
    QJsonObject data{{QStringLiteral("year"), q.integer(1)},
                     {QStringLiteral("name"), q.text(2)},
                     {QStringLiteral("by"), q.text(3)},
                     {QStringLiteral("date"), q.text(4)},
                     {QStringLiteral("method"), q.text(5)},
                     {QStringLiteral("sample"),
                      q.isNull(6) ? QJsonValue() : QJsonValue(static_cast<double>(q.int64(6)))}};
    const QString owner = q.text(7);
    const std::int64_t stamp = q.int64(8);
    QJsonArray scores;
    Statement s = db.prepare("SELECT county, unit, aspect, score, n FROM survey_scores WHERE "
                             "round_id = ? ORDER BY county, unit, aspect");
    s.bind(1, id);
    while (s.step())
        scores.append(
            QJsonArray{s.text(0), s.text(1), s.text(2), s.real(3),
                       s.isNull(4) ? QJsonValue() : QJsonValue(static_cast<double>(s.int64(4)))});
    QJsonArray answers;
    Statement a = db.prepare("SELECT county, unit, aspect, score, binary FROM survey_answers WHERE "
                             "round_id = ? ORDER BY id");
    a.bind(1, id);
    while (a.step())
        answers.append(QJsonArray{a.text(0), a.text(1), a.text(2), a.real(3), a.integer(4) != 0});
    data.insert(QStringLiteral("scores"), scores);
    data.insert(QStringLiteral("answers"), answers);
    return Record::draft(RecordKind::SurveyRound, QStringLiteral("survey_round/") + key[1], stamp,
                         owner, std::move(data));
}

std::optional<Record> loadInput(Database& db, const QStringList& key) {
    if (key.size() != 4)
        return std::nullopt;
    Statement q = db.prepare("SELECT i.value, i.note, o.uid, i.updated_at FROM index_inputs i "
                             "JOIN offices o ON o.id = i.owner WHERE i.year = ? AND i.county = ? "
                             "AND i.aspect = ?");
    q.bind(1, key[1].toInt()).bind(2, key[2]).bind(3, key[3]);
    if (!q.step())
        return std::nullopt;
    QJsonObject data{{QStringLiteral("year"), key[1].toInt()},
                     {QStringLiteral("county"), key[2]},
                     {QStringLiteral("aspect"), key[3]},
                     {QStringLiteral("value"), q.real(0)},
                     {QStringLiteral("note"), q.text(1)}};
    return Record::draft(RecordKind::IndexInput, key.join(QLatin1Char('/')), q.int64(3), q.text(2),
                         std::move(data));
}

} // namespace

bool IndexRecords::handles(RecordKind kind) {
    return kind == RecordKind::IndexModel || kind == RecordKind::SurveyRound ||
           kind == RecordKind::IndexInput;
}

std::optional<Record> IndexRecords::load(Database& db, RecordKind kind, const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    switch (kind) {
    case RecordKind::IndexModel:
        return loadModel(db, parts);
    case RecordKind::SurveyRound:
        return loadRound(db, parts);
    case RecordKind::IndexInput:
        return loadInput(db, parts);
    default:
        return std::nullopt;
    }
}

Result<void> IndexRecords::forEach(Database& db, const RecordScope& scope,
                                   const RecordStore::RecordVisitor& visit) {
    // Models and rounds are the year's (a county's package: the rounds with its answers);
    // inputs of the scope's county (and 全市 for a whole package).
    std::vector<QString> keys;
    {
        Statement q =
            db.prepare("SELECT year, version FROM index_models WHERE year = ? ORDER BY version");
        q.bind(1, scope.year);
        while (q.step())
            keys.push_back(QStringLiteral("index_model/%1/%2").arg(q.integer(0)).arg(q.integer(1)));
    }
    {
        Statement q = db.prepare(
            scope.county.isEmpty()
                ? "SELECT uid FROM survey_rounds WHERE year = ?1 ORDER BY id"
                : "SELECT r.uid FROM survey_rounds r WHERE r.year = ?1 AND (EXISTS (SELECT 1 FROM "
                  "survey_scores s WHERE s.round_id = r.id AND s.county = ?2) OR EXISTS (SELECT 1 "
                  "FROM survey_answers a WHERE a.round_id = r.id AND a.county = ?2)) ORDER BY "
                  "r.id");
        q.bind(1, scope.year);
        if (!scope.county.isEmpty())
            q.bind(2, scope.county);
        while (q.step())
            keys.push_back(QStringLiteral("survey_round/") + q.text(0));
    }
    if (scope.typeCode.isEmpty()) {
        Statement q = db.prepare("SELECT county, aspect FROM index_inputs WHERE year = ?1 AND "
                                 "(?2 IS NULL OR county = ?2) ORDER BY county, aspect");
        q.bind(1, scope.year).bind(2, scope.county.isEmpty() ? QString() : scope.county);
        while (q.step())
            keys.push_back(
                QStringLiteral("index_input/%1/%2/%3").arg(scope.year).arg(q.text(0), q.text(1)));
    }
    for (const QString& key : keys) {
        const std::optional<RecordKind> kind = parseKind(key.section(QLatin1Char('/'), 0, 0));
        if (!kind)
            continue;
        if (std::optional<Record> record = load(db, *kind, key))
            LP_TRY(visit(std::move(*record)));
    }
    return {};
}

Result<void> IndexRecords::write(Database& db, const Record& in, std::int64_t ownerId) {
    const QJsonObject& d = in.data;
    const std::int64_t stamp = in.version.stamp;
    switch (in.kind) {
    case RecordKind::IndexModel: {
        const QJsonObject model = d.value(QStringLiteral("model")).toObject();
        if (model.isEmpty())
            return damaged();
        return IndexRows::upsertModel(
            db, d.value(QStringLiteral("year")).toInt(), d.value(QStringLiteral("version")).toInt(),
            QString::fromUtf8(QJsonDocument(model).toJson(QJsonDocument::Indented)),
            d.value(QStringLiteral("frozen")).toBool(), ownerId, stamp);
    }
    case RecordKind::SurveyRound: {
        const QString uid = in.key.section(QLatin1Char('/'), 1);
        const QString by = records::text(d, "by");
        if (by != QLatin1String("third-party") && by != QLatin1String("office") &&
            by != QLatin1String("public"))
            return damaged();
        const QJsonValue sample = d.value(QStringLiteral("sample"));
        Result<std::int64_t> round = IndexRows::upsertRound(
            db, {.uid = uid,
                 .year = d.value(QStringLiteral("year")).toInt(),
                 .name = records::text(d, "name"),
                 .conductedBy = by,
                 .onDate = records::text(d, "date"),
                 .method = records::text(d, "method"),
                 .sample = sample.isDouble() ? std::optional<std::int64_t>(
                                                   static_cast<std::int64_t>(sample.toDouble()))
                                             : std::nullopt,
                 .owner = ownerId,
                 .updatedAt = stamp});
        if (!round)
            return round.error();
        // Rows of a round: county, unit, aspect, score 0..100, then n (scores) or binary.
        const auto rowOf = [](const QJsonArray& row) -> std::optional<SurveyRowFields> {
            const double points = row.at(3).toDouble(-1);
            if (row.size() != 5 || !(points >= 0 && points <= 100))
                return std::nullopt;
            const QJsonValue last = row.at(4);
            return SurveyRowFields{row.at(0).toString(),
                                   row.at(1).toString(),
                                   row.at(2).toString(),
                                   points,
                                   last.isDouble() ? std::optional<std::int64_t>(
                                                         static_cast<std::int64_t>(last.toDouble()))
                                                   : std::nullopt,
                                   last.toBool()};
        };
        for (const QJsonValue& value : d.value(QStringLiteral("scores")).toArray()) {
            const std::optional<SurveyRowFields> row = rowOf(value.toArray());
            if (!row)
                return damaged();
            LP_TRY(IndexRows::addRoundScore(db, *round, *row));
        }
        for (const QJsonValue& value : d.value(QStringLiteral("answers")).toArray()) {
            const std::optional<SurveyRowFields> row = rowOf(value.toArray());
            if (!row)
                return damaged();
            LP_TRY(IndexRows::addRoundAnswer(db, *round, *row));
        }
        return {};
    }
    case RecordKind::IndexInput: {
        const double value = d.value(QStringLiteral("value")).toDouble(-1);
        if (!(value >= 0 && value <= 100))
            return damaged();
        return IndexRows::upsertInput(db, d.value(QStringLiteral("year")).toInt(),
                                      records::text(d, "county"), records::text(d, "aspect"), value,
                                      records::text(d, "note"), ownerId, stamp);
    }
    default:
        return damaged();
    }
}

} // namespace lianping
