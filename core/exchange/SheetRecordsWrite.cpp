// SheetRecords::write: an incoming sheet into this database (see SheetRecords.h).
#include "SheetRecords.h"

#include "core/common/CoreText.h"
#include "core/common/Ids.h"
#include "core/common/Points.h"
#include "core/history/History.h"
#include "core/model/Step.h"
#include "core/storage/Database.h"

#include <QJsonArray>

namespace lianping {

using records::str;

namespace {

std::optional<int> count(const QJsonArray& survey, int index) {
    return survey.size() == 3 ? std::optional<int>(survey[index].toInt()) : std::nullopt;
}

// The sheet's id: the one this database has for the enrolment and step, or a new row.
Result<std::pair<std::int64_t, bool>> sheetRow(Database& db, std::int64_t enrollment, Step step,
                                               const QJsonArray& survey, std::int64_t ownerId,
                                               std::int64_t stamp) {
    const std::optional<std::int64_t> existing =
        records::single(db, "SELECT id FROM sheets WHERE enrollment_id = ? AND step = ?",
                        {QString::number(enrollment), QString::number(static_cast<int>(step))});
    if (existing) {
        Statement& head =
            db.cached("UPDATE sheets SET satisfied = ?, basic = ?, unsatisfied = ?, "
                      "revision = revision + 1, owner = ?, updated_at = ? WHERE id = ?");
        head.bind(1, count(survey, 0))
            .bind(2, count(survey, 1))
            .bind(3, count(survey, 2))
            .bind(4, ownerId)
            .bind(5, stamp)
            .bind(6, *existing);
        if (!head.exec())
            return fail(db.lastError());
        for (const char* sql :
             {"DELETE FROM scores WHERE sheet_id = ?", "DELETE FROM vetoes WHERE sheet_id = ?"}) {
            Statement& clear = db.cached(sql);
            if (!clear.bind(1, *existing).exec())
                return fail(db.lastError());
        }
        return std::make_pair(*existing, false);
    }
    Statement& insert = db.cached("INSERT INTO sheets(uid, enrollment_id, step, satisfied, basic, "
                                  "unsatisfied, owner, updated_at) VALUES (?,?,?,?,?,?,?,?)");
    if (!insert.bind(1, newUid())
             .bind(2, enrollment)
             .bind(3, static_cast<int>(step))
             .bind(4, count(survey, 0))
             .bind(5, count(survey, 1))
             .bind(6, count(survey, 2))
             .bind(7, ownerId)
             .bind(8, stamp)
             .exec())
        return fail(db.lastError());
    return std::make_pair(db.lastInsertId(), true);
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
    Result<std::pair<std::int64_t, bool>> row =
        sheetRow(db, enrolled->first, *step, d.value(QStringLiteral("survey")).toArray(), ownerId,
                 in.version.stamp);
    if (!row)
        return row.error();
    const std::int64_t sheetId = row->first;
    if (context.deferredSheets)
        context.deferredSheets->push_back(sheetId);

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
    // One multi-row INSERT per sheet (a rubric has about ten scored indicators).
    const QJsonArray scores = d.value(QStringLiteral("scores")).toArray();
    if (!scores.isEmpty()) {
        QByteArray sql = "INSERT INTO scores(sheet_id, indicator_id, half_points, note) VALUES ";
        for (qsizetype i = 0; i < scores.size(); ++i)
            sql += i ? ",(?,?,?,?)" : "(?,?,?,?)";
        Statement& insert = db.cached(sql.constData());
        int index = 1;
        for (const QJsonValue& value : scores) {
            const QJsonArray score = value.toArray();
            Result<std::int64_t> indicatorId = indicator(score[0].toString());
            if (!indicatorId) {
                insert.reset();
                return indicatorId.error();
            }
            const QString scoreNote = score[2].toString();
            insert.bind(index, sheetId)
                .bind(index + 1, *indicatorId)
                .bind(index + 2, score[1].toInt())
                .bind(index + 3, scoreNote.isEmpty() ? QString() : scoreNote);
            index += 4;
        }
        if (!insert.exec())
            return fail(db.lastError());
    }
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
        Statement& insert =
            db.cached("INSERT INTO vetoes(sheet_id, indicator_id, reason) VALUES (?,?,?)");
        if (!insert.bind(1, sheetId).bind(2, *indicatorId).bind(3, veto[1].toString()).exec())
            return fail(db.lastError());
    }
    return !old || old->data.value(QStringLiteral("survey")) != d.value(QStringLiteral("survey")) ||
           old->data.value(QStringLiteral("vetoes")) != d.value(QStringLiteral("vetoes"));
}

} // namespace lianping
