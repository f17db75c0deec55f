#include "SheetRows.h"

#include "core/common/Ids.h"
#include "core/storage/Database.h"

namespace lianping {

Result<std::int64_t> SheetRows::insert(Database& db, const SheetFields& row) {
    Statement& insert = db.cached("INSERT INTO sheets(uid, enrollment_id, step, satisfied, basic, "
                                  "unsatisfied, points, scored, owner, updated_at) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, row.enrollmentId)
        .bind(3, row.step)
        .bind(4, row.satisfied)
        .bind(5, row.basic)
        .bind(6, row.unsatisfied)
        .bind(7, row.points)
        .bind(8, row.scored)
        .bind(9, row.owner)
        .bind(10, row.updatedAt);
    if (!insert.exec())
        return fail(db.lastError());
    return db.lastInsertId();
}

Result<void> SheetRows::reopen(Database& db, std::int64_t sheetId, const SheetFields& row) {
    for (const char* sql :
         {"DELETE FROM scores WHERE sheet_id = ?", "DELETE FROM vetoes WHERE sheet_id = ?"}) {
        Statement& clear = db.cached(sql);
        if (!clear.bind(1, sheetId).exec())
            return fail(db.lastError());
    }
    Statement& head = db.cached("UPDATE sheets SET satisfied = ?, basic = ?, unsatisfied = ?, "
                                "points = ?, scored = ?, revision = revision + 1, owner = ?, "
                                "updated_at = ? WHERE id = ?");
    head.bind(1, row.satisfied)
        .bind(2, row.basic)
        .bind(3, row.unsatisfied)
        .bind(4, row.points)
        .bind(5, row.scored)
        .bind(6, row.owner)
        .bind(7, row.updatedAt)
        .bind(8, sheetId);
    if (!head.exec())
        return fail(db.lastError());
    return {};
}

Result<void> SheetRows::insertScores(Database& db, std::int64_t sheetId,
                                     const std::vector<ScoreFields>& scores) {
    if (scores.empty())
        return {};
    QByteArray sql = "INSERT INTO scores(sheet_id, indicator_id, half_points, note) VALUES ";
    for (std::size_t i = 0; i < scores.size(); ++i)
        sql += i ? ",(?,?,?,?)" : "(?,?,?,?)";
    Statement& insert = db.cached(sql.constData());
    int index = 1;
    for (const ScoreFields& score : scores) {
        insert.bind(index, sheetId)
            .bind(index + 1, score.indicatorId)
            .bind(index + 2, score.halfPoints)
            .bind(index + 3, score.note.isEmpty() ? QString() : score.note);
        index += 4;
    }
    if (!insert.exec())
        return fail(db.lastError());
    return {};
}

Result<void> SheetRows::insertVeto(Database& db, std::int64_t sheetId, std::int64_t indicatorId,
                                   const QString& reason) {
    Statement& insert =
        db.cached("INSERT INTO vetoes(sheet_id, indicator_id, reason) VALUES (?,?,?)");
    if (!insert.bind(1, sheetId).bind(2, indicatorId).bind(3, reason).exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
