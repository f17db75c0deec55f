#include "TaskRows.h"

#include "core/storage/Database.h"

namespace lianping {

Result<std::int64_t> TaskRows::upsert(Database& db, const TaskFields& fields) {
    Statement& upsert = db.cached(
        "INSERT INTO tasks(uid, year, title, kind, action, lead, co, county, parent_id, split, "
        "target, due, owner, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14) "
        "ON CONFLICT (uid) DO UPDATE SET title = ?3, kind = ?4, action = ?5, lead = ?6, co = ?7, "
        "county = ?8, parent_id = ?9, split = ?10, target = ?11, due = ?12, owner = ?13, "
        "updated_at = ?14");
    upsert.bind(1, fields.uid)
        .bind(2, fields.year)
        .bind(3, fields.title)
        .bind(4, fields.kind)
        .bind(5, fields.action)
        .bind(6, fields.lead)
        .bind(7, fields.co)
        .bind(8, fields.county)
        .bind(9, fields.parentId)
        .bind(10, fields.split)
        .bind(11, fields.target)
        .bind(12, fields.due)
        .bind(13, fields.owner)
        .bind(14, fields.updatedAt);
    if (!upsert.exec())
        return fail(db.lastError());
    Statement& id = db.cached("SELECT id FROM tasks WHERE uid = ?");
    if (!id.bind(1, fields.uid).step())
        return fail(db.lastError());
    const std::int64_t taskId = id.int64(0);
    id.reset();
    return taskId;
}

Result<void> TaskRows::replaceMilestones(Database& db, std::int64_t taskId,
                                         const std::vector<std::pair<QString, QString>>& dated) {
    Statement& clear = db.cached("DELETE FROM task_milestones WHERE task_id = ?");
    if (!clear.bind(1, taskId).exec())
        return fail(db.lastError());
    Statement& milestone =
        db.cached("INSERT INTO task_milestones(task_id, position, on_date, text) VALUES (?,?,?,?)");
    int position = 0;
    for (const auto& [date, text] : dated)
        if (!milestone.bind(1, taskId).bind(2, position++).bind(3, date).bind(4, text).exec())
            return fail(db.lastError());
    return {};
}

Result<void> TaskRows::upsertProgress(Database& db, const TaskProgressFields& fields) {
    Statement& upsert = db.cached(
        "INSERT INTO task_progress(uid, task_id, on_date, percent, note, operator, owner, "
        "updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT (uid) DO UPDATE SET "
        "on_date = ?3, percent = ?4, note = ?5, operator = ?6, owner = ?7, updated_at = ?8");
    if (!upsert.bind(1, fields.uid)
             .bind(2, fields.taskId)
             .bind(3, fields.onDate)
             .bind(4, fields.percent)
             .bind(5, fields.note)
             .bind(6, fields.operatorName)
             .bind(7, fields.owner)
             .bind(8, fields.updatedAt)
             .exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
