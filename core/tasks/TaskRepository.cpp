#include "TaskRepository.h"

#include "core/common/CellText.h"
#include "core/common/CoreText.h"
#include "core/common/Ids.h"
#include "core/common/Limits.h"
#include "core/history/History.h"
#include "core/office/Office.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/tasks/TaskDates.h"

#include <QRegularExpression>

namespace lianping {

namespace {

const QChar coSeparator = QLatin1Char('\n');

// A NOT NULL text column: an absent value is stored as ''.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString percentText(double percent) {
    return QString::number(percent, 'f', percent == static_cast<int>(percent) ? 0 : 1) +
           QStringLiteral(" %");
}

Task readTask(const Statement& q) {
    Task task;
    task.id = q.int64(0);
    task.year = q.integer(1);
    task.title = q.text(2);
    task.kind = q.text(3);
    task.action = q.text(4);
    task.lead = q.text(5);
    const QString co = q.text(6);
    task.co = co.isEmpty() ? QStringList() : co.split(coSeparator);
    task.county = q.text(7);
    task.parent = q.optInt64(8);
    task.split = q.text(9);
    task.target = q.text(10);
    task.due = QDate::fromString(q.text(11), Qt::ISODate);
    task.doneOn = QDate::fromString(q.text(12), Qt::ISODate);
    task.percent = q.real(13);
    task.progressOn = QDate::fromString(q.text(14), Qt::ISODate);
    task.progressNote = q.text(15);
    return task;
}

constexpr const char* taskColumns =
    "SELECT id, year, title, kind, action, lead, co, county, parent_id, split, target, due, "
    "done_on, percent, progress_on, progress_note FROM tasks ";

} // namespace

QString taskStatusName(TaskStatus status) {
    switch (status) {
    case TaskStatus::Done:
        return QStringLiteral("done");
    case TaskStatus::OnTrack:
        return QStringLiteral("on-track");
    case TaskStatus::DueSoon:
        return QStringLiteral("due-soon");
    case TaskStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

std::optional<TaskStatus> parseTaskStatus(const QString& name) {
    for (TaskStatus status :
         {TaskStatus::Done, TaskStatus::OnTrack, TaskStatus::DueSoon, TaskStatus::Overdue})
        if (name == taskStatusName(status))
            return status;
    const QString text = CellText::clean(name);
    if (text == QStringLiteral("已完成") || text == QStringLiteral("完成"))
        return TaskStatus::Done;
    if (text == QStringLiteral("正常推进") || text == QStringLiteral("按期推进"))
        return TaskStatus::OnTrack;
    if (text == QStringLiteral("即将到期"))
        return TaskStatus::DueSoon;
    if (text == QStringLiteral("逾期") || text == QStringLiteral("已逾期"))
        return TaskStatus::Overdue;
    return std::nullopt;
}

const QStringList& TaskRepository::defaultActions() {
    static const QStringList actions = {QStringLiteral("机关"), QStringLiteral("学校"),
                                        QStringLiteral("医院"), QStringLiteral("企业"),
                                        QStringLiteral("中介"), QStringLiteral("村社"),
                                        QStringLiteral("家庭")};
    return actions;
}

QString TaskRepository::kindCode(const QString& raw) {
    const QString text = CellText::clean(raw).toLower();
    if (text == QStringLiteral("common") || text.startsWith(QStringLiteral("共性")))
        return QStringLiteral("common");
    if (text == QStringLiteral("specific") || text.startsWith(QStringLiteral("个性")))
        return QStringLiteral("specific");
    if (text == QStringLiteral("extended") || text.startsWith(QStringLiteral("延伸")))
        return QStringLiteral("extended");
    return {};
}

QString TaskRepository::splitCode(const QString& raw) {
    const QString text = CellText::clean(raw).toLower();
    if (text == QStringLiteral("inner") || text == QStringLiteral("内分"))
        return QStringLiteral("inner");
    if (text == QStringLiteral("outer") || text == QStringLiteral("外分"))
        return QStringLiteral("outer");
    if (text == QStringLiteral("down") || text == QStringLiteral("下分"))
        return QStringLiteral("down");
    return {};
}

QString TaskRepository::actionName(const QString& raw) {
    // "清廉学校建设行动", "廉洁学校", "学校" → 学校; another action is kept as written.
    const QString text = CellText::clean(raw);
    for (const QString& action : defaultActions()) {
        QString rest = text;
        for (const QString& prefix : {QStringLiteral("清廉"), QStringLiteral("廉洁")})
            if (rest.startsWith(prefix))
                rest = rest.mid(prefix.size());
        for (const QString& suffix : {QStringLiteral("行动"), QStringLiteral("建设")})
            if (rest.endsWith(suffix))
                rest.chop(suffix.size());
        if (rest == action || (action == QStringLiteral("村社") && rest == QStringLiteral("村居")))
            return action;
    }
    return text;
}

Result<void> TaskRepository::checkInput(const TaskInput& input, std::optional<Task>& parent) const {
    if (input.year < 2000 || input.year > 2100)
        return fail(CoreText::tr("year %1 is not a campaign year").arg(input.year));
    if (CellText::clean(input.title).isEmpty())
        return fail(CoreText::tr("a task needs a title (--title)"));
    LP_TRY(Limits::text(CoreText::tr("title"), input.title, Limits::NoteLength));
    if (kindCode(input.kind).isEmpty())
        return fail(CoreText::tr("task kind '%1' is none of common (共性), specific (个性), "
                                 "extended (延伸)")
                        .arg(input.kind));
    if (CellText::clean(input.lead).isEmpty())
        return fail(CoreText::tr("a task needs a lead department (--lead)"));
    LP_TRY(Limits::text(CoreText::tr("lead department"), input.lead, Limits::NameLength));
    for (const QString& co : input.co)
        LP_TRY(Limits::text(CoreText::tr("co-organising department"), co, Limits::NameLength));
    LP_TRY(Limits::text(CoreText::tr("county"), input.county, Limits::NameLength));
    LP_TRY(Limits::text(CoreText::tr("action"), input.action, Limits::NameLength));
    LP_TRY(Limits::text(CoreText::tr("target"), input.target, Limits::NoteLength, true));
    const std::optional<QDate> due = TaskDates::parse(input.due, input.year);
    if (!due)
        return fail(
            CoreText::tr("due date '%1' is not a date (write it as YYYY-MM-DD)").arg(input.due));
    if (due->isValid() && due->year() < input.year)
        return fail(CoreText::tr("due date %1 is before the task's year %2")
                        .arg(isoDate(*due))
                        .arg(input.year));
    for (const TaskMilestone& milestone : input.milestones) {
        if (!milestone.date.isValid())
            return fail(CoreText::tr("a milestone needs a date (YYYY-MM-DD)"));
        LP_TRY(Limits::text(CoreText::tr("milestone"), milestone.text, Limits::NoteLength));
    }
    if (input.parent) {
        parent = find(*input.parent);
        if (!parent)
            return fail(CoreText::tr("no task %1 to split (--parent)").arg(*input.parent));
        if (parent->year != input.year)
            return fail(CoreText::tr("task %1 belongs to %2, not to %3")
                            .arg(*input.parent)
                            .arg(parent->year)
                            .arg(input.year));
        if (splitCode(input.split).isEmpty())
            return fail(CoreText::tr("a part of task %1 needs --split inner (内分), outer (外分) "
                                     "or down (下分), not '%2'")
                            .arg(*input.parent)
                            .arg(input.split));
        if (parent->doneOn.isValid())
            return fail(CoreText::tr("task %1 is done: it takes no new parts").arg(parent->id));
        Statement& entries = m_db.cached("SELECT count(*) FROM task_progress WHERE task_id = ?");
        entries.bind(1, parent->id).step();
        const int count = entries.integer(0);
        entries.reset();
        if (count > 0)
            return fail(CoreText::tr("task %1 already has progress of its own: split it before "
                                     "recording progress")
                            .arg(parent->id));
    } else if (!CellText::clean(input.split).isEmpty()) {
        return fail(CoreText::tr("--split needs the task it splits (--parent)"));
    }
    return {};
}

Result<std::int64_t> TaskRepository::add(const TaskInput& input) {
    std::optional<Task> parent;
    LP_TRY(checkInput(input, parent));
    QDate due = *TaskDates::parse(input.due, input.year);
    if (!due.isValid() && parent && CellText::clean(input.due).isEmpty())
        due = parent->due; // a part is due with its task unless it says otherwise
    QStringList co;
    for (const QString& name : input.co)
        for (const QString& part :
             name.split(QRegularExpression(QStringLiteral("[、，,;；\\n]")), Qt::SkipEmptyParts))
            if (!CellText::clean(part).isEmpty() && !co.contains(CellText::clean(part)))
                co << CellText::clean(part);
    QString action = actionName(input.action);
    if (action.isEmpty() && parent)
        action = parent->action;

    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& insert = m_db.cached(
        "INSERT INTO tasks(uid, year, title, kind, action, lead, co, county, parent_id, split, "
        "target, due, owner, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, input.year)
        .bind(3, CellText::clean(input.title))
        .bind(4, kindCode(input.kind))
        .bind(5, text(action))
        .bind(6, CellText::clean(input.lead))
        .bind(7, text(co.join(coSeparator)))
        .bind(8, text(CellText::clean(input.county)))
        .bind(9, input.parent)
        .bind(10, parent ? splitCode(input.split) : QString())
        .bind(11, text(input.target.trimmed()))
        .bind(12, due.isValid() ? isoDate(due) : QString())
        .bind(13, m_db.officeId())
        .bind(14, nowMs());
    if (!insert.exec())
        return fail(m_db.lastError());
    const std::int64_t id = m_db.lastInsertId();
    Statement& milestone = m_db.cached(
        "INSERT INTO task_milestones(task_id, position, on_date, text) VALUES (?,?,?,?)");
    int position = 0;
    for (const TaskMilestone& m : input.milestones)
        if (!milestone.bind(1, id)
                 .bind(2, position++)
                 .bind(3, isoDate(m.date))
                 .bind(4, text(m.text.trimmed()))
                 .exec())
            return fail(m_db.lastError());
    LP_TRY(History::record(m_db, {std::nullopt,
                                  input.year,
                                  QStringLiteral("task"),
                                  QString::number(id),
                                  {},
                                  CellText::clean(input.title),
                                  {}}));
    LP_TRY(transaction.commit());
    return id;
}

Result<void> TaskRepository::checkProgress(const std::optional<Task>& task, std::int64_t id) const {
    if (!task)
        return fail(CoreText::tr("no task %1").arg(id));
    Statement& parts = m_db.cached("SELECT count(*) FROM tasks WHERE parent_id = ?");
    parts.bind(1, id).step();
    const int partCount = parts.integer(0);
    parts.reset();
    if (partCount > 0)
        return fail(CoreText::tr("task %1 is split into %2 parts: record progress on its parts")
                        .arg(id)
                        .arg(partCount));
    if (task->doneOn.isValid())
        return fail(
            CoreText::tr("task %1 is already done (%2)").arg(id).arg(isoDate(task->doneOn)));
    // A county office records progress on its county's tasks and parts; the city on the rest.
    const Office office = Offices::current(m_db);
    if ((office.role == Role::County && task->county != office.county) || office.role == Role::Unit)
        return fail(CoreText::tr("%1 does not record progress on task %2 (%3): its progress "
                                 "comes from %4")
                        .arg(office.describe())
                        .arg(id)
                        .arg(task->title)
                        .arg(task->county.isEmpty()
                                 ? CoreText::tr("the city office")
                                 : CoreText::tr("the county office of %1").arg(task->county)));
    return {};
}

Result<void> TaskRepository::addEntry(const Task& task, double percent, const QString& note,
                                      const QDate& date) {
    Statement& insert = m_db.cached(
        "INSERT INTO task_progress(uid, task_id, on_date, percent, note, operator, owner, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?)");
    if (!insert.bind(1, newUid())
             .bind(2, task.id)
             .bind(3, isoDate(date))
             .bind(4, percent)
             .bind(5, text(note.trimmed()))
             .bind(6, text(m_db.operatorName()))
             .bind(7, m_db.officeId())
             .bind(8, nowMs())
             .exec())
        return fail(m_db.lastError());
    return refresh(m_db, task.id);
}

Result<void> TaskRepository::refresh(Database& db, std::int64_t id) {
    // The latest entry (by date, then as recorded) gives the progress; the first entry of
    // 100 % the day the task was done. The task's own record (and its version) is untouched.
    Statement& update = db.cached(
        "UPDATE tasks SET "
        "percent = coalesce((SELECT percent FROM task_progress WHERE task_id = ?1 "
        "ORDER BY on_date DESC, id DESC LIMIT 1), 0), "
        "progress_on = (SELECT max(on_date) FROM task_progress WHERE task_id = ?1), "
        "progress_note = coalesce((SELECT note FROM task_progress WHERE task_id = ?1 "
        "ORDER BY on_date DESC, id DESC LIMIT 1), ''), "
        "done_on = (SELECT min(on_date) FROM task_progress WHERE task_id = ?1 AND percent >= 100) "
        "WHERE id = ?1");
    if (!update.bind(1, id).exec())
        return fail(db.lastError());
    return {};
}

Result<void> TaskRepository::progress(std::int64_t id, double percent, const QString& note,
                                      QDate date) {
    if (!(percent >= 0 && percent <= 100))
        return fail(CoreText::tr("a percent is between 0 and 100, not %1").arg(percent));
    LP_TRY(Limits::text(CoreText::tr("note"), note, Limits::NoteLength, true));
    const std::optional<Task> task = find(id);
    LP_TRY(checkProgress(task, id));
    if (!date.isValid())
        date = QDate::currentDate();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    LP_TRY(addEntry(*task, percent, note, date));
    LP_TRY(History::record(m_db, {std::nullopt, task->year, QStringLiteral("task"),
                                  QStringLiteral("progress %1").arg(id), percentText(task->percent),
                                  percentText(percent), note}));
    return transaction.commit();
}

Result<void> TaskRepository::done(std::int64_t id, QDate date, const QString& note) {
    LP_TRY(Limits::text(CoreText::tr("note"), note, Limits::NoteLength, true));
    const std::optional<Task> task = find(id);
    if (task && !task->doneOn.isValid()) {
        Statement& parts = m_db.cached("SELECT count(*) FROM tasks WHERE parent_id = ?");
        parts.bind(1, id).step();
        const int partCount = parts.integer(0);
        parts.reset();
        if (partCount > 0)
            return fail(CoreText::tr("task %1 is split into %2 parts: it is done when they all are")
                            .arg(id)
                            .arg(partCount));
    }
    LP_TRY(checkProgress(task, id));
    if (!date.isValid())
        date = QDate::currentDate();
    // Done is a progress entry of 100 %: it travels in packages with the other entries.
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    LP_TRY(addEntry(*task, 100.0, note, date));
    LP_TRY(History::record(m_db, {std::nullopt,
                                  task->year,
                                  QStringLiteral("task"),
                                  QStringLiteral("done %1").arg(id),
                                  {},
                                  isoDate(date),
                                  note}));
    return transaction.commit();
}

Result<void> TaskRepository::recordDocument(std::int64_t id, const TaskDocument& document) {
    Statement& insert = m_db.cached(
        "INSERT INTO task_documents(task_id, kind, number, period, issued_on, operator, "
        "created_at) VALUES (?,?,?,?,?,?,?)");
    if (!insert.bind(1, id)
             .bind(2, document.kind)
             .bind(3, document.number)
             .bind(4, text(document.period))
             .bind(5, isoDate(document.date))
             .bind(6, text(m_db.operatorName()))
             .bind(7, nowMs())
             .exec())
        return fail(m_db.lastError());
    return {};
}

std::optional<Task> TaskRepository::find(std::int64_t id) const {
    static const QByteArray sql = QByteArray(taskColumns) + "WHERE id = ?";
    Statement& query = m_db.cached(sql.constData());
    query.bind(1, id);
    std::optional<Task> task;
    if (query.step())
        task = readTask(query);
    query.reset();
    return task;
}

std::vector<Task> TaskRepository::list(int year) const {
    static const QByteArray sql = QByteArray(taskColumns) + "WHERE year = ? ORDER BY id";
    Statement& query = m_db.cached(sql.constData());
    query.bind(1, year);
    std::vector<Task> tasks;
    while (query.step())
        tasks.push_back(readTask(query));
    return tasks;
}

std::vector<TaskProgress> TaskRepository::progressOf(std::int64_t id) const {
    Statement& query = m_db.cached("SELECT id, on_date, percent, note, operator FROM "
                                   "task_progress WHERE task_id = ? ORDER BY on_date, id");
    query.bind(1, id);
    std::vector<TaskProgress> entries;
    while (query.step())
        entries.push_back({query.int64(0), QDate::fromString(query.text(1), Qt::ISODate),
                           query.real(2), query.text(3), query.text(4)});
    return entries;
}

std::vector<TaskMilestone> TaskRepository::milestonesOf(std::int64_t id) const {
    Statement& query = m_db.cached(
        "SELECT on_date, text FROM task_milestones WHERE task_id = ? ORDER BY position");
    query.bind(1, id);
    std::vector<TaskMilestone> milestones;
    while (query.step())
        milestones.push_back({QDate::fromString(query.text(0), Qt::ISODate), query.text(1)});
    return milestones;
}

std::vector<TaskDocument> TaskRepository::documentsOf(std::int64_t id) const {
    Statement& query = m_db.cached("SELECT kind, number, period, issued_on FROM task_documents "
                                   "WHERE task_id = ? ORDER BY id");
    query.bind(1, id);
    std::vector<TaskDocument> documents;
    while (query.step())
        documents.push_back({query.text(0), query.text(1), query.text(2),
                             QDate::fromString(query.text(3), Qt::ISODate)});
    return documents;
}

int TaskRepository::lettersIssued(int year) const {
    Statement& query = m_db.cached(
        "SELECT count(DISTINCT d.number) FROM task_documents d JOIN tasks t ON t.id = d.task_id "
        "WHERE d.kind = 'letter' AND t.year = ?");
    query.bind(1, year).step();
    const int count = query.integer(0);
    query.reset();
    return count;
}

} // namespace lianping
