#include "TaskRecords.h"

#include "core/common/CoreText.h"
#include "core/storage/Database.h"
#include "core/tasks/TaskRepository.h"

#include <QDate>
#include <QJsonArray>

namespace lianping {

namespace {

QString str(const QJsonObject& data, const char* name) {
    return data.value(QLatin1String(name)).toString();
}

// The task a record names, which must be here already (parents travel before their parts).
Result<std::int64_t> requireTask(std::optional<std::int64_t> id, const QString& what) {
    if (!id)
        return fail(
            CoreText::tr("the package refers to %1, which is neither here nor in the package")
                .arg(what));
    return *id;
}

std::optional<std::int64_t> taskId(Database& db, const QString& uid) {
    Statement& query = db.cached("SELECT id FROM tasks WHERE uid = ?");
    if (!query.bind(1, uid).step()) {
        query.reset();
        return std::nullopt;
    }
    const std::int64_t id = query.int64(0);
    query.reset();
    return id;
}

constexpr const char* taskColumns =
    "SELECT t.uid, t.year, t.title, t.kind, t.action, t.lead, t.co, t.county, "
    "coalesce(p.uid, ''), coalesce(t.split, ''), t.target, coalesce(t.due, ''), o.uid, "
    "t.updated_at, t.id FROM tasks t LEFT JOIN tasks p ON p.id = t.parent_id "
    "JOIN offices o ON o.id = t.owner";

Record taskRecord(Database& db, const Statement& q) {
    const QString co = q.text(6);
    QJsonArray milestones;
    Statement& m =
        db.cached("SELECT on_date, text FROM task_milestones WHERE task_id = ? ORDER BY position");
    m.bind(1, q.int64(14));
    while (m.step())
        milestones.append(QJsonArray{m.text(0), m.text(1)});
    QJsonObject data{
        {QStringLiteral("year"), q.integer(1)},
        {QStringLiteral("title"), q.text(2)},
        {QStringLiteral("kind"), q.text(3)},
        {QStringLiteral("action"), q.text(4)},
        {QStringLiteral("lead"), q.text(5)},
        {QStringLiteral("co"),
         QJsonArray::fromStringList(co.isEmpty() ? QStringList() : co.split(QLatin1Char('\n')))},
        {QStringLiteral("county"), q.text(7)},
        {QStringLiteral("parent"), q.text(8)},
        {QStringLiteral("split"), q.text(9)},
        {QStringLiteral("target"), q.text(10)},
        {QStringLiteral("due"), q.text(11)},
        {QStringLiteral("milestones"), milestones}};
    return Record::make(RecordKind::Task, QStringLiteral("task/") + q.text(0), q.int64(13),
                        q.text(12), std::move(data));
}

std::optional<Record> loadTask(Database& db, std::int64_t id) {
    Statement& q = db.cached((QByteArray(taskColumns) + " WHERE t.id = ?").constData());
    if (!q.bind(1, id).step())
        return std::nullopt;
    Record record = taskRecord(db, q);
    q.reset();
    return record;
}

std::optional<Record> loadTaskProgress(Database& db, std::int64_t id) {
    Statement& q = db.cached(
        "SELECT e.uid, t.year, t.uid, t.county, e.on_date, e.percent, e.note, e.operator, o.uid, "
        "e.updated_at FROM task_progress e JOIN tasks t ON t.id = e.task_id "
        "JOIN offices o ON o.id = e.owner WHERE e.id = ?");
    if (!q.bind(1, id).step())
        return std::nullopt;
    QJsonObject data{{QStringLiteral("year"), q.integer(1)}, {QStringLiteral("task"), q.text(2)},
                     {QStringLiteral("county"), q.text(3)},  {QStringLiteral("date"), q.text(4)},
                     {QStringLiteral("percent"), q.real(5)}, {QStringLiteral("note"), q.text(6)},
                     {QStringLiteral("operator"), q.text(7)}};
    Record record =
        Record::make(RecordKind::TaskProgress, QStringLiteral("task_progress/") + q.text(0),
                     q.int64(9), q.text(8), std::move(data));
    q.reset();
    return record;
}

Result<void> writeTask(Database& db, const Record& in, std::int64_t ownerId) {
    const QJsonObject& d = in.data;
    const QString uid = in.key.section(QLatin1Char('/'), 1);
    const QString kind = str(d, "kind");
    const QString split = str(d, "split");
    const QString parentUid = str(d, "parent");
    if (kind != QLatin1String("common") && kind != QLatin1String("specific") &&
        kind != QLatin1String("extended"))
        return fail(CoreText::tr("the package contents are damaged"));
    std::optional<std::int64_t> parent;
    if (!parentUid.isEmpty()) {
        Result<std::int64_t> found =
            requireTask(taskId(db, parentUid), CoreText::tr("task %1").arg(parentUid));
        if (!found)
            return found.error();
        parent = *found;
    }
    QStringList co;
    for (const QJsonValue& value : d.value(QStringLiteral("co")).toArray())
        co << value.toString();
    const auto nonNull = [](const QString& text) {
        return text.isNull() ? QStringLiteral("") : text;
    };
    Statement& upsert = db.cached(
        "INSERT INTO tasks(uid, year, title, kind, action, lead, co, county, parent_id, split, "
        "target, due, owner, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14) "
        "ON CONFLICT (uid) DO UPDATE SET title = ?3, kind = ?4, action = ?5, lead = ?6, co = ?7, "
        "county = ?8, parent_id = ?9, split = ?10, target = ?11, due = ?12, owner = ?13, "
        "updated_at = ?14");
    upsert.bind(1, uid)
        .bind(2, d.value(QStringLiteral("year")).toInt())
        .bind(3, nonNull(str(d, "title")))
        .bind(4, kind)
        .bind(5, nonNull(str(d, "action")))
        .bind(6, nonNull(str(d, "lead")))
        .bind(7, nonNull(co.join(QLatin1Char('\n'))))
        .bind(8, nonNull(str(d, "county")))
        .bind(9, parent)
        .bind(10, split.isEmpty() ? QString() : split)
        .bind(11, nonNull(str(d, "target")))
        .bind(12, str(d, "due").isEmpty() ? QString() : str(d, "due"))
        .bind(13, ownerId)
        .bind(14, in.version.stamp);
    if (!upsert.exec())
        return fail(db.lastError());
    const std::int64_t id = *taskId(db, uid);
    Statement& clear = db.cached("DELETE FROM task_milestones WHERE task_id = ?");
    if (!clear.bind(1, id).exec())
        return fail(db.lastError());
    Statement& milestone =
        db.cached("INSERT INTO task_milestones(task_id, position, on_date, text) VALUES (?,?,?,?)");
    int position = 0;
    for (const QJsonValue& value : d.value(QStringLiteral("milestones")).toArray()) {
        const QJsonArray pair = value.toArray();
        if (!milestone.bind(1, id)
                 .bind(2, position++)
                 .bind(3, nonNull(pair.at(0).toString()))
                 .bind(4, nonNull(pair.at(1).toString()))
                 .exec())
            return fail(db.lastError());
    }
    return {};
}

Result<void> writeProgress(Database& db, const Record& in, std::int64_t ownerId) {
    const QJsonObject& d = in.data;
    const QString uid = in.key.section(QLatin1Char('/'), 1);
    Result<std::int64_t> task =
        requireTask(taskId(db, str(d, "task")), CoreText::tr("task %1").arg(str(d, "task")));
    if (!task)
        return task.error();
    const double percent = d.value(QStringLiteral("percent")).toDouble(-1);
    if (!(percent >= 0 && percent <= 100) ||
        !QDate::fromString(str(d, "date"), Qt::ISODate).isValid())
        return fail(CoreText::tr("the package contents are damaged"));
    const auto nonNull = [](const QString& text) {
        return text.isNull() ? QStringLiteral("") : text;
    };
    Statement& upsert = db.cached(
        "INSERT INTO task_progress(uid, task_id, on_date, percent, note, operator, owner, "
        "updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT (uid) DO UPDATE SET "
        "on_date = ?3, percent = ?4, note = ?5, operator = ?6, owner = ?7, updated_at = ?8");
    if (!upsert.bind(1, uid)
             .bind(2, *task)
             .bind(3, str(d, "date"))
             .bind(4, percent)
             .bind(5, nonNull(str(d, "note")))
             .bind(6, nonNull(str(d, "operator")))
             .bind(7, ownerId)
             .bind(8, in.version.stamp)
             .exec())
        return fail(db.lastError());
    return TaskRepository::refresh(db, *task);
}

} // namespace

bool TaskRecords::handles(RecordKind kind) {
    return kind == RecordKind::Task || kind == RecordKind::TaskProgress;
}

std::optional<Record> TaskRecords::load(Database& db, RecordKind kind, const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    if (kind == RecordKind::Task) {
        const std::optional<std::int64_t> id = taskId(db, parts[1]);
        return id ? loadTask(db, *id) : std::nullopt;
    }
    Statement& query = db.cached("SELECT id FROM task_progress WHERE uid = ?");
    if (!query.bind(1, parts[1]).step()) {
        query.reset();
        return std::nullopt;
    }
    const std::int64_t id = query.int64(0);
    query.reset();
    return loadTaskProgress(db, id);
}

Result<void> TaskRecords::forEach(Database& db, const RecordScope& scope,
                                  const RecordStore::RecordVisitor& visit) {
    // The year's ledger goes with a package of every type: all of it, or for a county's
    // package its county's tasks and parts and the tasks they are parts of. Parents before
    // parts (a part is always made after its task), then the progress entries.
    if (!scope.typeCode.isEmpty())
        return {};
    const QByteArray inScope =
        scope.county.isEmpty()
            ? QByteArray("SELECT id FROM tasks WHERE year = ?1")
            : QByteArray("WITH RECURSIVE chosen(id, parent_id) AS ("
                         "SELECT id, parent_id FROM tasks WHERE year = ?1 AND county = ?2 "
                         "UNION SELECT t.id, t.parent_id FROM tasks t JOIN chosen c ON "
                         "t.id = c.parent_id) SELECT id FROM chosen");
    const auto bind = [&](Statement& query) {
        query.bind(1, scope.year);
        if (!scope.county.isEmpty())
            query.bind(2, scope.county);
    };
    Statement tasks = db.prepare(
        (QByteArray(taskColumns) + " WHERE t.id IN (" + inScope + ") ORDER BY t.id").constData());
    bind(tasks);
    while (tasks.step())
        LP_TRY(visit(taskRecord(db, tasks)));
    // Entries of the county's own tasks only: a city task's entries stay the city's.
    Statement entries = db.prepare(
        scope.county.isEmpty()
            ? "SELECT e.id FROM task_progress e JOIN tasks t ON t.id = e.task_id WHERE t.year = ?1 "
              "ORDER BY e.id"
            : "SELECT e.id FROM task_progress e JOIN tasks t ON t.id = e.task_id WHERE t.year = ?1 "
              "AND t.county = ?2 ORDER BY e.id");
    bind(entries);
    std::vector<std::int64_t> ids;
    while (entries.step())
        ids.push_back(entries.int64(0));
    for (std::int64_t id : ids)
        if (std::optional<Record> record = loadTaskProgress(db, id))
            LP_TRY(visit(std::move(*record)));
    return {};
}

Result<void> TaskRecords::write(Database& db, const Record& incoming, std::int64_t ownerId) {
    return incoming.kind == RecordKind::Task ? writeTask(db, incoming, ownerId)
                                             : writeProgress(db, incoming, ownerId);
}

} // namespace lianping
