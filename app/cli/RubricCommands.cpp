// rubric import | export | list | show | diff.

#include "Context.h"
#include "core/export/RubricFile.h"
#include "core/rubric/RubricDiff.h"
#include "core/rubric/RubricRepository.h"

namespace lianping::cli {

namespace {

int rubricImport(Context& context, const ParsedArgs& args) {
    const QString path = args.positional[0];
    Result<Rubric> rubric = RubricFile::read(path);
    if (!rubric)
        return context.error(rubric.error());
    Workbench* workbench = context.workbench();
    if (!workbench)
        return RuntimeError;
    Result<Rubric> stored = workbench->addRubric(*rubric);
    if (!stored)
        return context.error(QStringLiteral("%1: %2").arg(path, stored.error().message));
    context.print(QStringLiteral("imported rubric %1 %2 version %3 (%4)")
                      .arg(stored->typeCode)
                      .arg(stored->year)
                      .arg(stored->version)
                      .arg(stored->title));
    return Ok;
}

int rubricExport(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.value(QStringLiteral("year")));
    if (!year)
        return UsageError;
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(QStringLiteral("rubric export needs --out FILE"));
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const int version = args.value(QStringLiteral("version"), QStringLiteral("0")).toInt();
    std::optional<Rubric> rubric = RubricRepository(*db).find(args.positional[0], *year, version);
    if (!rubric)
        return context.error(
            QStringLiteral("there is no rubric for type %1 in %2%3 (see `rubric list`)")
                .arg(args.positional[0])
                .arg(*year)
                .arg(version ? QStringLiteral(" version %1").arg(version) : QString()));
    const Result<void> written = RubricFile::write(*rubric, out);
    if (!written)
        return context.error(written.error());
    context.print(QStringLiteral("wrote rubric %1 %2 version %3 to %4")
                      .arg(rubric->typeCode)
                      .arg(rubric->year)
                      .arg(rubric->version)
                      .arg(out));
    return Ok;
}

int rubricList(Context& context, const ParsedArgs& args) {
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    RecordWriter out(*format,
                     {QStringLiteral("type"), QStringLiteral("year"), QStringLiteral("version"),
                      QStringLiteral("title"), QStringLiteral("indicators"),
                      QStringLiteral("vetoes"), QStringLiteral("frozen")});
    for (const RubricSummary& rubric : RubricRepository(*db).list())
        out.add({Cell::str(rubric.typeCode), Cell::num(rubric.year), Cell::num(rubric.version),
                 Cell::str(rubric.title), Cell::num(rubric.indicators), Cell::num(rubric.vetoes),
                 Cell::boolean(rubric.frozen)});
    return Ok;
}

int rubricShow(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.value(QStringLiteral("year")));
    if (!year)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    std::optional<Rubric> rubric = RubricRepository(*db).find(args.positional[0], *year);
    if (!rubric)
        return context.error(QStringLiteral("there is no rubric for type %1 in %2")
                                 .arg(args.positional[0])
                                 .arg(*year));
    context.print(QStringLiteral("%1 (%2 %3, version %4%5)")
                      .arg(rubric->title, rubric->typeCode)
                      .arg(rubric->year)
                      .arg(rubric->version)
                      .arg(rubric->frozen ? QStringLiteral(", frozen") : QString()));
    for (const Dimension& dimension : rubric->dimensions) {
        context.print(QStringLiteral("%1 %2").arg(dimension.code, dimension.title));
        for (const Indicator& indicator : dimension.indicators)
            context.print(
                QStringLiteral("  %1  %2  %3")
                    .arg(indicator.code,
                         indicator.veto ? QStringLiteral("veto") : formatPoints(*indicator.max),
                         indicator.text));
    }
    return Ok;
}

// One record a changed field: kind, indicator (or dimension) code, field, from, to; the totals
// last.
int rubricDiff(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.value(QStringLiteral("year")));
    if (!year)
        return UsageError;
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    bool fromOk = false;
    bool toOk = false;
    const int from = args.value(QStringLiteral("from")).toInt(&fromOk);
    const int to = args.value(QStringLiteral("to")).toInt(&toOk);
    if (!fromOk || !toOk || from <= 0 || to <= 0)
        return context.usage(
            QStringLiteral("rubric diff needs --from V1 --to V2 (version numbers)"));
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const QString type = args.positional[0];
    std::optional<Rubric> versions[2];
    const int numbers[2] = {from, to};
    for (int i = 0; i < 2; ++i) {
        versions[i] = RubricRepository(*db).find(type, *year, numbers[i]);
        if (!versions[i])
            return context.error(
                QStringLiteral(
                    "there is no rubric for type %1 in %2 version %3 (see `rubric list`)")
                    .arg(type)
                    .arg(*year)
                    .arg(numbers[i]));
    }
    const RubricComparison comparison = RubricDiff::compare(*versions[0], *versions[1]);
    RecordWriter out(*format,
                     {QStringLiteral("change"), QStringLiteral("code"), QStringLiteral("field"),
                      QStringLiteral("from"), QStringLiteral("to")});
    static const char* const dimensionKinds[] = {"dimension-added", "dimension-removed",
                                                 "dimension-renamed"};
    for (const DimensionChange& change : comparison.dimensions)
        out.add({Cell::str(QString::fromLatin1(dimensionKinds[static_cast<int>(change.kind)])),
                 Cell::str(change.code), Cell::str(QStringLiteral("title")),
                 Cell::str(change.before), Cell::str(change.after)});
    static const char* const kinds[] = {"added", "removed", "changed"};
    static const char* const fields[] = {"dimension", "text",     "max",     "veto",
                                         "deduct",    "guidance", "evidence"};
    for (const IndicatorChange& change : comparison.indicators) {
        const Cell kind = Cell::str(QString::fromLatin1(kinds[static_cast<int>(change.kind)]));
        if (change.kind != IndicatorChange::Kind::Changed) {
            const Indicator& indicator = change.after ? *change.after : *change.before;
            const QString shown = QStringLiteral("%1 (%2)").arg(
                indicator.text,
                indicator.veto ? QStringLiteral("veto") : formatPoints(indicator.max.value_or(0)));
            out.add({kind, Cell::str(change.code), Cell::str(QString()),
                     Cell::str(change.before ? shown : QString()),
                     Cell::str(change.after ? shown : QString())});
            continue;
        }
        for (const IndicatorChange::Field field : change.fields) {
            const bool dimension = field == IndicatorChange::Field::Dimension;
            out.add({kind, Cell::str(change.code),
                     Cell::str(QString::fromLatin1(fields[static_cast<int>(field)])),
                     Cell::str(dimension ? change.beforeDimension
                                         : RubricDiff::value(*change.before, field)),
                     Cell::str(dimension ? change.dimension
                                         : RubricDiff::value(*change.after, field))});
        }
    }
    out.add({Cell::str(QStringLiteral("total")), Cell::str(QString()),
             Cell::str(QStringLiteral("max")), Cell::str(formatPoints(comparison.totalBefore)),
             Cell::str(formatPoints(comparison.totalAfter))});
    return Ok;
}

} // namespace

void addRubricCommands(std::vector<Command>& commands) {
    commands.push_back({{QStringLiteral("rubric import"),
                         QStringLiteral("FILE.json|FILE.xlsx"),
                         {},
                         {},
                         {},
                         1,
                         1,
                         {}},
                        rubricImport});
    commands.push_back({{QStringLiteral("rubric export"),
                         QStringLiteral("TYPE --year Y --out FILE.json|FILE.xlsx [--version N]"),
                         {QStringLiteral("year"), QStringLiteral("out"), QStringLiteral("version")},
                         {},
                         {},
                         1,
                         1,
                         {}},
                        rubricExport});
    commands.push_back({{QStringLiteral("rubric list"),
                         QStringLiteral("[--format table|csv|json]"),
                         {QStringLiteral("format")},
                         {},
                         {},
                         0,
                         0,
                         {}},
                        rubricList});
    commands.push_back({{QStringLiteral("rubric show"),
                         QStringLiteral("TYPE --year Y"),
                         {QStringLiteral("year")},
                         {},
                         {},
                         1,
                         1,
                         {}},
                        rubricShow});
    commands.push_back(
        {{QStringLiteral("rubric diff"),
          QStringLiteral("TYPE --year Y --from V1 --to V2 [--format table|csv|json]"),
          {QStringLiteral("year"), QStringLiteral("from"), QStringLiteral("to"),
           QStringLiteral("format")},
          {},
          {},
          1,
          1,
          {}},
         rubricDiff});
}

} // namespace lianping::cli
