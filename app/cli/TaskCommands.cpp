// task add | progress | done | list | rates | import | bulletin | letter, ledger export,
// coverage: the city office's task ledger and coverage roadmap (issue 16).

#include "Context.h"
#include "core/campaign/Coverage.h"
#include "core/common/CellText.h"
#include "core/export/LedgerWorkbook.h"
#include "core/report/SupervisionDocuments.h"
#include "core/storage/Database.h"
#include "core/tasks/DivisionPlanImporter.h"
#include "core/tasks/Ledger.h"
#include "core/tasks/TaskDates.h"
#include "core/tasks/TaskRepository.h"

#include <QRegularExpression>

namespace lianping::cli {

namespace {

// A task id as typed (12, １２, #12); nullopt after printing why it is none.
std::optional<std::int64_t> taskId(Context& context, const QString& text) {
    QString digits = CellText::number(text);
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.error(
            QStringLiteral("'%1' is not a task id (a number printed by task add)").arg(text));
        return std::nullopt;
    }
    return id;
}

// --date/--today: YYYY-MM-DD (or as offices write a day); nullopt after printing why not.
std::optional<QDate> dateOption(Context& context, const ParsedArgs& args, const QString& name,
                                int year) {
    if (!args.has(name))
        return QDate::currentDate();
    const QString text = args.value(name);
    QDate date = QDate::fromString(CellText::number(text), Qt::ISODate);
    if (!date.isValid()) {
        const std::optional<QDate> parsed = TaskDates::parse(text, year);
        if (parsed && parsed->isValid())
            date = *parsed;
    }
    if (!date.isValid()) {
        context.error(QStringLiteral("--%1 '%2' is not a date (YYYY-MM-DD)").arg(name, text));
        return std::nullopt;
    }
    return date;
}

std::optional<LedgerGrouping> grouping(const QString& text) {
    if (text == QStringLiteral("lead"))
        return LedgerGrouping::Lead;
    if (text == QStringLiteral("county"))
        return LedgerGrouping::County;
    if (text == QStringLiteral("action"))
        return LedgerGrouping::Action;
    if (text == QStringLiteral("kind"))
        return LedgerGrouping::Kind;
    return std::nullopt;
}

Cell textOrNull(const QString& text) {
    return text.isEmpty() ? Cell::null() : Cell::str(text);
}

int taskAdd(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    TaskInput input;
    input.year = *year;
    input.title = args.value(QStringLiteral("title"));
    input.kind = args.value(QStringLiteral("kind"));
    input.lead = args.value(QStringLiteral("lead"));
    input.co = args.values(QStringLiteral("co"));
    input.action = args.value(QStringLiteral("action"));
    input.county = args.value(QStringLiteral("county"));
    input.split = args.value(QStringLiteral("split"));
    input.target = args.value(QStringLiteral("target"));
    input.due = args.value(QStringLiteral("due"));
    if (args.has(QStringLiteral("parent"))) {
        const std::optional<std::int64_t> parent =
            taskId(context, args.value(QStringLiteral("parent")));
        if (!parent)
            return RuntimeError;
        input.parent = *parent;
    }
    for (const QString& milestone : args.values(QStringLiteral("milestone"))) {
        // "2026-06-30 中期检查" or "2026-06-30:中期检查"
        const QString text = milestone.trimmed();
        const qsizetype cut = text.indexOf(QRegularExpression(QStringLiteral("[\\s:：]")));
        const QString day = cut < 0 ? text : text.left(cut);
        const std::optional<QDate> date = TaskDates::parse(day, *year);
        if (!date || !date->isValid())
            return context.error(
                QStringLiteral("--milestone '%1' does not start with a date (YYYY-MM-DD)")
                    .arg(milestone));
        input.milestones.push_back({*date, cut < 0 ? QString() : text.mid(cut + 1).trimmed()});
    }
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<std::int64_t> id = context.workbench()->addTask(input);
    if (!id)
        return context.error(id.error());
    context.print(QString::number(*id));
    return Ok;
}

int taskProgress(Context& context, const ParsedArgs& args) {
    const std::optional<std::int64_t> id = taskId(context, args.positional[0]);
    if (!id)
        return RuntimeError;
    const std::optional<QString> given = context.required(args, QStringLiteral("percent"));
    if (!given)
        return UsageError;
    QString text = CellText::number(*given);
    if (text.endsWith(QLatin1Char('%')) || text.endsWith(QChar(0xFF05)))
        text.chop(1);
    bool ok = false;
    const double percent = text.trimmed().toDouble(&ok);
    if (!ok)
        return context.error(
            QStringLiteral("--percent '%1' is not a number from 0 to 100").arg(*given));
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    TaskRepository tasks(*db);
    const std::optional<Task> task = tasks.find(*id);
    const std::optional<QDate> date = dateOption(context, args, QStringLiteral("date"),
                                                 task ? task->year : QDate::currentDate().year());
    if (!date)
        return RuntimeError;
    Result<void> stored = context.workbench()->recordProgress(
        *id, percent, args.value(QStringLiteral("note")), *date);
    if (!stored)
        return context.error(stored.error());
    context.print(QStringLiteral("task %1: %2 % on %3%4")
                      .arg(*id)
                      .arg(percent)
                      .arg(date->toString(Qt::ISODate))
                      .arg(percent >= 100 ? QStringLiteral(", done") : QString()));
    return Ok;
}

int taskDone(Context& context, const ParsedArgs& args) {
    const std::optional<std::int64_t> id = taskId(context, args.positional[0]);
    if (!id)
        return RuntimeError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    TaskRepository tasks(*db);
    const std::optional<Task> task = tasks.find(*id);
    const std::optional<QDate> date = dateOption(context, args, QStringLiteral("date"),
                                                 task ? task->year : QDate::currentDate().year());
    if (!date)
        return RuntimeError;
    Result<void> stored =
        context.workbench()->markTaskDone(*id, *date, args.value(QStringLiteral("note")));
    if (!stored)
        return context.error(stored.error());
    context.print(QStringLiteral("task %1 done on %2").arg(*id).arg(date->toString(Qt::ISODate)));
    return Ok;
}

int taskList(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    LedgerFilter filter;
    filter.lead = CellText::clean(args.value(QStringLiteral("lead")));
    filter.county = CellText::clean(args.value(QStringLiteral("county")));
    filter.action = args.has(QStringLiteral("action"))
                        ? TaskRepository::actionName(args.value(QStringLiteral("action")))
                        : QString();
    if (args.has(QStringLiteral("status"))) {
        filter.status = parseTaskStatus(args.value(QStringLiteral("status")));
        if (!filter.status)
            return context.usage(
                QStringLiteral("--status must be done, on-track, due-soon or overdue"));
    }
    const std::optional<QDate> today = dateOption(context, args, QStringLiteral("today"), *year);
    if (!today)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const Ledger ledger = Ledger::load(*db, *year, *today);
    RecordWriter out(*format,
                     {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("kind"),
                      QStringLiteral("action"), QStringLiteral("lead"), QStringLiteral("co"),
                      QStringLiteral("county"), QStringLiteral("parent"), QStringLiteral("split"),
                      QStringLiteral("due"), QStringLiteral("percent"), QStringLiteral("status")});
    const int decimals = *format == Format::Table ? 1 : -1;
    for (const LedgerRow* row : ledger.filter(filter)) {
        const Task& t = row->task;
        QString title = t.title;
        if (*format == Format::Table && row->depth > 0)
            title = QString(row->depth * 2, QLatin1Char(' ')) + title;
        out.add({Cell::num(static_cast<double>(t.id)), Cell::str(title), Cell::str(t.kind),
                 textOrNull(t.action), Cell::str(t.lead), Cell::strings(t.co), textOrNull(t.county),
                 Cell::opt(t.parent), textOrNull(t.split),
                 t.due.isValid() ? Cell::str(t.due.toString(Qt::ISODate)) : Cell::null(),
                 Cell::num(row->percent, decimals), Cell::str(taskStatusName(row->status))});
    }
    return Ok;
}

int taskRates(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    const std::optional<LedgerGrouping> by =
        grouping(args.value(QStringLiteral("by"), QStringLiteral("lead")));
    if (!by)
        return context.usage(QStringLiteral("--by must be lead, county, action or kind"));
    const std::optional<QDate> today = dateOption(context, args, QStringLiteral("today"), *year);
    if (!today)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const Ledger ledger = Ledger::load(*db, *year, *today);
    {
        RecordWriter out(*format, {QStringLiteral("group"), QStringLiteral("tasks"),
                                   QStringLiteral("done"), QStringLiteral("rate")});
        for (const LedgerRate& rate : ledger.rates(*by)) {
            QString group = rate.group;
            if (group.isEmpty())
                group = *by == LedgerGrouping::County ? QStringLiteral("市级")
                                                      : QStringLiteral("未分类");
            out.add({Cell::str(group), Cell::num(rate.tasks), Cell::num(rate.done),
                     *format == Format::Table
                         ? Cell::str(QString::number(rate.rate() * 100.0, 'f', 2) +
                                     QStringLiteral(" %"))
                         : Cell::num(rate.rate())});
        }
    }
    if (*format == Format::Table)
        context.print(QStringLiteral("合计 %1").arg(Ledger::rateText(ledger.total())));
    return Ok;
}

int taskImport(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<DivisionPlanReport> imported =
        context.workbench()->importDivisionPlan(*year, args.positional[1]);
    if (!imported)
        return context.error(imported.error());
    context.print(
        QStringLiteral("imported %1 tasks and %2 parts into %3 from %4%5")
            .arg(imported->tasks)
            .arg(imported->parts)
            .arg(*year)
            .arg(args.positional[1])
            .arg(imported->unchanged > 0
                     ? QStringLiteral(" (%1 rows already in the ledger, left as they are)")
                           .arg(imported->unchanged)
                     : QString()));
    return Ok;
}

int ledgerExport(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<QString> out =
        year ? context.required(args, QStringLiteral("out")) : std::nullopt;
    if (!out)
        return UsageError;
    const std::optional<QDate> today = dateOption(context, args, QStringLiteral("today"), *year);
    if (!today)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<int> written = LedgerWorkbook::write(*db, *year, *today, *out);
    if (!written)
        return context.error(written.error());
    context.print(QStringLiteral("wrote %1 (%2 rows)").arg(*out).arg(*written));
    return Ok;
}

int taskBulletin(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<QString> period =
        year ? context.required(args, QStringLiteral("period")) : std::nullopt;
    const std::optional<QString> out =
        period ? context.required(args, QStringLiteral("out")) : std::nullopt;
    if (!out)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<SupervisionSummary> written = SupervisionDocuments::writeBulletin(
        *db, *year, *period, *out, args.value(QStringLiteral("number")));
    if (!written)
        return context.error(written.error());
    for (const QString& warning : written->warnings)
        context.warn(warning);
    context.print(QStringLiteral("wrote %1: %2, %3 tasks named late or overdue")
                      .arg(*out, written->title)
                      .arg(written->tasksNamed));
    return Ok;
}

int taskLetter(Context& context, const ParsedArgs& args) {
    const std::optional<std::int64_t> id = taskId(context, args.positional[0]);
    if (!id)
        return RuntimeError;
    const std::optional<QString> out = context.required(args, QStringLiteral("out"));
    if (!out)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<SupervisionSummary> written = SupervisionDocuments::writeLetter(
        *db, *id, *out, args.value(QStringLiteral("number")), QDate::currentDate());
    if (!written)
        return context.error(written.error());
    for (const QString& warning : written->warnings)
        context.warn(warning);
    context.print(QStringLiteral("wrote %1: %2 %3").arg(*out, written->number, written->title));
    return Ok;
}

int coverage(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<std::vector<CoverageRow>> rows = Coverage(*db).compute(*year);
    if (!rows)
        return context.error(rows.error());
    RecordWriter out(*format,
                     {QStringLiteral("county"), QStringLiteral("type"),
                      QStringLiteral("registered"), QStringLiteral("enrolled"),
                      QStringLiteral("named"), QStringLiteral("rate"), QStringLiteral("target")});
    const bool table = *format == Format::Table;
    const auto percent = [&](std::optional<double> value) {
        if (!value)
            return Cell::null();
        return table ? Cell::str(QString::number(*value * 100.0, 'f', 2) + QStringLiteral(" %"))
                     : Cell::num(*value);
    };
    auto add = [&](const CoverageRow& row) {
        out.add({Cell::str(row.county), Cell::str(row.typeCode), Cell::num(row.registered),
                 Cell::num(row.enrolled), Cell::num(row.named), percent(row.rate()),
                 percent(row.target)});
    };
    for (const CoverageRow& row : *rows)
        add(row);
    // The city's totals per type close the table (JSON and CSV keep the county rows only).
    if (table)
        for (const CoverageRow& row : Coverage::totals(*rows))
            add(row);
    return Ok;
}

} // namespace

void addTaskCommands(std::vector<Command>& commands) {
    const QString format = QStringLiteral("format");
    commands.push_back(
        {{QStringLiteral("task add"),
          QStringLiteral(
              "YEAR --title T --kind common|specific|extended --lead DEPT [--co DEPT]... "
              "[--action A] [--county C] [--parent ID --split inner|outer|down] "
              "[--target TEXT] [--due YYYY-MM-DD] [--milestone 'YYYY-MM-DD TEXT']..."),
          {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("lead"),
           QStringLiteral("co"), QStringLiteral("action"), QStringLiteral("county"),
           QStringLiteral("parent"), QStringLiteral("split"), QStringLiteral("target"),
           QStringLiteral("due"), QStringLiteral("milestone")},
          {},
          {},
          1,
          1,
          QStringLiteral("adds a task or a part of one; prints the new id")},
         taskAdd});
    commands.push_back(
        {{QStringLiteral("task progress"),
          QStringLiteral("ID --percent P [--note TEXT] [--date YYYY-MM-DD]"),
          {QStringLiteral("percent"), QStringLiteral("note"), QStringLiteral("date")},
          {},
          {},
          1,
          1,
          QStringLiteral("records progress (100 % marks the task done)")},
         taskProgress});
    commands.push_back({{QStringLiteral("task done"),
                         QStringLiteral("ID [--date YYYY-MM-DD] [--note TEXT]"),
                         {QStringLiteral("date"), QStringLiteral("note")},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("marks a task done")},
                        taskDone});
    commands.push_back(
        {{QStringLiteral("task list"),
          QStringLiteral("YEAR [--lead DEPT] [--county C] [--action A] "
                         "[--status done|on-track|due-soon|overdue] [--today YYYY-MM-DD] "
                         "[--format table|csv|json]"),
          {QStringLiteral("lead"), QStringLiteral("county"), QStringLiteral("action"),
           QStringLiteral("status"), QStringLiteral("today"), format},
          {},
          {},
          1,
          1,
          QStringLiteral("the ledger: tasks and their parts with progress and status")},
         taskList});
    commands.push_back({{QStringLiteral("task rates"),
                         QStringLiteral("YEAR --by lead|county|action|kind [--today YYYY-MM-DD] "
                                        "[--format table|csv|json]"),
                         {QStringLiteral("by"), QStringLiteral("today"), format},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("completion rates (done ÷ tasks) by group")},
                        taskRates});
    commands.push_back(
        {{QStringLiteral("task import"),
          QStringLiteral("YEAR FILE"),
          {},
          {},
          {},
          2,
          2,
          QStringLiteral("a task division plan (任务分工方案) from .xlsx, .xls or CSV")},
         taskImport});
    commands.push_back(
        {{QStringLiteral("task bulletin"),
          QStringLiteral("YEAR --period 2026-Q3|2026-09 --out FILE.pdf [--number N]"),
          {QStringLiteral("period"), QStringLiteral("out"), QStringLiteral("number")},
          {},
          {},
          1,
          1,
          QStringLiteral("the period's bulletin (通报) as PDF")},
         taskBulletin});
    commands.push_back(
        {{QStringLiteral("task letter"),
          QStringLiteral("ID --out FILE.pdf [--number N]"),
          {QStringLiteral("out"), QStringLiteral("number")},
          {},
          {},
          1,
          1,
          QStringLiteral("a supervision letter (督办函) to the task's lead department")},
         taskLetter});
    commands.push_back({{QStringLiteral("ledger export"),
                         QStringLiteral("YEAR --out FILE.xlsx [--today YYYY-MM-DD]"),
                         {QStringLiteral("out"), QStringLiteral("today")},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("the task ledger as a workbook with its rates and chart")},
                        ledgerExport});
    commands.push_back({{QStringLiteral("coverage"),
                         QStringLiteral("YEAR [--format table|csv|json]"),
                         {format},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("named ÷ registered units per county and type, with the "
                                        "year's target")},
                        coverage});
}

} // namespace lianping::cli
