// The lianping-cli contract of issue 2, run through the real executable: commands, JSON
// fields, exit codes (0 ok, 1 runtime error, 2 usage) and bad input changing nothing.
#include "cli/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace lianping::test;

namespace {

QStringList keys(const QJsonObject& object) {
    QStringList list = object.keys();
    list.sort();
    return list;
}

void setUpAgencies(const Cli& cli) {
    cli.ok(args({"init"}));
    cli.ok(
        {QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--new-counties"),
         cli.write(QStringLiteral("units.csv"), "单位编码,单位名称,类别,县区,牵头单位,示范点\n"
                                                "A001,利州区财政局,agency,利州区,市直机关工委,是\n"
                                                "A002,利州区民政局,廉洁机关,利州区,,否\n"
                                                "S001,旺苍县白水中学,school,旺苍县,,no\n")});
    cli.ok(args({"campaign", "create", "2026"}));
    cli.ok(args({"campaign", "enroll", "2026"}));
    QByteArray scores = "unit,indicator,points,note\n";
    for (const char* indicator :
         {"D1.1", "D1.2", "D2.1", "D2.2", "D2.3", "D2.4", "D3.1", "D3.2", "D4.1", "D4.2"}) {
        scores += QByteArray("A001,") + indicator + ",9,\n";
        scores += QByteArray("A002,") + indicator + ",7,\n";
    }
    cli.ok({QStringLiteral("score"), QStringLiteral("import"), QStringLiteral("2026"),
            cli.write(QStringLiteral("county.csv"), scores), QStringLiteral("--step"),
            QStringLiteral("county")});
}

} // namespace

TEST_CASE("cli: units list returns the contract's JSON fields and searches Chinese") {
    Cli cli;
    setUpAgencies(cli);
    const QJsonArray all = cli.json(args({"units", "list", "--format", "json"}));
    REQUIRE(all.size() == 3);
    CHECK(keys(all[0].toObject()) ==
          args({"active", "code", "county", "demo", "lead", "name", "type"}));
    const QJsonObject a001 = all[0].toObject();
    CHECK(a001[QStringLiteral("code")] == QStringLiteral("A001"));
    CHECK(a001[QStringLiteral("type")] == QStringLiteral("agency"));
    CHECK(a001[QStringLiteral("demo")] == true);
    CHECK(a001[QStringLiteral("active")] == true);
    CHECK(cli.json(args({"units", "list", "--search", "民", "--format", "json"})).size() == 1);
    CHECK(cli.json(args({"units", "list", "--search", "利州区", "--format", "json"})).size() == 2);
    CHECK(cli.json(args({"units", "list", "--type", "school", "--format", "json"})).size() == 1);
    CHECK(cli.json(args({"units", "list", "--county", "旺苍县", "--format", "json"})).size() == 1);
    const Run csv = cli.ok(args({"units", "list", "--format", "csv"}));
    CHECK(csv.out.startsWith(QStringLiteral("code,name,type,county,lead,demo,active\n")));
}

TEST_CASE("cli: a unit from self-check to naming, with result JSON and history") {
    Cli cli;
    setUpAgencies(cli);
    cli.ok(args({"survey", "set", "2026", "A001", "--satisfied", "40", "--basic", "8",
                 "--unsatisfied", "2"}));
    cli.ok(args({"score", "set", "2026", "A001", "D1.1", "10", "--step", "self"}));
    const QJsonArray result =
        cli.json(args({"result", "2026", "--unit", "A001", "--format", "json"}));
    REQUIRE(result.size() == 1);
    const QJsonObject row = result[0].toObject();
    CHECK(keys(row) == args({"county", "grade", "name", "s_mass", "s_org", "state", "total", "type",
                             "unit", "veto"}));
    CHECK(row[QStringLiteral("s_org")].toDouble() == Approx(90.0));
    CHECK(row[QStringLiteral("s_mass")].toDouble() == Approx(89.6));
    CHECK(row[QStringLiteral("total")].toDouble() == Approx(0.7 * 90 + 0.3 * 89.6));
    CHECK(row[QStringLiteral("grade")] == QStringLiteral("qualified")); // 63 + 26.88 = 89.88
    CHECK(row[QStringLiteral("veto")] == false);
    CHECK(row[QStringLiteral("state")] == QStringLiteral("draft"));

    cli.ok(args({"advance", "2026", "A001", "--to", "submitted"}));
    cli.ok(args({"advance", "2026", "A001", "--to", "county-accepted"}));
    cli.ok(args(
        {"score", "set", "2026", "A001", "D1.1", "5", "--step", "city", "--note", "复查扣分"}));
    cli.ok(args({"advance", "2026", "A001", "--to", "city-rechecked"}));
    const QJsonObject rechecked =
        cli.json(args({"result", "2026", "--unit", "A001", "--format", "json"}))[0].toObject();
    CHECK(rechecked[QStringLiteral("s_org")].toDouble() == Approx(86.0));
    CHECK(rechecked[QStringLiteral("total")].toDouble() == Approx(0.7 * 86 + 0.3 * 89.6));
    cli.ok(
        args({"name", "2026", "--decision", "广委〔2026〕12号", "--date", "2026-12-01", "A001"}));
    CHECK(cli.json(args({"result", "2026", "--unit", "A001", "--format", "json"}))[0]
              .toObject()[QStringLiteral("state")] == QStringLiteral("named"));
    cli.ok(args({"revoke", "A001", "--reason", "发生违纪案件", "--date", "2026-12-20", "--document",
                 "广委〔2026〕30号"}));

    const QJsonArray history = cli.json(args({"history", "A001", "--format", "json"}));
    QStringList changes;
    for (const QJsonValue& value : history) {
        const QJsonObject entry = value.toObject();
        CHECK(entry[QStringLiteral("operator")] == QStringLiteral("测试员"));
        if (entry[QStringLiteral("field")] == QStringLiteral("state"))
            changes << entry[QStringLiteral("new")].toString();
        if (entry[QStringLiteral("field")] == QStringLiteral("city:D1.1"))
            CHECK(entry[QStringLiteral("note")] == QStringLiteral("复查扣分"));
    }
    CHECK(changes ==
          args({"draft", "submitted", "county-accepted", "city-rechecked", "named", "revoked"}));

    // The unqualified unit gets its admonition once accepted.
    cli.ok(args({"advance", "2026", "A002", "--to", "submitted"}));
    cli.ok(args({"advance", "2026", "A002", "--to", "county-accepted"}));
    const Run followups = cli.ok(args({"followups", "--year", "2026", "--format", "csv"}));
    CHECK(followups.out.contains(QStringLiteral("A002")));
    CHECK(followups.out.contains(QStringLiteral("admonition")));
}

TEST_CASE("cli: usage errors exit 2, runtime errors exit 1, and neither changes the database") {
    Cli cli;
    setUpAgencies(cli);
    CHECK(cli.run(args({"frobnicate"})).code == 2);
    CHECK(cli.run(args({"units", "list", "--format", "xml"})).code == 2);
    CHECK(cli.run(args({"score", "set", "2026", "A001", "D1.1", "--step", "county"})).code == 2);
    CHECK(cli.run(args({"score", "set", "2026", "A001", "D1.1", "5", "--step", "mayor"})).code ==
          2);
    CHECK(cli.run(args({"advance", "2026", "A001", "--to", "heaven"})).code == 2);
    CHECK(cli.run(args({"result", "twenty"})).code == 2);
    CHECK(cli.run(args({"units", "list", "--bogus"})).code == 2);

    const Run range =
        cli.run(args({"score", "set", "2026", "A001", "D1.1", "11", "--step", "county"}));
    CHECK(range.code == 1);
    CHECK(range.err.contains(QStringLiteral("D1.1")));
    CHECK(cli.run(args({"score", "set", "2026", "A001", "D1.1", "7.3", "--step", "county"})).code ==
          1);
    CHECK(cli.run(args({"score", "set", "2026", "NOPE", "D1.1", "5", "--step", "county"})).code ==
          1);
    CHECK(cli.run(args({"advance", "2026", "A001", "--to", "county-accepted"})).code == 1);
    CHECK(cli.run(args({"name", "2026", "--decision", "X", "--date", "2026-12-01", "A002"})).code ==
          1);
    const Run unknownType = cli.run(
        {QStringLiteral("units"), QStringLiteral("import"),
         cli.write(QStringLiteral("bad.csv"), "code,name,type,county\nB1,某单位,castle,利州区\n")});
    CHECK(unknownType.code == 1);
    CHECK(unknownType.err.contains(QStringLiteral("bad.csv: row 2, field type")));
    const Run badRubric = cli.run(
        {QStringLiteral("rubric"), QStringLiteral("import"),
         cli.write(
             QStringLiteral("r.json"),
             R"({"type":"agency","year":2027,"title":"t","dimensions":[{"id":"D1","title":"d","indicators":[{"id":"X","text":"x","max":90}]}]})")});
    CHECK(badRubric.code == 1);
    CHECK(badRubric.err.contains(QStringLiteral("not 100")));
    // The data is as it was.
    CHECK(cli.json(args({"units", "list", "--format", "json"})).size() == 3);
    CHECK(cli.json(args({"result", "2026", "--unit", "A001", "--format", "json"}))[0]
              .toObject()[QStringLiteral("s_org")]
              .toDouble() == Approx(90.0));
}

TEST_CASE("cli: rubric export and import round-trip as a new version") {
    Cli cli;
    cli.ok(args({"init"}));
    const QString out = cli.path(QStringLiteral("school.json"));
    cli.ok({QStringLiteral("rubric"), QStringLiteral("export"), QStringLiteral("school"),
            QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"), out});
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject rubric = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(rubric[QStringLiteral("type")] == QStringLiteral("school"));
    CHECK(rubric[QStringLiteral("year")] == 2026);
    CHECK(!rubric[QStringLiteral("dimensions")].toArray().isEmpty());
    cli.ok({QStringLiteral("rubric"), QStringLiteral("import"), out});
    const QJsonArray list = cli.json(args({"rubric", "list", "--format", "json"}));
    int schoolVersions = 0;
    for (const QJsonValue& value : list)
        if (value.toObject()[QStringLiteral("type")] == QStringLiteral("school"))
            ++schoolVersions;
    CHECK(schoolVersions == 2);
    cli.ok(args({"types", "add", "township", "廉洁乡镇", "--lead", "县委组织部"}));
    CHECK(cli.ok(args({"types", "list", "--format", "csv"}))
              .out.contains(QStringLiteral("township,廉洁乡镇,县委组织部,false")));
}

TEST_CASE("cli: demo data gives a result for every unit") {
    Cli cli;
    const Run demo = cli.ok(args({"demo", "--units", "300", "--seed", "5", "--year", "2026"}));
    CHECK(demo.out.contains(QStringLiteral("300 units")));
    const QJsonArray results = cli.json(args({"result", "2026", "--format", "json"}));
    CHECK(results.size() == 300);
    int graded = 0;
    for (const QJsonValue& value : results)
        if (!value.toObject()[QStringLiteral("grade")].isNull())
            ++graded;
    CHECK(graded > 250);
}
