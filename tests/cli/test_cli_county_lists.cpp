// The CLI with a county's own files: short type names and aliases (types alias, types list),
// --type 机关 wherever a type is read, new counties refused unless --new-counties, .xls input.
#include "cli/CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace lianping::test;

namespace {
QString fixture(const char* name) {
    return QStringLiteral(LIANPING_TEST_DATA "/county_units/") + QString::fromLatin1(name);
}
} // namespace

TEST_CASE("cli: a county's .xls unit list needs --new-counties, then imports with short types") {
    Cli cli;
    cli.ok(args({"init"}));
    const Run refused =
        cli.run({QStringLiteral("units"), QStringLiteral("import"), fixture("county_units.xls")});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("利州区")));
    CHECK(refused.err.contains(QStringLiteral("--new-counties")));
    CHECK(cli.json(args({"units", "list", "--format", "json"})).isEmpty());
    CHECK(cli.ok(args({"counties", "list"})).out.trimmed().isEmpty());
    const Run done = cli.ok({QStringLiteral("units"), QStringLiteral("import"),
                             fixture("county_units.xls"), QStringLiteral("--new-counties")});
    CHECK(done.out.contains(QStringLiteral("11")));
    const QJsonArray agencies =
        cli.json(args({"units", "list", "--type", "机关", "--format", "json"}));
    CHECK(agencies.size() == 2);
    for (const QJsonValue& unit : agencies)
        CHECK(unit.toObject().value(QStringLiteral("type")).toString() == QStringLiteral("agency"));
    CHECK(cli.json(args({"units", "list", "--type", "村居", "--format", "json"})).size() == 2);
    // The same list again: every unit exists, and the near-miss county is refused with advice.
    const Run near = cli.run({QStringLiteral("units"), QStringLiteral("import"),
                              cli.write(QStringLiteral("near.csv"),
                                        "单位编码,单位名称,类别,县区\nN1,某单位,机关,利州\n"),
                              QStringLiteral("--new-counties")});
    CHECK(near.code == 1);
    CHECK(near.err.contains(QStringLiteral("near.csv: row 2, field 县区")));
    CHECK(near.err.contains(QStringLiteral("利州区")));
}

TEST_CASE("cli: types alias adds names that types list shows and imports accept") {
    Cli cli;
    cli.ok(args({"init"}));
    cli.ok(args({"types", "alias", "agency", "党政机关", "部门"}));
    const QJsonArray types = cli.json(args({"types", "list", "--format", "json"}));
    bool seen = false;
    for (const QJsonValue& value : types) {
        const QJsonObject type = value.toObject();
        REQUIRE(type.value(QStringLiteral("aliases")).isArray());
        if (type.value(QStringLiteral("code")).toString() == QStringLiteral("agency")) {
            seen = true;
            const QJsonArray aliases = type.value(QStringLiteral("aliases")).toArray();
            CHECK(aliases.contains(QStringLiteral("党政机关")));
            CHECK(aliases.contains(QStringLiteral("部门")));
        }
        if (type.value(QStringLiteral("code")).toString() == QStringLiteral("village"))
            CHECK(type.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("村社")));
    }
    CHECK(seen);
    const Run table = cli.ok(args({"types", "list"}));
    CHECK(table.out.contains(QStringLiteral("党政机关")));
    const Run taken = cli.run(args({"types", "alias", "agency", "学校"}));
    CHECK(taken.code == 1);
    CHECK(taken.err.contains(QStringLiteral("廉洁学校")));
    cli.ok({QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--new-counties"),
            cli.write(QStringLiteral("units.csv"), "code,name,type,county,demo\n"
                                                   "A1,甲局,部门,利州区,√\n"
                                                   "A2,乙局,清廉机关,利州区,×\n")});
    const QJsonArray units = cli.json(args({"units", "list", "--format", "json"}));
    REQUIRE(units.size() == 2);
    CHECK(units[0].toObject().value(QStringLiteral("type")).toString() == QStringLiteral("agency"));
    CHECK(units[0].toObject().value(QStringLiteral("demo")).toBool());
    CHECK_FALSE(units[1].toObject().value(QStringLiteral("demo")).toBool());
    cli.ok(args({"campaign", "create", "2026"}));
    cli.ok(args({"campaign", "enroll", "2026", "--type", "机关"}));
    CHECK(cli.json(args({"result", "2026", "--type", "机关", "--format", "json"})).size() == 2);
    const Run unknown = cli.run(args({"units", "list", "--type", "城堡"}));
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("城堡")));
}
