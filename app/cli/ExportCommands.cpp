// export-excel, template, deviations.

#include "Context.h"
#include "core/export/SelfCheckTemplate.h"
#include "core/export/SummaryWorkbook.h"
#include "core/scoring/Deviations.h"

namespace lianping::cli {

namespace {

std::optional<double> threshold(Context& context, const ParsedArgs& args) {
    bool ok = true;
    const double value = args.value(QStringLiteral("threshold"), QStringLiteral("5")).toDouble(&ok);
    if (!ok || value < 0) {
        context.usage(QStringLiteral("--threshold must be a number of points ≥ 0"));
        return std::nullopt;
    }
    return value;
}

int exportExcel(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<double> limit = year ? threshold(context, args) : std::nullopt;
    const std::optional<QString> out =
        limit ? context.required(args, QStringLiteral("out")) : std::nullopt;
    if (!out)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    SummaryOptions options;
    options.year = *year;
    options.deviationThreshold = *limit;
    Result<void> written = SummaryWorkbook::write(*db, options, *out);
    if (!written)
        return context.error(written.error());
    context.print(QStringLiteral("wrote %1").arg(*out));
    return Ok;
}

int templateCommand(Context& context, const ParsedArgs& args) {
    const std::optional<QString> yearText = context.required(args, QStringLiteral("year"));
    const std::optional<int> year = yearText ? context.year(*yearText) : std::nullopt;
    const std::optional<QString> out =
        year ? context.required(args, QStringLiteral("out")) : std::nullopt;
    if (!out)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    TemplateOptions options;
    options.typeCode = args.positional[0];
    options.year = *year;
    options.unitCode = args.value(QStringLiteral("unit"));
    Result<void> written = SelfCheckTemplate::write(*db, options, *out);
    if (!written)
        return context.error(written.error());
    context.print(QStringLiteral("wrote %1").arg(*out));
    return Ok;
}

int deviations(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<double> limit = year ? threshold(context, args) : std::nullopt;
    const std::optional<Format> format = limit ? context.format(args) : std::nullopt;
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<DeviationReport> report = Deviations::compute(*db, *year, *limit);
    if (!report)
        return context.error(report.error());
    const int decimals = *format == Format::Table ? 1 : -1;
    if (args.has(QStringLiteral("per-county"))) {
        RecordWriter out(*format,
                         {QStringLiteral("county"), QStringLiteral("rechecked"),
                          QStringLiteral("flagged"), QStringLiteral("mean_delta"),
                          QStringLiteral("mean_abs_delta"), QStringLiteral("max_abs_delta")});
        for (const CountyDeviation& county : report->counties)
            out.add({Cell::str(county.county), Cell::num(county.rechecked),
                     Cell::num(county.flagged), Cell::num(county.meanDelta, decimals),
                     Cell::num(county.meanAbsDelta, decimals),
                     Cell::num(county.maxAbsDelta, decimals)});
        return Ok;
    }
    RecordWriter out(*format,
                     {QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("county"),
                      QStringLiteral("county_total"), QStringLiteral("city_total"),
                      QStringLiteral("delta"), QStringLiteral("flagged")});
    for (const UnitDeviation& unit : report->units)
        out.add({Cell::str(unit.unitCode), Cell::str(unit.name), Cell::str(unit.county),
                 Cell::opt(unit.countyTotal, decimals), Cell::num(unit.cityTotal, decimals),
                 unit.countyTotal ? Cell::num(unit.delta, decimals) : Cell::null(),
                 Cell::boolean(unit.flagged)});
    return Ok;
}

} // namespace

void addExportCommands(std::vector<Command>& commands) {
    commands.push_back({{QStringLiteral("export-excel"),
                         QStringLiteral("YEAR --out FILE.xlsx [--threshold D]"),
                         {QStringLiteral("out"), QStringLiteral("threshold")},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("summary workbook: counts, rates, units, rankings, "
                                        "deviations, follow-ups, charts")},
                        exportExcel});
    commands.push_back({{QStringLiteral("template"),
                         QStringLiteral("TYPE --year Y --out FILE.xlsx [--unit CODE]"),
                         {QStringLiteral("year"), QStringLiteral("out"), QStringLiteral("unit")},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("self-check template a unit fills in; read back with "
                                        "`score import --step self`")},
                        templateCommand});
    commands.push_back({{QStringLiteral("deviations"),
                         QStringLiteral("YEAR [--threshold D] [--per-county] [--format F]"),
                         {QStringLiteral("threshold"), QStringLiteral("format")},
                         {},
                         {QStringLiteral("per-county")},
                         1,
                         1,
                         QStringLiteral("county review vs city recheck totals, |Δ| > D flagged")},
                        deviations});
}

} // namespace lianping::cli
