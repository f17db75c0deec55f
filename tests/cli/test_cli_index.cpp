// The integrity index through the CLI contract of issue 17: a model imported, shown and
// exported; a survey round of raw answers saved by LibreOffice with a question map; values by
// hand; index compute's JSON; the six review sub-steps on the rating report; bad input exits 1
// and changes nothing.
#include "cli/CliRunner.h"
#include "cli/ExternalTools.h"

using namespace lianping::test;

namespace {

const char* const model = R"({"year":2026,"title":"清廉指数","dimensions":[
 {"name":"不敢为","weight":0.4,"aspects":[
   {"name":"执纪问责","weight":0.5,"measures":[{"source":"assessment","weight":1.0,"types":["agency"]}]},
   {"name":"权力监督","weight":0.5,"measures":[{"source":"manual","weight":1.0}]}]},
 {"name":"不能为","weight":0.3,"aspects":[
   {"name":"制度管权","weight":1.0,"measures":[{"source":"pass_rate","weight":0.5},
                                            {"source":"excellent_rate","weight":0.5}]}]},
 {"name":"不想为","weight":0.3,"aspects":[
   {"name":"公众参与","weight":1.0,"measures":[{"source":"survey","weight":1.0}]}]}]})";

QJsonObject county(const QJsonArray& rows, const QString& name) {
    for (const QJsonValue& value : rows)
        if (value.toObject()[QStringLiteral("county")].toString() == name)
            return value.toObject();
    FAIL("no county " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("CLI integrity index: model, raw survey from LibreOffice, inputs, compute as JSON",
          "[cli][index][office]") {
    Cli cli;
    cli.ok(args({"demo", "--units", "300", "--seed", "7", "--year", "2026"}));
    CHECK(cli.ok(args({"index", "model", "show", "--year", "2026"}))
              .out.contains(QStringLiteral("公众参与")));
    cli.ok(args({"index", "model", "import"}) << cli.write(QStringLiteral("model.json"), model));
    const QString exported = cli.path(QStringLiteral("back.json"));
    cli.ok(args({"index", "model", "export", "--year", "2026", "--out"}) << exported);
    QFile back(exported);
    REQUIRE(back.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(back.readAll()).object();
    CHECK(json[QStringLiteral("dimensions")].toArray().size() == 3);

    const QString id = cli.ok(args({"survey-round", "add", "2026", "--name", "第三方满意度调查",
                                    "--by", "third-party", "--date", "2026-10-20"}))
                           .out.trimmed();
    CHECK(id == QStringLiteral("1"));
    // Raw answers as a county sends them: Chinese headers, saved by LibreOffice as .xlsx.
    const QJsonArray units = cli.json(args({"units", "list", "--format", "json"}));
    const QString first = units[0].toObject()[QStringLiteral("county")].toString();
    QByteArray csv = "县区,问题,回答\n";
    int yes = 0;
    for (int i = 0; i < 24; ++i) {
        const bool answer = i % 3 != 0;
        yes += answer ? 1 : 0;
        csv += (first + QStringLiteral(",您参与过廉洁监督吗,%1\n")
                            .arg(answer ? QStringLiteral("是") : QStringLiteral("否")))
                   .toUtf8();
    }
    const QString xlsx =
        officeConvert(cli.write(QStringLiteral("answers.csv"), csv), QStringLiteral("xlsx"),
                      cli.path(QStringLiteral("office")), QStringLiteral("CSV:44,34,76"));
    const QString map =
        cli.write(QStringLiteral("map.csv"), "question,aspect\n您参与过廉洁监督吗,公众参与\n");
    cli.ok(args({"survey-round", "import"})
           << id << xlsx << QStringLiteral("--raw") << QStringLiteral("--questions") << map);
    cli.ok(args({"index", "input", "2026", "--county"})
           << first << QStringLiteral("--aspect") << QStringLiteral("权力监督")
           << QStringLiteral("--value") << QStringLiteral("82.5"));

    const QJsonArray rows = cli.json(args({"index", "compute", "2026", "--format", "json"}));
    const QJsonObject c = county(rows, first);
    for (const char* key : {"county", "index", "rank", "partial", "dimensions", "aspects"})
        CHECK(c.contains(QString::fromLatin1(key)));
    CHECK(c[QStringLiteral("dimensions")].toObject().keys().size() == 3);
    const QJsonObject participation =
        c[QStringLiteral("aspects")].toObject()[QStringLiteral("公众参与")].toObject();
    for (const char* key : {"score", "n", "ci_low", "ci_high", "flagged"})
        CHECK(participation.contains(QString::fromLatin1(key)));
    CHECK(participation[QStringLiteral("n")].toInt() == 24);
    CHECK(participation[QStringLiteral("score")].toDouble() == Approx(100.0 * yes / 24));
    CHECK(participation[QStringLiteral("flagged")].toBool()); // 24 < 30
    CHECK(participation[QStringLiteral("ci_low")].toDouble() <
          participation[QStringLiteral("score")].toDouble());
    CHECK(c[QStringLiteral("aspects")]
              .toObject()[QStringLiteral("权力监督")]
              .toObject()[QStringLiteral("score")]
              .toDouble() == 82.5);
    CHECK_FALSE(c[QStringLiteral("partial")].toBool());
    CHECK(c[QStringLiteral("rank")].toInt() >= 1);
    // Another county has no survey and no input: partial, its missing aspects null.
    const QJsonObject city = county(rows, QStringLiteral("全市"));
    CHECK(city[QStringLiteral("rank")].isNull());
    CHECK(city[QStringLiteral("aspects")]
              .toObject()[QStringLiteral("公众参与")]
              .toObject()[QStringLiteral("n")]
              .toInt() == 24);
    int partial = 0;
    for (const QJsonValue& value : rows)
        partial += value.toObject()[QStringLiteral("partial")].toBool() ? 1 : 0;
    CHECK(partial >= 1);
    // The report: the counties ranked, the city's survey figure with its sample and interval.
    const QString pdf = cli.path(QStringLiteral("index.pdf"));
    cli.ok(args({"index", "report", "2026", "--out"}) << pdf);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("2026年度清廉指数报告")));
    CHECK(text.contains(first));
    CHECK(text.contains(QStringLiteral("样本不足 30")));
    CHECK(
        text.contains(QString::number(participation[QStringLiteral("score")].toDouble(), 'f', 2)));
    // The model has been used: importing it again makes version 2.
    CHECK(cli.ok(args({"index", "model", "import"})
                 << cli.write(QStringLiteral("model2.json"), model))
              .out.contains(QStringLiteral("version 2")));
}

TEST_CASE("CLI bad index input exits 1 and changes nothing, review sub-steps reach the report",
          "[cli][index]") {
    Cli cli;
    cli.ok(args({"demo", "--units", "60", "--seed", "3", "--year", "2026"}));
    const QJsonArray results = cli.json(args({"result", "2026", "--format", "json"}));
    const QString unit = results[0].toObject()[QStringLiteral("unit")].toString();
    const QString county = results[0].toObject()[QStringLiteral("county")].toString();
    const QString before = cli.ok(args({"history"}) << unit).out;
    QByteArray bad(model);
    bad.replace("\"weight\":0.4", "\"weight\":0.5");
    const QList<QStringList> refused = {
        args({"index", "model", "import"}) << cli.write(QStringLiteral("bad.json"), bad),
        args({"index", "model", "import"})
            << cli.write(QStringLiteral("broken.json"), "{\"year\":"),
        args({"index", "input", "2026", "--county", "火星县", "--aspect", "执纪问责", "--value",
              "50"}),
        args({"index", "input", "2026", "--county"})
            << county << QStringLiteral("--aspect") << QStringLiteral("不存在")
            << QStringLiteral("--value") << QStringLiteral("50"),
        args({"index", "input", "2026", "--county"})
            << county << QStringLiteral("--aspect") << QStringLiteral("执纪问责")
            << QStringLiteral("--value") << QStringLiteral("120"),
        args({"survey-round", "add", "2026", "--name", "x", "--by", "neighbours", "--date",
              "2026-10-01"}),
        args({"survey-round", "import", "9", "x.csv"}),
        args({"review-step", "2026"}) << unit << QStringLiteral("7") << QStringLiteral("--date")
                                      << QStringLiteral("2026-09-01"),
    };
    const QString modelBefore = cli.ok(args({"index", "model", "show", "--year", "2026"})).out;
    for (const QStringList& words : refused) {
        const Run run = cli.run(words);
        INFO(words.join(QLatin1Char(' ')).toStdString() + " → " + run.err.toStdString());
        CHECK(run.code == 1);
    }
    CHECK(cli.ok(args({"index", "model", "show", "--year", "2026"})).out == modelBefore);
    // An aggregated file with an unknown county names its row.
    const QString id = cli.ok(args({"survey-round", "add", "2026", "--name", "测评", "--by",
                                    "public", "--date", "2026-10-01"}))
                           .out.trimmed();
    const Run unknown = cli.run(
        args({"survey-round", "import"})
        << id << cli.write(QStringLiteral("agg.csv"), "county,aspect,score\n火星县,公众参与,80\n"));
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("row 2")));

    // The six sub-steps, by number and by name, on the rating report.
    cli.ok(args({"review-step", "2026"}) << unit << QStringLiteral("1") << QStringLiteral("--date")
                                         << QStringLiteral("2026-09-01") << QStringLiteral("--note")
                                         << QStringLiteral("公示7天无异议"));
    cli.ok(args({"review-step", "2026"})
           << unit << QStringLiteral("述职述廉") << QStringLiteral("--date")
           << QStringLiteral("2026-09-03"));
    CHECK(cli.ok(args({"history"}) << unit).out != before);
    const QString pdf = cli.path(QStringLiteral("report.pdf"));
    cli.ok(args({"report", "2026"}) << unit << QStringLiteral("--out") << pdf);
    const QString text = pdfText(pdf);
    for (const char* step : {"考前公示", "述职述廉", "民主测评", "个别谈话", "走访", "综合评定"})
        CHECK(text.contains(QString::fromUtf8(step)));
    CHECK(text.contains(QStringLiteral("2026-09-01")));
    CHECK(text.contains(QStringLiteral("公示7天无异议")));
}
