// SheetRecords::write: an incoming sheet into this database (see SheetRecords.h).
#include "SheetRecords.h"

#include "core/common/CoreText.h"
#include "core/common/Points.h"
#include "core/history/History.h"
#include "core/model/Step.h"
#include "core/scoring/SheetRows.h"
#include "core/storage/Database.h"

#include <QJsonArray>

namespace lianping {

using records::str;

namespace {

std::optional<int> count(const QJsonArray& survey, int index) {
    return survey.size() == 3 ? std::optional<int>(survey[index].toInt()) : std::nullopt;
}

// The sheet's id: the one this database has for the enrolment and step, or a new row. Without
// a local version (`known` false) there is none to look for.
Result<std::pair<std::int64_t, bool>> sheetRow(Database& db, const SheetFields& row, bool known) {
    const std::optional<std::int64_t> existing =
        known ? records::single(db, "SELECT id FROM sheets WHERE enrollment_id = ? AND step = ?",
                                {QString::number(row.enrollmentId), QString::number(row.step)})
              : std::nullopt;
    if (existing) {
        LP_TRY(SheetRows::reopen(db, *existing, row));
        return std::make_pair(*existing, false);
    }
    Result<std::int64_t> id = SheetRows::insert(db, row);
    if (!id)
        return id.error();
    return std::make_pair(*id, true);
}

} // namespace

Result<bool> SheetRecords::write(RecordContext& context, const Record& in,
                                 const std::optional<Record>& old, std::int64_t ownerId,
                                 const QString& note) {
    Database& db = context.db;
    const QJsonObject& d = in.data;
    const int year = in.year();
    Result<std::pair<std::int64_t, std::int64_t>> enrolled = records::enrollmentOf(context, d);
    if (!enrolled)
        return enrolled.error();
    const std::int64_t rubric = enrolled->second;
    const std::optional<Step> step = parseStep(str(d, "step"));
    if (!step)
        return fail(CoreText::tr("the package has a sheet of an unknown step"));
    auto indicator = [&](const QString& code) -> Result<std::int64_t> {
        const auto key = std::make_pair(rubric, code);
        const auto cached = context.cache.indicators.find(key);
        if (cached != context.cache.indicators.end())
            return cached->second;
        Result<std::int64_t> id = records::requireId(
            records::single(db, "SELECT id FROM indicators WHERE rubric_id = ? AND code = ?",
                            {QString::number(rubric), code}),
            CoreText::tr("indicator %1 of unit %2").arg(code, in.unitCode()));
        if (id)
            context.cache.indicators.emplace(key, *id);
        return id;
    };
    const QJsonArray scores = d.value(QStringLiteral("scores")).toArray();
    std::vector<ScoreFields> rows;
    rows.reserve(static_cast<std::size_t>(scores.size()));
    for (const QJsonValue& value : scores) {
        const QJsonArray score = value.toArray();
        Result<std::int64_t> indicatorId = indicator(score[0].toString());
        if (!indicatorId)
            return indicatorId.error();
        rows.push_back({*indicatorId, score[1].toInt(), score[2].toString()});
    }
    // In a bulk write the sheet carries its totals; otherwise the score trigger adds them.
    HalfPoints points = 0;
    if (context.totalsByHand)
        for (const ScoreFields& score : rows)
            points += score.halfPoints;
    const QJsonArray survey = d.value(QStringLiteral("survey")).toArray();
    Result<std::pair<std::int64_t, bool>> row =
        sheetRow(db,
                 SheetFields{.enrollmentId = enrolled->first,
                             .step = static_cast<int>(*step),
                             .satisfied = count(survey, 0),
                             .basic = count(survey, 1),
                             .unsatisfied = count(survey, 2),
                             .points = points,
                             .scored = context.totalsByHand ? static_cast<int>(rows.size()) : 0,
                             .owner = ownerId,
                             .updatedAt = in.version.stamp},
                 old.has_value());
    if (!row)
        return row.error();
    const std::int64_t sheetId = row->first;
    LP_TRY(SheetRows::insertScores(db, sheetId, rows));
    // The old value of every changed indicator into history.
    if (old) {
        std::map<QString, QJsonArray> before;
        for (const QJsonValue& value : old->data.value(QStringLiteral("scores")).toArray())
            before[value.toArray()[0].toString()] = value.toArray();
        const std::optional<std::int64_t> unitId = records::unitId(context, in.unitCode());
        const QString field = str(d, "step") + QLatin1Char(':');
        for (const QJsonValue& value : scores) {
            const QJsonArray score = value.toArray();
            const QString code = score[0].toString();
            const auto previous = before.find(code);
            const QString newValue = formatPoints(score[1].toInt());
            const QString oldValue =
                previous == before.end() ? QString() : formatPoints(previous->second[1].toInt());
            if (previous != before.end())
                before.erase(previous);
            if (oldValue != newValue)
                LP_TRY(History::record(db, {unitId, year, QStringLiteral("score"), field + code,
                                            oldValue, newValue, note}));
        }
        for (const auto& [code, score] : before) // scores the new version no longer has
            LP_TRY(History::record(db, {unitId, year, QStringLiteral("score"), field + code,
                                        formatPoints(score[1].toInt()), QString(), note}));
    }
    for (const QJsonValue& value : d.value(QStringLiteral("vetoes")).toArray()) {
        const QJsonArray veto = value.toArray();
        Result<std::int64_t> indicatorId = indicator(veto[0].toString());
        if (!indicatorId)
            return indicatorId.error();
        LP_TRY(SheetRows::insertVeto(db, sheetId, *indicatorId, veto[1].toString()));
    }
    return !old || old->data.value(QStringLiteral("survey")) != d.value(QStringLiteral("survey")) ||
           old->data.value(QStringLiteral("vetoes")) != d.value(QStringLiteral("vetoes"));
}

} // namespace lianping
