// The exchange commands through the real lianping-cli, and the database file itself compared
// byte for byte after every refused package.
#include "cli/CliRunner.h"

#include <QCryptographicHash>

using namespace lianping::test;

namespace {

QByteArray digest(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList on(const QString& db, std::initializer_list<const char*> words) {
    QStringList list{QStringLiteral("--db"), db};
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return list;
}

} // namespace

TEST_CASE(
    "cli: package export, inspect, dry run, import — refusals leave the file byte-identical") {
    Cli cli;
    const QString county = cli.path(QStringLiteral("county.lpdb"));
    const QString city = cli.path(QStringLiteral("city.lpdb"));
    const QString keyPass = cli.write(QStringLiteral("key-pass.txt"), "利州区纪委 2026 签名口令\n");
    cli.ok(on(county, {"office", "init", "利州区纪委", "--role", "county", "--county", "利州区",
                       "--key-passphrase-file"})
           << keyPass);
    cli.ok(on(city, {"office", "init", "广元市纪委", "--role", "city", "--key-passphrase-file"})
           << keyPass);
    const QString countyKey = cli.path(QStringLiteral("county.key"));
    const QString cityKey = cli.path(QStringLiteral("city.key"));
    cli.ok(on(county, {"office", "export-key", "--key-passphrase-file"})
           << keyPass << QStringLiteral("--out") << countyKey);
    cli.ok(on(city, {"office", "export-key", "--key-passphrase-file"})
           << keyPass << QStringLiteral("--out") << cityKey);
    const Run trusted = cli.ok(on(city, {"office", "trust"}) << countyKey);
    const QJsonArray keys = cli.json(on(city, {"office", "keys", "--format", "json"}));
    REQUIRE(keys.size() == 2);
    for (const QJsonValue& key : keys)
        if (!key.toObject()[QStringLiteral("own")].toBool())
            CHECK(trusted.out.contains(key.toObject()[QStringLiteral("fingerprint")].toString()));
    cli.ok(on(county, {"office", "trust"}) << cityKey);

    cli.ok(on(county, {"units", "import", "--new-counties"})
           << cli.write(QStringLiteral("units.csv"), "code,name,type,county\n"
                                                     "A001,利州区财政局,agency,利州区\n"
                                                     "A002,利州区民政局,agency,利州区\n"));
    cli.ok(on(county, {"campaign", "create", "2026"}));
    cli.ok(on(county, {"campaign", "enroll", "2026"}));
    cli.ok(on(county, {"score", "set", "2026", "A001", "D1.1", "9", "--step", "county"}));
    const QString package = cli.path(QStringLiteral("county.lpkg"));
    cli.ok(on(county, {"package", "export", "2026", "--key-passphrase-file"})
           << keyPass << QStringLiteral("--out") << package);
    const Run inspected = cli.ok(on(city, {"package", "inspect"}) << package);
    CHECK(inspected.out.contains(QStringLiteral("signature verified")));
    CHECK(inspected.out.contains(QStringLiteral("利州区纪委")));

    // Refusals: the city's file stays byte for byte what it was.
    const QByteArray before = digest(city);
    QFile original(package);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    QByteArray tampered = bytes;
    tampered[tampered.size() - 5] = static_cast<char>(tampered[tampered.size() - 5] ^ 0x20);
    const QString altered = cli.write(QStringLiteral("altered.lpkg"), tampered);
    const QString truncated =
        cli.write(QStringLiteral("truncated.lpkg"), bytes.left(bytes.size() - 100));
    for (const QString& bad : {altered, truncated}) {
        const Run refused = cli.run(on(city, {"package", "import"}) << bad);
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(bad));
        CHECK(digest(city) == before);
    }
    const QJsonArray preview =
        cli.json(on(city, {"package", "import", "--dry-run", "--format", "json"}) << package);
    CHECK(digest(city) == before);
    int previewedNew = 0;
    for (const QJsonValue& kind : preview)
        previewedNew += kind.toObject()[QStringLiteral("new")].toInt();
    CHECK(previewedNew == 2 + 2 + 1); // units, enrollments, one sheet

    cli.ok(on(city, {"package", "import"}) << package);
    const QByteArray imported = digest(city);
    CHECK(imported != before);
    const Run replay = cli.run(on(city, {"package", "import"}) << package);
    CHECK(replay.code == 1);
    CHECK(replay.err.contains(QStringLiteral("already imported")));
    CHECK(digest(city) == imported);
    const QJsonArray results = cli.json(on(city, {"result", "2026", "--format", "json"}));
    CHECK(results.size() == 2);

    // Encrypted with a passphrase from a file; a wrong passphrase changes nothing.
    const QString secret = cli.write(QStringLiteral("pass.txt"), "U盘口令 2026\n");
    const QString wrong = cli.write(QStringLiteral("wrong.txt"), "guess\n");
    const QString sealed = cli.path(QStringLiteral("sealed.lpkg"));
    cli.ok(on(county, {"score", "set", "2026", "A002", "D1.1", "8", "--step", "county"}));
    cli.ok(on(county, {"package", "export", "2026", "--key-passphrase-file"})
           << keyPass << QStringLiteral("--out") << sealed << QStringLiteral("--passphrase-file")
           << secret);
    const Run wrongRun = cli.run(on(city, {"package", "import"})
                                 << sealed << QStringLiteral("--passphrase-file") << wrong);
    CHECK(wrongRun.code == 1);
    CHECK(wrongRun.err.contains(QStringLiteral("passphrase")));
    CHECK(digest(city) == imported);
    cli.ok(on(city, {"package", "import"})
           << sealed << QStringLiteral("--passphrase-file") << secret);
    CHECK(cli.json(on(city, {"conflicts", "list", "--format", "json"})).isEmpty());
    CHECK(cli.run(on(city, {"package", "export", "2026"})).code == 2);
    CHECK(cli.run(on(city, {"conflicts", "resolve", "1", "--keep", "maybe"})).code == 2);
}

TEST_CASE("cli: recheck-sample and deviations print the contract's fields") {
    Cli cli;
    cli.ok(args({"demo", "--units", "200", "--seed", "4"}));
    const QJsonArray deviations = cli.json(args({"deviations", "2026", "--format", "json"}));
    REQUIRE_FALSE(deviations.isEmpty());
    QStringList fields = deviations[0].toObject().keys();
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("city_total"), QStringLiteral("county"),
                                QStringLiteral("county_total"), QStringLiteral("delta"),
                                QStringLiteral("flagged"), QStringLiteral("name"),
                                QStringLiteral("unit")});
    for (const QJsonValue& value : deviations) {
        const QJsonObject row = value.toObject();
        if (row[QStringLiteral("county_total")].isNull())
            continue;
        CHECK(row[QStringLiteral("delta")].toDouble() ==
              Approx(row[QStringLiteral("city_total")].toDouble() -
                     row[QStringLiteral("county_total")].toDouble()));
        CHECK(row[QStringLiteral("flagged")].toBool() ==
              (std::abs(row[QStringLiteral("delta")].toDouble()) > 5));
    }
    const QJsonArray perCounty = cli.json(
        args({"deviations", "2026", "--per-county", "--threshold", "2", "--format", "json"}));
    CHECK_FALSE(perCounty.isEmpty());

    const QJsonArray a = cli.json(
        args({"recheck-sample", "2026", "--percent", "20", "--seed", "7", "--format", "json"}));
    const QJsonArray b = cli.json(
        args({"recheck-sample", "2026", "--percent", "20", "--seed", "7", "--format", "json"}));
    CHECK(a == b);
    for (const QJsonValue& value : a) {
        const QString reason = value.toObject()[QStringLiteral("reason")].toString();
        CHECK((reason == QLatin1String("excellent") || reason == QLatin1String("random")));
        CHECK(value.toObject()[QStringLiteral("seed")].toString() == QStringLiteral("7"));
    }
    CHECK(cli.run(args({"recheck-sample", "2026"})).code == 2);
    CHECK(cli.run(args({"recheck-sample", "2026", "--percent", "120"})).code == 2);
}
