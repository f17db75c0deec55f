// rubric import/export by extension (.xlsx or JSON) and rubric diff between two versions.
#include "CliRunner.h"

using namespace lianping;
using namespace lianping::test;

namespace {

QJsonObject readJson(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

int versions(const Cli& cli, const char* type) {
    int count = 0;
    for (const QJsonValue& value : cli.json(args({"rubric", "list", "--format", "json"})))
        count += value.toObject()[QStringLiteral("type")] == QString::fromUtf8(type) ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("cli: rubric export and import as .xlsx, and the diff of two versions") {
    Cli cli;
    cli.ok(args({"init"}));
    const QString xlsx = cli.path(QStringLiteral("school.xlsx"));
    cli.ok({QStringLiteral("rubric"), QStringLiteral("export"), QStringLiteral("school"),
            QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"), xlsx});
    QFile file(xlsx);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK");
    file.close();
    const Run imported = cli.ok({QStringLiteral("rubric"), QStringLiteral("import"), xlsx});
    CHECK(imported.out.contains(QStringLiteral("version 2")));
    CHECK(versions(cli, "school") == 2);

    // Version 3: one point moved from the first indicator to the second.
    const QString json = cli.path(QStringLiteral("school.json"));
    cli.ok({QStringLiteral("rubric"), QStringLiteral("export"), QStringLiteral("school"),
            QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"), json});
    QJsonObject rubric = readJson(json);
    QJsonArray dimensions = rubric[QStringLiteral("dimensions")].toArray();
    QJsonObject dimension = dimensions[0].toObject();
    QJsonArray indicators = dimension[QStringLiteral("indicators")].toArray();
    QJsonObject first = indicators[0].toObject();
    QJsonObject second = indicators[1].toObject();
    const QString firstCode = first[QStringLiteral("id")].toString();
    const int firstMax = first[QStringLiteral("max")].toInt();
    first[QStringLiteral("max")] = firstMax - 1;
    second[QStringLiteral("max")] = second[QStringLiteral("max")].toInt() + 1;
    indicators[0] = first;
    indicators[1] = second;
    dimension[QStringLiteral("indicators")] = indicators;
    dimensions[0] = dimension;
    rubric[QStringLiteral("dimensions")] = dimensions;
    cli.ok({QStringLiteral("rubric"), QStringLiteral("import"),
            cli.write(QStringLiteral("v3.json"), QJsonDocument(rubric).toJson())});

    const QJsonArray same = cli.json(args({"rubric", "diff", "school", "--year", "2026", "--from",
                                           "1", "--to", "2", "--format", "json"}));
    REQUIRE(same.size() == 1); // only the totals
    CHECK(same[0].toObject()[QStringLiteral("change")] == QStringLiteral("total"));
    CHECK(same[0].toObject()[QStringLiteral("to")] == QStringLiteral("100"));

    const QJsonArray changes = cli.json(args({"rubric", "diff", "school", "--year", "2026",
                                              "--from", "1", "--to", "3", "--format", "json"}));
    REQUIRE(changes.size() == 3);
    const QJsonObject change = changes[0].toObject();
    CHECK(change[QStringLiteral("change")] == QStringLiteral("changed"));
    CHECK(change[QStringLiteral("code")] == firstCode);
    CHECK(change[QStringLiteral("field")] == QStringLiteral("max"));
    CHECK(change[QStringLiteral("from")] == QString::number(firstMax));
    CHECK(change[QStringLiteral("to")] == QString::number(firstMax - 1));
    const Run table =
        cli.ok(args({"rubric", "diff", "school", "--year", "2026", "--from", "1", "--to", "3"}));
    CHECK(table.out.contains(firstCode));
    CHECK(table.out.contains(QStringLiteral("changed")));

    const Run missing =
        cli.run(args({"rubric", "diff", "school", "--year", "2026", "--from", "1", "--to", "9"}));
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("version 9")));
    CHECK(cli.run(args({"rubric", "diff", "school", "--year", "2026", "--from", "x", "--to", "2"}))
              .code != 0);
}

TEST_CASE("cli: a refused .xlsx rubric adds no version") {
    Cli cli;
    cli.ok(args({"init"}));
    const QString xlsx = cli.path(QStringLiteral("agency.xlsx"));
    cli.ok({QStringLiteral("rubric"), QStringLiteral("export"), QStringLiteral("agency"),
            QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"), xlsx});
    // Not a workbook: refused with the file's name.
    const Run broken = cli.run({QStringLiteral("rubric"), QStringLiteral("import"),
                                cli.write(QStringLiteral("broken.xlsx"), "not a zip")});
    CHECK(broken.code == 1);
    CHECK(broken.err.contains(QStringLiteral("broken.xlsx")));
    CHECK(versions(cli, "agency") == 1);
}
