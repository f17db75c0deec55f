// The signing key's contract through the real lianping-cli: `office init` takes
// --key-passphrase-file (first line) and refuses to make an unprotected key; every signing
// command exits 1 saying the key is locked without it (no keyring here), and a copy of the
// database cannot export a package with a wrong or no passphrase.
#include "cli/CliRunner.h"

using namespace lianping::test;

namespace {

QStringList on(const QString& db, std::initializer_list<const char*> words) {
    QStringList list{QStringLiteral("--db"), db};
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return list;
}

} // namespace

TEST_CASE("cli: office init, package export and export-key need the key passphrase") {
    Cli cli;
    const QString county = cli.path(QStringLiteral("county.lpdb"));
    const QString pass =
        cli.write(QStringLiteral("key.txt"), "利州区纪委 签名密钥口令\r\nsecond line\n");
    const QString wrong = cli.write(QStringLiteral("wrong.txt"), "not the passphrase\n");
    const QString shortOne = cli.write(QStringLiteral("short.txt"), "1234567\n");

    // No keyring, no passphrase: no office is set up, nothing half-made.
    const Run bare = cli.run(
        on(county, {"office", "init", "利州区纪委", "--role", "county", "--county", "利州区"}));
    CHECK(bare.code == 1);
    CHECK(bare.err.contains(QStringLiteral("--key-passphrase-file")));
    CHECK(cli.ok(on(county, {"office", "show"})).out.contains(QStringLiteral("role all")));
    const Run tooShort = cli.run(on(county, {"office", "init", "利州区纪委", "--role", "county",
                                             "--county", "利州区", "--key-passphrase-file"})
                                 << shortOne);
    CHECK(tooShort.code == 1);
    CHECK(tooShort.err.contains(QStringLiteral("too short")));
    cli.ok(on(county, {"office", "init", "利州区纪委", "--role", "county", "--county", "利州区",
                       "--key-passphrase-file"})
           << pass);

    cli.ok(on(county, {"units", "import", "--new-counties"})
           << cli.write(QStringLiteral("units.csv"), "code,name,type,county\n"
                                                     "A001,利州区财政局,agency,利州区\n"));
    cli.ok(on(county, {"campaign", "create", "2026"}));
    cli.ok(on(county, {"campaign", "enroll", "2026"}));
    cli.ok(on(county, {"score", "set", "2026", "A001", "D1.1", "9", "--step", "county"}));

    const QString package = cli.path(QStringLiteral("p.lpkg"));
    for (const QStringList& signing :
         {on(county, {"package", "export", "2026", "--out"}) << package,
          on(county, {"office", "export-key", "--out"}) << cli.path(QStringLiteral("k.lpkey")),
          on(county, {"office", "rotate-key"})}) {
        INFO(signing.join(QLatin1Char(' ')).toStdString());
        const Run locked = cli.run(signing);
        CHECK(locked.code == 1);
        CHECK(locked.err.contains(QStringLiteral("locked")));
        CHECK(locked.err.contains(QStringLiteral("--key-passphrase-file")));
        const Run guessed =
            cli.run(QStringList(signing) << QStringLiteral("--key-passphrase-file") << wrong);
        CHECK(guessed.code == 1);
        CHECK(guessed.err.contains(QStringLiteral("wrong")));
    }
    CHECK_FALSE(QFile::exists(package));
    cli.ok(on(county, {"package", "export", "2026", "--out"})
           << package << QStringLiteral("--key-passphrase-file") << pass);
    CHECK(QFile::exists(package));

    // A copy of the file, used elsewhere: the same.
    const QString copy = cli.path(QStringLiteral("copy.lpdb"));
    REQUIRE(QFile::copy(county, copy));
    const Run fromCopy = cli.run(on(copy, {"package", "export", "2026", "--out"})
                                 << cli.path(QStringLiteral("c.lpkg")));
    CHECK(fromCopy.code == 1);
    CHECK(fromCopy.err.contains(QStringLiteral("locked")));
    CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("c.lpkg"))));

    // Rotation: the old passphrase opens the old key; the new one the new key.
    const QString next = cli.write(QStringLiteral("next.txt"), "轮换之后的新密钥口令\n");
    const Run rotated = cli.ok(on(county, {"office", "rotate-key", "--key-passphrase-file"})
                               << pass << QStringLiteral("--new-key-passphrase-file") << next);
    CHECK(rotated.out.contains(QStringLiteral("replaces")));
    CHECK(cli.run(on(county, {"package", "export", "2026", "--out"})
                  << cli.path(QStringLiteral("old.lpkg")) << QStringLiteral("--key-passphrase-file")
                  << pass)
              .code == 1);
    cli.ok(on(county, {"package", "export", "2026", "--out"})
           << cli.path(QStringLiteral("new.lpkg")) << QStringLiteral("--key-passphrase-file")
           << next);
}
