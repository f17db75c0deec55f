#include "TaskRecords.h"

#include "core/common/CoreText.h"
#include "core/storage/Database.h"
#include "core/tasks/TaskRepository.h"
#include "core/tasks/TaskRows.h"

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
    return Record::draft(RecordKind::Task, QStringLiteral("task/") + q.text(0), q.int64(13),
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
        Record::draft(RecordKind::TaskProgress, QStringLiteral("task_progress/") + q.text(0),
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
    Result<std::int64_t> id =
        TaskRows::upsert(db, {.uid = uid,
                              .year = d.value(QStringLiteral("year")).toInt(),
                              .title = nonNull(str(d, "title")),
                              .kind = kind,
                              .action = nonNull(str(d, "action")),
                              .lead = nonNull(str(d, "lead")),
                              .co = nonNull(co.join(QLatin1Char('\n'))),
                              .county = nonNull(str(d, "county")),
                              .parentId = parent,
                              .split = split.isEmpty() ? QString() : split,
                              .target = nonNull(str(d, "target")),
                              .due = str(d, "due").isEmpty() ? QString() : str(d, "due"),
                              .owner = ownerId,
                              .updatedAt = in.version.stamp});
    if (!id)
        return id.error();
    std::vector<std::pair<QString, QString>> milestones;
    for (const QJsonValue& value : d.value(QStringLiteral("milestones")).toArray()) {
        const QJsonArray pair = value.toArray();
        milestones.emplace_back(nonNull(pair.at(0).toString()), nonNull(pair.at(1).toString()));
    }
    return TaskRows::replaceMilestones(db, *id, milestones);
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
    LP_TRY(TaskRows::upsertProgress(db, {.uid = uid,
                                         .taskId = *task,
                                         .onDate = str(d, "date"),
                                         .percent = percent,
                                         .note = nonNull(str(d, "note")),
                                         .operatorName = nonNull(str(d, "operator")),
                                         .owner = ownerId,
                                         .updatedAt = in.version.stamp}));
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
