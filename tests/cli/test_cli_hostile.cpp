// What a hostile or careless file can make the CLI write: CSV cells that a spreadsheet would
// run as formulas are defused; numbers stay numbers.
#include "cli/CliRunner.h"

using namespace lianping::test;

TEST_CASE("cli: CSV output defuses cells that Excel or WPS would evaluate") {
    Cli cli;
    cli.ok(args({"init"}));
    cli.ok(
        {QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--new-counties"),
         cli.write(QStringLiteral("units.csv"), "code,name,type,county,lead\n"
                                                "A1,\"=cmd|' /C calc'!A0\",机关,利州区,@SUM(1+1)\n"
                                                "A2,+86 某局,机关,利州区,-1\n"
                                                "A3,正常名称,机关,利州区,张三\n")});
    const QString csv = cli.ok(args({"units", "list", "--format", "csv"})).out;
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[1].startsWith(QStringLiteral("A1,'=cmd|' /C calc'!A0,")));
    CHECK(lines[1].contains(QStringLiteral(",'@SUM(1+1),")));
    CHECK(lines[2].startsWith(QStringLiteral("A2,'+86 某局,")));
    CHECK(lines[2].contains(QStringLiteral(",'-1,")));
    CHECK(lines[3].startsWith(QStringLiteral("A3,正常名称,")));
    // JSON keeps the text as it is.
    const QJsonArray json = cli.json(args({"units", "list", "--format", "json"}));
    CHECK(json[0].toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("=cmd|' /C calc'!A0"));
    // Numbers are not text: a negative number is written as a number.
    cli.ok(args({"campaign", "create", "2026"}));
    cli.ok(args({"campaign", "enroll", "2026", "--type", "机关"}));
    const QString result = cli.ok(args({"result", "2026", "--format", "csv"})).out;
    CHECK(result.contains(QStringLiteral("A1,'=cmd")));
}
