// index model import | export | show, survey-round add | import, index input, index compute,
// review-step: the integrity index and the county review's sub-steps (issue 17).

#include "Context.h"
#include "core/campaign/ReviewSteps.h"
#include "core/common/CellText.h"
#include "core/index/IndexService.h"
#include "core/index/IndexStore.h"
#include "core/index/Surveys.h"
#include "core/report/IndexReport.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace lianping::cli {

namespace {

Cell optional(const std::optional<double>& value, int decimals) {
    return value ? Cell::num(*value, decimals) : Cell::null();
}

int modelImport(Context& context, const ParsedArgs& args) {
    QFile file(args.positional[0]);
    if (!file.open(QIODevice::ReadOnly))
        return context.error(QStringLiteral("%1: cannot read the file").arg(args.positional[0]));
    if (file.size() > 2 * 1024 * 1024)
        return context.error(
            QStringLiteral("%1: an index model is not that large").arg(args.positional[0]));
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<IndexModel> model =
        context.workbench()->importIndexModel(file.readAll(), args.positional[0]);
    if (!model)
        return context.error(model.error());
    context.print(
        QStringLiteral("imported the %1 index model, version %2: %3 dimensions, %4 aspects")
            .arg(model->year)
            .arg(model->version)
            .arg(model->dimensions.size())
            .arg(model->aspectNames().size()));
    return Ok;
}

std::optional<int> yearOption(Context& context, const ParsedArgs& args) {
    const std::optional<QString> text = context.required(args, QStringLiteral("year"));
    if (!text)
        return std::nullopt;
    return context.year(*text);
}

int modelExport(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = yearOption(context, args);
    const std::optional<QString> out =
        year ? context.required(args, QStringLiteral("out")) : std::nullopt;
    if (!out)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const IndexModel model = IndexStore(*db).model(*year);
    QSaveFile file(*out);
    if (!file.open(QIODevice::WriteOnly) || file.write(model.toJson()) < 0 || !file.commit())
        return context.error(QStringLiteral("%1: cannot write the file").arg(*out));
    context.print(QStringLiteral("wrote %1 (the %2 index model%3)")
                      .arg(*out)
                      .arg(*year)
                      .arg(model.version == 0 ? QStringLiteral(", the default")
                                              : QStringLiteral(", version %1").arg(model.version)));
    return Ok;
}

int modelShow(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = yearOption(context, args);
    if (!year)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const IndexModel model = IndexStore(*db).model(*year);
    context.print(QStringLiteral("%1 index model %2%3: %4")
                      .arg(*year)
                      .arg(model.version == 0 ? QStringLiteral("(the default)")
                                              : QStringLiteral("version %1").arg(model.version))
                      .arg(model.frozen ? QStringLiteral(", in use (frozen)") : QString())
                      .arg(model.title));
    for (const IndexDimension& d : model.dimensions) {
        context.print(QStringLiteral("%1  %2").arg(d.name).arg(d.weight));
        for (const IndexAspect& a : d.aspects) {
            QStringList measures;
            for (const IndexMeasure& m : a.measures)
                measures << QStringLiteral("%1 %2%3")
                                .arg(sourceName(m.source))
                                .arg(m.weight)
                                .arg(m.types.isEmpty() ? QString()
                                                       : QStringLiteral(" (") +
                                                             m.types.join(QStringLiteral(", ")) +
                                                             QLatin1Char(')'));
            context.print(QStringLiteral("  %1  %2  ← %3")
                              .arg(a.name)
                              .arg(a.weight)
                              .arg(measures.join(QStringLiteral(", "))));
        }
    }
    return Ok;
}

int roundAdd(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    SurveyRound round;
    round.year = *year;
    round.name = args.value(QStringLiteral("name"));
    round.by = args.value(QStringLiteral("by"));
    round.date = args.value(QStringLiteral("date"));
    round.method = args.value(QStringLiteral("method"));
    if (args.has(QStringLiteral("sample"))) {
        bool ok = false;
        round.sample = CellText::number(args.value(QStringLiteral("sample"))).toInt(&ok);
        if (!ok)
            return context.error(QStringLiteral("--sample must be a whole number of people"));
    }
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<std::int64_t> id = context.workbench()->addSurveyRound(round);
    if (!id)
        return context.error(id.error());
    context.print(QString::number(*id));
    return Ok;
}

int roundImport(Context& context, const ParsedArgs& args) {
    bool ok = false;
    const qint64 id = CellText::number(args.positional[0]).toLongLong(&ok);
    if (!ok)
        return context.error(
            QStringLiteral("'%1' is not a survey round id (survey-round add prints it)")
                .arg(args.positional[0]));
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<SurveyImportReport> report = context.workbench()->importSurveyRound(
        id, args.positional[1], args.has(QStringLiteral("raw")),
        args.value(QStringLiteral("questions")));
    if (!report)
        return context.error(report.error());
    context.print(QStringLiteral("survey round %1: %2 rows, %3 answers, %4 scores for %5")
                      .arg(id)
                      .arg(report->rows)
                      .arg(report->answers)
                      .arg(report->scores)
                      .arg(report->aspects.join(QStringLiteral("、"))));
    return Ok;
}

int indexInput(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    for (const char* name : {"county", "aspect", "value"})
        if (!context.required(args, QString::fromLatin1(name)))
            return UsageError;
    bool ok = false;
    const double value = CellText::number(args.value(QStringLiteral("value"))).toDouble(&ok);
    if (!ok)
        return context.error(QStringLiteral("--value must be a number from 0 to 100, not '%1'")
                                 .arg(args.value(QStringLiteral("value"))));
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<void> set = context.workbench()->setIndexInput(
        *year, CellText::clean(args.value(QStringLiteral("county"))),
        CellText::clean(args.value(QStringLiteral("aspect"))), value,
        args.value(QStringLiteral("note")));
    if (!set)
        return context.error(set.error());
    context.print(
        QStringLiteral("%1 %2 %3: %4")
            .arg(*year)
            .arg(args.value(QStringLiteral("county")), args.value(QStringLiteral("aspect")))
            .arg(value));
    return Ok;
}

int indexCompute(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<std::vector<IndexResult>> results = IndexService(*db).compute(*year);
    if (!results)
        return context.error(results.error());
    if (*format == Format::Json) {
        QJsonArray array;
        const auto number = [](const std::optional<double>& v) {
            return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
        };
        for (const IndexResult& r : *results) {
            QJsonObject dimensions;
            for (const auto& [name, score] : r.dimensions)
                dimensions.insert(name, number(score));
            QJsonObject aspects;
            for (const auto& [name, a] : r.aspects)
                aspects.insert(name,
                               QJsonObject{{QStringLiteral("score"), number(a.score)},
                                           {QStringLiteral("n"),
                                            a.n ? QJsonValue(*a.n) : QJsonValue(QJsonValue::Null)},
                                           {QStringLiteral("ci_low"), number(a.ciLow)},
                                           {QStringLiteral("ci_high"), number(a.ciHigh)},
                                           {QStringLiteral("flagged"), a.flagged}});
            array.append(QJsonObject{{QStringLiteral("county"), r.county},
                                     {QStringLiteral("index"), number(r.index)},
                                     {QStringLiteral("rank"),
                                      r.rank ? QJsonValue(*r.rank) : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("partial"), r.partial},
                                     {QStringLiteral("dimensions"), dimensions},
                                     {QStringLiteral("aspects"), aspects}});
        }
        std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
        return Ok;
    }
    QStringList keys = {QStringLiteral("county"), QStringLiteral("index"), QStringLiteral("rank"),
                        QStringLiteral("change"), QStringLiteral("partial")};
    if (!results->empty())
        for (const auto& [name, score] : results->front().dimensions)
            keys << name;
    keys << QStringLiteral("missing");
    RecordWriter out(*format, keys);
    const int decimals = *format == Format::Table ? 2 : -1;
    for (const IndexResult& r : *results) {
        std::vector<Cell> row = {Cell::str(r.county), optional(r.index, decimals),
                                 r.rank ? Cell::num(*r.rank) : Cell::null(),
                                 optional(r.change, decimals), Cell::boolean(r.partial)};
        for (const auto& [name, score] : r.dimensions)
            row.push_back(optional(score, decimals));
        row.push_back(Cell::strings(r.missing));
        out.add(row);
    }
    return Ok;
}

int indexReport(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<QString> out =
        year ? context.required(args, QStringLiteral("out")) : std::nullopt;
    if (!out)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<int> pages = IndexReport::writePdf(*db, *year, *out);
    if (!pages)
        return context.error(pages.error());
    context.print(QStringLiteral("wrote %1 (%2 pages)").arg(*out).arg(*pages));
    return Ok;
}

int reviewStep(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    const std::optional<QString> dateText = context.required(args, QStringLiteral("date"));
    if (!dateText)
        return UsageError;
    const QDate date = QDate::fromString(CellText::number(*dateText), Qt::ISODate);
    if (!date.isValid())
        return context.error(
            QStringLiteral("--date '%1' is not a date in the form YYYY-MM-DD").arg(*dateText));
    Workbench* workbench = context.workbench();
    if (!workbench)
        return RuntimeError;
    // The sub-step and its evidence (minutes of the 述职述廉 meeting, the publicity notice…)
    // are recorded together or not at all.
    Result<ReviewStep> recorded = workbench->recordReviewStep(
        *year, args.positional[1], args.positional[2], date, args.value(QStringLiteral("note")),
        args.values(QStringLiteral("evidence")));
    if (!recorded)
        return context.error(recorded.error());
    context.print(QStringLiteral("%1 %2: %3 %4 on %5")
                      .arg(*year)
                      .arg(args.positional[1])
                      .arg(recorded->position)
                      .arg(recorded->name, date.toString(Qt::ISODate)));
    return Ok;
}

} // namespace

void addIndexCommands(std::vector<Command>& commands) {
    const QString format = QStringLiteral("format");
    commands.push_back(
        {{QStringLiteral("index model import"),
          QStringLiteral("FILE.json"),
          {},
          {},
          {},
          1,
          1,
          QStringLiteral("an integrity index model (weights summing to 1 at each level)")},
         modelImport});
    commands.push_back({{QStringLiteral("index model export"),
                         QStringLiteral("--year Y --out FILE"),
                         {QStringLiteral("year"), QStringLiteral("out")},
                         {},
                         {},
                         0,
                         0,
                         QStringLiteral("the year's index model as JSON")},
                        modelExport});
    commands.push_back({{QStringLiteral("index model show"),
                         QStringLiteral("--year Y"),
                         {QStringLiteral("year")},
                         {},
                         {},
                         0,
                         0,
                         QStringLiteral("the year's index model: dimensions, aspects, measures")},
                        modelShow});
    commands.push_back(
        {{QStringLiteral("survey-round add"),
          QStringLiteral("YEAR --name N --by third-party|office|public --date YYYY-MM-DD "
                         "[--method TEXT] [--sample N]"),
          {QStringLiteral("name"), QStringLiteral("by"), QStringLiteral("date"),
           QStringLiteral("method"), QStringLiteral("sample")},
          {},
          {},
          1,
          1,
          QStringLiteral("a survey round; prints its id")},
         roundAdd});
    commands.push_back({{QStringLiteral("survey-round import"),
                         QStringLiteral("ID FILE [--raw] [--questions MAP.csv]"),
                         {QStringLiteral("questions")},
                         {},
                         {QStringLiteral("raw")},
                         2,
                         2,
                         QStringLiteral("the round's results: county,aspect,score[,n], or raw "
                                        "answers county[,unit],question,answer")},
                        roundImport});
    commands.push_back({{QStringLiteral("index input"),
                         QStringLiteral("YEAR --county C --aspect A --value V [--note TEXT]"),
                         {QStringLiteral("county"), QStringLiteral("aspect"),
                          QStringLiteral("value"), QStringLiteral("note")},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("a value 0–100 entered by hand")},
                        indexInput});
    commands.push_back({{QStringLiteral("index compute"),
                         QStringLiteral("YEAR [--format table|csv|json]"),
                         {format},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("the integrity index per county and for the city (全市)")},
                        indexCompute});
    commands.push_back({{QStringLiteral("index report"),
                         QStringLiteral("YEAR --out FILE.pdf"),
                         {QStringLiteral("out")},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("the integrity index report as PDF")},
                        indexReport});
    commands.push_back({{QStringLiteral("review-step"),
                         QStringLiteral("YEAR UNIT STEP --date YYYY-MM-DD [--note TEXT] "
                                        "[--evidence FILE...]"),
                         {QStringLiteral("date"), QStringLiteral("note")},
                         {QStringLiteral("evidence")},
                         {},
                         3,
                         3,
                         QStringLiteral("a sub-step of the county review (a name or 1..6)")},
                        reviewStep});
}

} // namespace lianping::cli
