// rubric import | export | list | show.

#include "Context.h"
#include "rubric/RubricJson.h"
#include "rubric/RubricRepository.h"

#include <QFile>
#include <QSaveFile>

namespace lianping::cli {

namespace {

int rubricImport(Context& context, const ParsedArgs& args) {
    const QString path = args.positional[0];
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.error(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    Result<Rubric> rubric = RubricJson::parse(file.readAll(), path);
    if (!rubric)
        return context.error(rubric.error());
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<Rubric> stored = RubricRepository(*db).add(*rubric);
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
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(RubricJson::serialize(*rubric)) < 0 ||
        !file.commit())
        return context.error(QStringLiteral("%1: cannot write: %2").arg(out, file.errorString()));
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

} // namespace

void addRubricCommands(std::vector<Command>& commands) {
    commands.push_back(
        {{QStringLiteral("rubric import"), QStringLiteral("FILE.json"), {}, {}, {}, 1, 1, {}},
         rubricImport});
    commands.push_back({{QStringLiteral("rubric export"),
                         QStringLiteral("TYPE --year Y --out FILE [--version N]"),
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
}

} // namespace lianping::cli
