#include "SheetRecords.h"

#include "core/model/Step.h"
#include "core/storage/Database.h"

#include <QJsonArray>

#include <algorithm>

namespace lianping {

namespace {

constexpr const char* headColumns =
    "SELECT sh.id, c.year, u.code, sh.step, sh.satisfied, sh.basic, sh.unsatisfied, o.uid, "
    "sh.updated_at FROM sheets sh JOIN enrollments e ON e.id = sh.enrollment_id "
    "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id "
    "JOIN offices o ON o.id = sh.owner";

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
    return Record::draft(RecordKind::Sheet,
                         QStringLiteral("sheet/%1/%2/%3").arg(year).arg(unit, step), q.int64(8),
                         q.text(7), std::move(data));
}

// Rows of one sheet (code as stored, then the JSON row) put in indicator-code order: SQLite
// orders text by its UTF-8 bytes.
QJsonArray ordered(std::vector<std::pair<QByteArray, QJsonArray>>& rows) {
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QJsonArray array;
    for (auto& [code, row] : rows)
        array.append(std::move(row));
    rows.clear();
    return array;
}

} // namespace

std::optional<Record> SheetRecords::load(RecordContext& context, const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 4)
        return std::nullopt;
    const auto enrollment = records::enrollment(context, parts[1].toInt(), parts[2]);
    const std::optional<Step> step = parseStep(parts[3]);
    if (!enrollment || !step)
        return std::nullopt;
    Database& db = context.db;
    const std::optional<std::int64_t> id = records::single(
        db, "SELECT id FROM sheets WHERE enrollment_id = ? AND step = ?",
        {QString::number(enrollment->first), QString::number(static_cast<int>(*step))});
    if (!id)
        return std::nullopt;
    QJsonArray scores;
    Statement& s = db.cached(
        "SELECT i.code, s.half_points, coalesce(s.note, '') FROM scores s "
        "JOIN indicators i ON i.id = s.indicator_id WHERE s.sheet_id = ? ORDER BY i.code");
    s.bind(1, *id);
    while (s.step())
        scores.append(QJsonArray{s.text(0), s.integer(1), s.text(2)});
    QJsonArray vetoes;
    Statement& v = db.cached("SELECT i.code, v.reason FROM vetoes v JOIN indicators i ON i.id = "
                             "v.indicator_id WHERE v.sheet_id = ? ORDER BY i.code");
    v.bind(1, *id);
    while (v.step())
        vetoes.append(QJsonArray{v.text(0), v.text(1)});
    Statement& q = db.cached((QByteArray(headColumns) + " WHERE sh.id = ?").constData());
    if (!q.bind(1, *id).step())
        return std::nullopt;
    Record record = sheetRecord(q, scores, vetoes);
    q.reset();
    return record;
}

Result<void> SheetRecords::forEach(Database& db, const ScopeQuery& scope,
                                   const RecordStore::RecordVisitor& visit) {
    // Heads, scores and vetoes all in sheet order, merged as they come: one sheet in memory
    // at a time. Each table is read in its own key order (no sort of the whole year's scores);
    // a sheet's few scores are put in indicator-code order here, as one sheet's are.
    const QByteArray inScope = "+sh.enrollment_id IN (" + scope.enrolled + ")";
    Statement scoreRows = db.prepare(
        ("SELECT s.sheet_id, i.code, s.half_points, coalesce(s.note, '') FROM scores s "
         "JOIN sheets sh ON sh.id = s.sheet_id JOIN indicators i ON i.id = s.indicator_id WHERE " +
         inScope + " ORDER BY s.sheet_id")
            .constData());
    scope.bind(scoreRows, true);
    Statement vetoRows =
        db.prepare(("SELECT v.sheet_id, i.code, v.reason FROM vetoes v JOIN sheets sh ON sh.id = "
                    "v.sheet_id JOIN indicators i ON i.id = v.indicator_id WHERE " +
                    inScope + " ORDER BY v.sheet_id")
                       .constData());
    scope.bind(vetoRows, true);
    Statement heads =
        db.prepare((QByteArray(headColumns) + " WHERE " + inScope + " ORDER BY sh.id").constData());
    scope.bind(heads, true);
    bool moreScores = scoreRows.step();
    bool moreVetoes = vetoRows.step();
    std::vector<std::pair<QByteArray, QJsonArray>> rows;
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
        const QJsonArray scores = ordered(rows);
        while (moreVetoes && vetoRows.int64(0) < id)
            moreVetoes = vetoRows.step();
        while (moreVetoes && vetoRows.int64(0) == id) {
            rows.emplace_back(vetoRows.text(1).toUtf8(),
                              QJsonArray{vetoRows.text(1), vetoRows.text(2)});
            moreVetoes = vetoRows.step();
        }
        const QJsonArray vetoes = ordered(rows);
        LP_TRY(visit(sheetRecord(heads, scores, vetoes)));
    }
    return {};
}

} // namespace lianping
