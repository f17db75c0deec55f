#include "SheetRecords.h"

#include "core/common/JsonText.h"
#include "core/model/Step.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace lianping {

namespace {

constexpr const char* headColumns =
    "SELECT sh.id, c.year, u.code, sh.step, sh.satisfied, sh.basic, sh.unsatisfied, o.uid, "
    "sh.updated_at FROM sheets sh JOIN enrollments e ON e.id = sh.enrollment_id "
    "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id "
    "JOIN offices o ON o.id = sh.owner";

// One score or veto row of a sheet: its indicator code and the rest of the row as JSON.
struct SheetRow {
    QString code;
    QByteArray rest; // ,half_points,"note" or ,"reason"
};

// Code-point order, the order of SQLite's text (its UTF-8 bytes): UTF-16 order but for the
// halves of a pair (a character beyond U+FFFF), which come after U+E000…U+FFFF.
bool codePointLess(QStringView a, QStringView b) {
    const auto rank = [](char16_t u) {
        return u < 0xd800 ? u : static_cast<char16_t>(u >= 0xe000 ? u - 0x800 : u + 0x2000);
    };
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i)
        if (a[i] != b[i])
            return rank(a[i].unicode()) < rank(b[i].unicode());
    return a.size() < b.size();
}

// A sheet's rows in indicator-code order.
void appendRows(QByteArray& out, std::vector<SheetRow>& rows) {
    std::sort(rows.begin(), rows.end(),
              [](const SheetRow& a, const SheetRow& b) { return codePointLess(a.code, b.code); });
    out += '[';
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out += i ? ",[" : "[";
        json::appendString(out, rows[i].code);
        out += rows[i].rest;
        out += ']';
    }
    out += ']';
    rows.clear();
}

SheetRow scoreRow(const Statement& q, int first) {
    SheetRow row{q.text(first), QByteArray(",")};
    json::appendInt(row.rest, q.integer(first + 1));
    row.rest += ',';
    json::appendString(row.rest, q.text(first + 2));
    return row;
}

SheetRow vetoRow(const Statement& q, int first) {
    SheetRow row{q.text(first), QByteArray(",")};
    json::appendString(row.rest, q.text(first + 1));
    return row;
}

// A sheet from its head row (id, year, unit, step, three ballot counts, owner, updated_at) and
// its scores and vetoes. Its data is written as text, keys in order:
// {"scores":[[code,half_points,note],…],"step":…,"survey":[…]|null,"unit":…,"vetoes":[[code,
// reason],…],"year":…}.
Record sheetRecord(const Statement& q, std::vector<SheetRow>& scores,
                   std::vector<SheetRow>& vetoes) {
    const int year = q.integer(1);
    const QString unit = q.text(2);
    const QString step = stepName(static_cast<Step>(q.integer(3)));
    QByteArray data;
    data.reserve(64 + 24 * qsizetype(scores.size() + vetoes.size()) + unit.size());
    data += "{\"scores\":";
    appendRows(data, scores);
    data += ",\"step\":";
    json::appendString(data, step);
    data += ",\"survey\":";
    if (q.isNull(4)) {
        data += "null";
    } else {
        data += '[';
        json::appendInt(data, q.integer(4));
        data += ',';
        json::appendInt(data, q.integer(5));
        data += ',';
        json::appendInt(data, q.integer(6));
        data += ']';
    }
    data += ",\"unit\":";
    json::appendString(data, unit);
    data += ",\"vetoes\":";
    appendRows(data, vetoes);
    data += ",\"year\":";
    json::appendInt(data, year);
    data += '}';
    return Record::draftText(RecordKind::Sheet,
                             QStringLiteral("sheet/%1/%2/%3").arg(year).arg(unit, step), q.int64(8),
                             q.text(7), std::move(data));
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
    std::vector<SheetRow> scores;
    Statement& s = db.cached("SELECT i.code, s.half_points, coalesce(s.note, '') FROM scores s "
                             "JOIN indicators i ON i.id = s.indicator_id WHERE s.sheet_id = ?");
    s.bind(1, *id);
    while (s.step())
        scores.push_back(scoreRow(s, 0));
    std::vector<SheetRow> vetoes;
    Statement& v = db.cached("SELECT i.code, v.reason FROM vetoes v JOIN indicators i ON i.id = "
                             "v.indicator_id WHERE v.sheet_id = ?");
    v.bind(1, *id);
    while (v.step())
        vetoes.push_back(vetoRow(v, 0));
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
    std::vector<SheetRow> scores;
    std::vector<SheetRow> vetoes;
    while (heads.step()) {
        const std::int64_t id = heads.int64(0);
        while (moreScores && scoreRows.int64(0) < id)
            moreScores = scoreRows.step();
        while (moreScores && scoreRows.int64(0) == id) {
            scores.push_back(scoreRow(scoreRows, 1));
            moreScores = scoreRows.step();
        }
        while (moreVetoes && vetoRows.int64(0) < id)
            moreVetoes = vetoRows.step();
        while (moreVetoes && vetoRows.int64(0) == id) {
            vetoes.push_back(vetoRow(vetoRows, 1));
            moreVetoes = vetoRows.step();
        }
        LP_TRY(visit(sheetRecord(heads, scores, vetoes)));
    }
    return {};
}

} // namespace lianping
