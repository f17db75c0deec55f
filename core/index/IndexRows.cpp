#include "IndexRows.h"

#include "core/storage/Database.h"

namespace lianping {

Result<void> IndexRows::upsertModel(Database& db, int year, int version, const QString& model,
                                    bool frozen, std::int64_t owner, std::int64_t updatedAt) {
    Statement& upsert = db.cached(
        "INSERT INTO index_models(uid, year, version, model, frozen, owner, updated_at) "
        "VALUES (lower(hex(randomblob(16))),?1,?2,?3,?4,?5,?6) ON CONFLICT (year, version) DO "
        "UPDATE SET model = ?3, frozen = ?4, owner = ?5, updated_at = ?6");
    if (!upsert.bind(1, year)
             .bind(2, version)
             .bind(3, model)
             .bind(4, frozen ? 1 : 0)
             .bind(5, owner)
             .bind(6, updatedAt)
             .exec())
        return fail(db.lastError());
    return {};
}

Result<std::int64_t> IndexRows::upsertRound(Database& db, const SurveyRoundFields& fields) {
    Statement& upsert = db.cached(
        "INSERT INTO survey_rounds(uid, year, name, conducted_by, on_date, method, sample, "
        "owner, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9) ON CONFLICT (uid) DO UPDATE "
        "SET name = ?3, conducted_by = ?4, on_date = ?5, method = ?6, sample = ?7, owner = ?8, "
        "updated_at = ?9");
    if (!upsert.bind(1, fields.uid)
             .bind(2, fields.year)
             .bind(3, fields.name)
             .bind(4, fields.conductedBy)
             .bind(5, fields.onDate)
             .bind(6, fields.method)
             .bind(7, fields.sample)
             .bind(8, fields.owner)
             .bind(9, fields.updatedAt)
             .exec())
        return fail(db.lastError());
    Statement& id = db.cached("SELECT id FROM survey_rounds WHERE uid = ?");
    if (!id.bind(1, fields.uid).step())
        return fail(db.lastError());
    const std::int64_t round = id.int64(0);
    id.reset();
    for (const char* sql : {"DELETE FROM survey_scores WHERE round_id = ?",
                            "DELETE FROM survey_answers WHERE round_id = ?"}) {
        Statement& clear = db.cached(sql);
        if (!clear.bind(1, round).exec())
            return fail(db.lastError());
    }
    return round;
}

Result<void> IndexRows::addRoundScore(Database& db, std::int64_t round,
                                      const SurveyRowFields& row) {
    Statement& score = db.cached("INSERT OR REPLACE INTO survey_scores(round_id, county, unit, "
                                 "aspect, score, n) VALUES (?,?,?,?,?,?)");
    if (!score.bind(1, round)
             .bind(2, row.county)
             .bind(3, row.unit)
             .bind(4, row.aspect)
             .bind(5, row.score)
             .bind(6, row.n)
             .exec())
        return fail(db.lastError());
    return {};
}

Result<void> IndexRows::addRoundAnswer(Database& db, std::int64_t round,
                                       const SurveyRowFields& row) {
    Statement& answer = db.cached("INSERT INTO survey_answers(round_id, county, unit, aspect, "
                                  "score, binary) VALUES (?,?,?,?,?,?)");
    if (!answer.bind(1, round)
             .bind(2, row.county)
             .bind(3, row.unit)
             .bind(4, row.aspect)
             .bind(5, row.score)
             .bind(6, row.binary ? 1 : 0)
             .exec())
        return fail(db.lastError());
    return {};
}

Result<void> IndexRows::upsertInput(Database& db, int year, const QString& county,
                                    const QString& aspect, double value, const QString& note,
                                    std::int64_t owner, std::int64_t updatedAt) {
    Statement& upsert = db.cached(
        "INSERT INTO index_inputs(year, county, aspect, value, note, owner, updated_at) VALUES "
        "(?1,?2,?3,?4,?5,?6,?7) ON CONFLICT (year, county, aspect) DO UPDATE SET value = ?4, "
        "note = ?5, owner = ?6, updated_at = ?7");
    if (!upsert.bind(1, year)
             .bind(2, county)
             .bind(3, aspect)
             .bind(4, value)
             .bind(5, note)
             .bind(6, owner)
             .bind(7, updatedAt)
             .exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
