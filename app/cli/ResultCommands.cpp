// result, followups, rectify, history, demo.

#include "Context.h"
#include "core/common/Ids.h"
#include "core/demo/DemoGenerator.h"
#include "core/evidence/Findings.h"
#include "core/followup/FollowUps.h"
#include "core/followup/Rectifications.h"
#include "core/history/History.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/ResultService.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>

namespace lianping::cli {

namespace {

int result(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<Format> format = year ? context.format(args) : std::nullopt;
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    ResultQuery query;
    query.year = *year;
    query.unitCode = args.value(QStringLiteral("unit"));
    query.county = args.value(QStringLiteral("county"));
    const std::optional<QString> type = context.typeCode(args);
    if (!type)
        return RuntimeError;
    query.typeCode = *type;
    Result<std::vector<UnitResult>> rows = ResultService(*db).compute(query);
    if (!rows)
        return context.error(rows.error());
    // Tables show one decimal; CSV and JSON keep full precision.
    const int decimals = *format == Format::Table ? 1 : -1;
    RecordWriter out(*format,
                     {QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("type"),
                      QStringLiteral("county"), QStringLiteral("state"), QStringLiteral("s_org"),
                      QStringLiteral("s_mass"), QStringLiteral("total"), QStringLiteral("grade"),
                      QStringLiteral("veto")});
    for (const UnitResult& row : *rows) {
        const bool assessed = row.finalStep.has_value();
        out.add({Cell::str(row.unitCode), Cell::str(row.name), Cell::str(row.typeCode),
                 Cell::str(row.county), Cell::str(stateName(row.state)),
                 assessed ? Cell::num(row.outcome.sOrg, decimals) : Cell::null(),
                 assessed ? Cell::opt(row.outcome.sMass, decimals) : Cell::null(),
                 assessed ? Cell::num(row.outcome.total, decimals) : Cell::null(),
                 assessed ? Cell::str(gradeName(row.outcome.grade)) : Cell::null(),
                 Cell::boolean(row.outcome.veto)});
    }
    return Ok;
}

int followups(Context& context, const ParsedArgs& args) {
    std::optional<int> year;
    if (args.has(QStringLiteral("year"))) {
        year = context.year(args.value(QStringLiteral("year")));
        if (!year)
            return UsageError;
    }
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    RecordWriter out(*format,
                     {QStringLiteral("id"), QStringLiteral("year"), QStringLiteral("unit"),
                      QStringLiteral("name"), QStringLiteral("county"), QStringLiteral("kind"),
                      QStringLiteral("status"), QStringLiteral("note")});
    for (const FollowUp& item : FollowUps(*db).list(year))
        out.add({Cell::num(static_cast<double>(item.id)), Cell::num(item.year),
                 Cell::str(item.unitCode), Cell::str(item.unitName), Cell::str(item.county),
                 Cell::str(item.kind), Cell::str(item.status), Cell::str(item.note)});
    return Ok;
}

int followupSet(Context& context, const ParsedArgs& args) {
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    if (Result<void> done = context.workbench()->setFollowUpStatus(
            args.positional[0].toLongLong(), args.value(QStringLiteral("status")),
            args.value(QStringLiteral("note")));
        !done)
        return context.error(done.error());
    context.print(QStringLiteral("follow-up %1 is %2")
                      .arg(args.positional[0], args.value(QStringLiteral("status"))));
    return Ok;
}

int rectifyAdd(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<std::int64_t> id = context.workbench()->addRectification(
        *year, args.positional[1], args.value(QStringLiteral("text")),
        args.value(QStringLiteral("deadline")), args.value(QStringLiteral("responsible")));
    if (!id)
        return context.error(id.error());
    context.print(
        QStringLiteral("rectification item %1 added for %2").arg(*id).arg(args.positional[1]));
    return Ok;
}

int rectifyList(Context& context, const ParsedArgs& args) {
    std::optional<int> year;
    if (args.has(QStringLiteral("year"))) {
        year = context.year(args.value(QStringLiteral("year")));
        if (!year)
            return UsageError;
    }
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    RecordWriter out(*format, {QStringLiteral("id"), QStringLiteral("year"), QStringLiteral("unit"),
                               QStringLiteral("text"), QStringLiteral("deadline"),
                               QStringLiteral("responsible"), QStringLiteral("status")});
    for (const Rectification& item :
         Rectifications(*db).list(year, args.value(QStringLiteral("unit"))))
        out.add({Cell::num(static_cast<double>(item.id)), Cell::num(item.year),
                 Cell::str(item.unitCode), Cell::str(item.text), Cell::str(item.deadline),
                 Cell::str(item.responsible), Cell::str(item.status)});
    return Ok;
}

int rectifySet(Context& context, const ParsedArgs& args) {
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    bool ok = false;
    const std::int64_t id = args.positional[0].toLongLong(&ok);
    if (!ok)
        return context.usage(
            QStringLiteral("'%1' is not a rectification item number").arg(args.positional[0]));
    if (Result<void> done = context.workbench()->closeRectification(
            id, args.value(QStringLiteral("status")), args.value(QStringLiteral("note")),
            args.values(QStringLiteral("evidence")));
        !done)
        return context.error(done.error());
    context.print(QStringLiteral("rectification item %1 is %2")
                      .arg(id)
                      .arg(args.value(QStringLiteral("status"))));
    return Ok;
}

int history(Context& context, const ParsedArgs& args) {
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const std::optional<Unit> unit = UnitRepository(*db).find(args.positional[0]);
    if (!unit)
        return context.error(QStringLiteral("unknown unit %1").arg(args.positional[0]));
    RecordWriter out(*format,
                     {QStringLiteral("at"), QStringLiteral("operator"), QStringLiteral("year"),
                      QStringLiteral("entity"), QStringLiteral("field"), QStringLiteral("old"),
                      QStringLiteral("new"), QStringLiteral("note")});
    for (const HistoryEntry& entry : History::forUnit(*db, unit->id))
        out.add({Cell::str(formatTime(entry.at)), Cell::str(entry.operatorName),
                 Cell::opt(entry.year), Cell::str(entry.entity), Cell::str(entry.field),
                 entry.oldValue.isNull() ? Cell::null() : Cell::str(entry.oldValue),
                 entry.newValue.isNull() ? Cell::null() : Cell::str(entry.newValue),
                 Cell::str(entry.note)});
    return Ok;
}

int demo(Context& context, const ParsedArgs& args) {
    DemoOptions options;
    bool ok = true;
    options.units = args.value(QStringLiteral("units")).toInt(&ok);
    if (!ok || options.units < 1)
        return context.usage(QStringLiteral("demo needs --units N (a positive whole number)"));
    if (args.has(QStringLiteral("seed"))) {
        options.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return context.usage(QStringLiteral("--seed must be a whole number"));
    }
    if (args.has(QStringLiteral("year"))) {
        const std::optional<int> year = context.year(args.value(QStringLiteral("year")));
        if (!year)
            return UsageError;
        options.year = *year;
    }
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    QElapsedTimer timer;
    timer.start();
    Result<DemoSummary> summary = DemoGenerator(*db).generate(options);
    if (!summary)
        return context.error(summary.error());
    context.print(
        QStringLiteral(
            "generated %1 units in %2 counties for campaign %3: %4 scores, %5 named (%6 s)")
            .arg(summary->units)
            .arg(summary->counties)
            .arg(options.year)
            .arg(summary->scores)
            .arg(summary->named)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace

void addResultCommands(std::vector<Command>& commands) {
    const QString format = QStringLiteral("format");
    commands.push_back(
        {{QStringLiteral("result"),
          QStringLiteral("YEAR [--unit CODE] [--county C] [--type T] [--format table|csv|json]"),
          {QStringLiteral("unit"), QStringLiteral("county"), QStringLiteral("type"), format},
          {},
          {},
          1,
          1,
          {}},
         result});
    commands.push_back({{QStringLiteral("followups"),
                         QStringLiteral("[--year Y] [--format table|csv|json]"),
                         {QStringLiteral("year"), format},
                         {},
                         {},
                         0,
                         0,
                         {}},
                        followups});
    commands.push_back({{QStringLiteral("followup set"),
                         QStringLiteral("ID --status open|done|cancelled [--note TEXT]"),
                         {QStringLiteral("status"), QStringLiteral("note")},
                         {},
                         {},
                         1,
                         1,
                         {}},
                        followupSet});
    commands.push_back(
        {{QStringLiteral("rectify add"),
          QStringLiteral("YEAR UNIT --text TEXT --deadline YYYY-MM-DD --responsible NAME"),
          {QStringLiteral("text"), QStringLiteral("deadline"), QStringLiteral("responsible")},
          {},
          {},
          2,
          2,
          {}},
         rectifyAdd});
    commands.push_back({{QStringLiteral("rectify list"),
                         QStringLiteral("[--year Y] [--unit CODE] [--format table|csv|json]"),
                         {QStringLiteral("year"), QStringLiteral("unit"), format},
                         {},
                         {},
                         0,
                         0,
                         {}},
                        rectifyList});
    commands.push_back({{QStringLiteral("rectify set"),
                         QStringLiteral("ID --status open|done|verified [--note TEXT] "
                                        "[--evidence FILE...]"),
                         {QStringLiteral("status"), QStringLiteral("note")},
                         {QStringLiteral("evidence")},
                         {},
                         1,
                         1,
                         {}},
                        rectifySet});
    commands.push_back({{QStringLiteral("history"),
                         QStringLiteral("UNIT [--format table|csv|json]"),
                         {format},
                         {},
                         {},
                         1,
                         1,
                         {}},
                        history});
    commands.push_back({{QStringLiteral("demo"),
                         QStringLiteral("--units N [--seed S] [--year Y]"),
                         {QStringLiteral("units"), QStringLiteral("seed"), QStringLiteral("year")},
                         {},
                         {},
                         0,
                         0,
                         {}},
                        demo});
}

} // namespace lianping::cli
