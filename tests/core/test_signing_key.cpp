// The office's signing key at rest: never in clear in the file (nor so in its copies and
// backups), opened by the keyring of the account that set it up or by the key passphrase;
// a key left in clear by an earlier version is sealed on its next use; a rotated key is
// accepted by offices that trust the old one, and older packages still verify.
#include "TestDatabase.h"
#include "core/exchange/Crypto.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageImporter.h"
#include "core/office/Office.h"

#include <QFile>
#include <QJsonDocument>

using namespace lianping;
using namespace lianping::test;

namespace {

void setUpCounty(TestDatabase& t, const KeyUnlock& unlock = testKey()) {
    require(Offices::configure(t.db(), QStringLiteral("利州区纪委"), Role::County,
                               QStringLiteral("利州区"), {}));
    require(OfficeKeys::ensureOwn(t.db(), unlock));
    t.addUnit(QStringLiteral("A001"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A001"));
    t.scoreAll(2026, QStringLiteral("A001"), Step::County, 9);
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Result<ExportSummary> exportPackage(TestDatabase& t, const QString& name,
                                    const KeyUnlock& unlock = testKey()) {
    RecordScope scope;
    scope.year = 2026;
    return PackageExporter::write(t.db(), scope, t.file(name), {}, unlock);
}

} // namespace

TEST_CASE("the signing key is sealed: not in the file, its copy or its backup in clear") {
    TestDatabase county;
    setUpCounty(county);
    const QByteArray secret = require(OfficeKeys::secretKey(county.db(), testKey()));
    REQUIRE(secret.size() == 64);
    CHECK(county.db().meta(QStringLiteral("office_secret_key")).isEmpty());
    require(county.db().backupTo(county.file(QStringLiteral("backup.lpdb"))));
    county.reopen();
    for (const QString& path : {county.path(), county.path() + QStringLiteral("-wal"),
                                county.file(QStringLiteral("backup.lpdb"))}) {
        if (!QFile::exists(path))
            continue;
        INFO(path.toStdString());
        const QByteArray bytes = fileBytes(path);
        CHECK_FALSE(bytes.contains(secret));
        CHECK_FALSE(bytes.contains(secret.toBase64()));
        CHECK_FALSE(bytes.contains(secret.left(32).toBase64().left(40)));
    }
}

TEST_CASE("a copied database cannot sign without the key passphrase") {
    TestDatabase county;
    setUpCounty(county);
    county.reopen();
    // What a copy on another account has: no keyring entry, maybe a guess.
    CHECK_THAT(failure(OfficeKeys::secretKey(county.db(), {})),
               Catch::Contains("signing key is locked"));
    CHECK_THAT(failure(exportPackage(county, QStringLiteral("none.lpkg"), KeyUnlock{})),
               Catch::Contains("signing key is locked"));
    CHECK_THAT(failure(exportPackage(county, QStringLiteral("wrong.lpkg"),
                                     KeyUnlock{QByteArrayLiteral("not the passphrase"), true})),
               Catch::Contains("key passphrase is wrong"));
    CHECK_THAT(failure(OfficeKeys::exportKeyFile(county.db(), {})),
               Catch::Contains("signing key is locked"));
    CHECK_FALSE(QFile::exists(county.file(QStringLiteral("none.lpkg"))));
    CHECK_FALSE(QFile::exists(county.file(QStringLiteral("wrong.lpkg"))));
    // The passphrase opens it; the package verifies at the city.
    require(exportPackage(county, QStringLiteral("right.lpkg")));
    TestDatabase city;
    require(Offices::configure(city.db(), QStringLiteral("市纪委"), Role::City, {}, {}));
    require(OfficeKeys::trust(city.db(), require(OfficeKeys::exportKeyFile(county.db(), testKey())),
                              QStringLiteral("county.lpkey")));
    CHECK(require(PackageImporter::inspect(city.db(), county.file(QStringLiteral("right.lpkg"))))
              .verified);
}

TEST_CASE("without a keyring, a new key needs a passphrase of 8 characters, and none is made") {
    TestDatabase t;
    require(Offices::configure(t.db(), QStringLiteral("利州区纪委"), Role::County,
                               QStringLiteral("利州区"), {}));
    CHECK_THAT(failure(OfficeKeys::ensureOwn(t.db(), {})),
               Catch::Contains("choose a key passphrase"));
    CHECK_THAT(
        failure(OfficeKeys::ensureOwn(t.db(), KeyUnlock{QByteArrayLiteral("口令123"), true})),
        Catch::Contains("too short"));
    CHECK_THAT(failure(OfficeKeys::own(t.db())), Catch::Contains("no signing key yet"));
    Statement key = t.db().prepare("SELECT public_key FROM offices WHERE id = ?");
    key.bind(1, t.db().officeId());
    REQUIRE(key.step());
    CHECK(key.isNull(0));
}

TEST_CASE("a key left in clear by an earlier version is sealed on its next use, or stays locked") {
    TestDatabase county;
    setUpCounty(county);
    const QByteArray secret = require(OfficeKeys::secretKey(county.db(), testKey()));
    // What 0.1 wrote: the secret key in meta, nothing sealed.
    require(county.db().exec("DELETE FROM meta WHERE key LIKE 'office_key_%'"));
    require(county.db().setMeta(QStringLiteral("office_secret_key"),
                                QString::fromLatin1(secret.toBase64())));
    CHECK(KeyVault::protection(county.db()).clear);
    CHECK_THAT(failure(exportPackage(county, QStringLiteral("locked.lpkg"), KeyUnlock{})),
               Catch::Contains("locked"));
    CHECK(KeyVault::protection(county.db()).clear); // nothing changed
    const KeyUnlock fresh{QByteArrayLiteral("新的密钥口令 2026"), false};
    CHECK(require(OfficeKeys::secretKey(county.db(), fresh)) == secret);
    const KeyProtection now = KeyVault::protection(county.db());
    CHECK_FALSE(now.clear);
    CHECK(now.passphrase);
    CHECK(county.db().meta(QStringLiteral("office_secret_key")).isEmpty());
    CHECK(require(OfficeKeys::secretKey(county.db(), fresh)) == secret);
}

TEST_CASE("a rotated key: the trusting office follows it, and packages made before still verify") {
    TestDatabase county;
    setUpCounty(county);
    TestDatabase city;
    require(Offices::configure(city.db(), QStringLiteral("市纪委"), Role::City, {}, {}));
    require(OfficeKeys::trust(city.db(), require(OfficeKeys::exportKeyFile(county.db(), testKey())),
                              QStringLiteral("county.lpkey")));
    const OfficeKey before = require(OfficeKeys::own(county.db()));
    require(exportPackage(county, QStringLiteral("before.lpkg")));

    const KeyUnlock next{QByteArrayLiteral("轮换之后的新密钥口令"), false};
    CHECK_THAT(failure(OfficeKeys::rotate(county.db(), {}, next)), Catch::Contains("locked"));
    const OfficeKey after = require(OfficeKeys::rotate(county.db(), testKey(), next));
    CHECK(after.publicKey != before.publicKey);
    CHECK_THAT(failure(OfficeKeys::secretKey(county.db(), testKey())), Catch::Contains("wrong"));
    county.scoreAll(2026, QStringLiteral("A001"), Step::County, 8);
    require(exportPackage(county, QStringLiteral("after.lpkg"), next));

    // The new package names the new key; the city follows the rotation the old key signed.
    const PackageInfo info =
        require(PackageImporter::inspect(city.db(), county.file(QStringLiteral("after.lpkg"))));
    CHECK(info.verified);
    CHECK(info.fingerprint == after.fingerprint());
    require(PackageImporter::run(city.db(), county.file(QStringLiteral("after.lpkg")), {}, false));
    CHECK(OfficeKeys::trusted(city.db(), after.office.uid)->publicKey == after.publicKey);
    // The package signed before the rotation still verifies with the retired key.
    require(PackageImporter::run(city.db(), county.file(QStringLiteral("before.lpkg")), {}, false));

    // A rotation chain signed by some other key is not followed.
    TestDatabase impostor;
    require(Offices::configure(impostor.db(), QStringLiteral("利州区纪委"), Role::County,
                               QStringLiteral("利州区"), {}));
    require(OfficeKeys::ensureOwn(impostor.db(), testKey()));
    QJsonArray forged = OfficeKeys::rotations(county.db());
    QJsonObject step = forged.at(0).toObject();
    step.insert(QStringLiteral("new_key"),
                QString::fromLatin1(require(OfficeKeys::own(impostor.db())).publicKey.toBase64()));
    forged.replace(0, step);
    CHECK_FALSE(OfficeKeys::followRotations(after.office.uid, before.publicKey, forged,
                                            require(OfficeKeys::own(impostor.db())).fingerprint()));
    CHECK(OfficeKeys::followRotations(after.office.uid, before.publicKey,
                                      OfficeKeys::rotations(county.db()),
                                      after.fingerprint()) == after.publicKey);
}

TEST_CASE("a key file of a rotated key is trusted over the old one, another key is refused") {
    TestDatabase county;
    setUpCounty(county);
    TestDatabase city;
    require(Offices::configure(city.db(), QStringLiteral("市纪委"), Role::City, {}, {}));
    require(OfficeKeys::trust(city.db(), require(OfficeKeys::exportKeyFile(county.db(), testKey())),
                              QStringLiteral("old.lpkey")));
    const OfficeKey after = require(OfficeKeys::rotate(county.db(), testKey(), testKey()));
    const QByteArray rotated = require(OfficeKeys::exportKeyFile(county.db(), testKey()));
    CHECK(QJsonDocument::fromJson(rotated).object().contains(QStringLiteral("rotations")));
    require(OfficeKeys::trust(city.db(), rotated, QStringLiteral("new.lpkey")));
    CHECK(OfficeKeys::trusted(city.db(), after.office.uid)->publicKey == after.publicKey);

    // The same office's key file with its rotations removed: a different key, refused.
    require(OfficeKeys::rotate(county.db(), testKey(), testKey()));
    QJsonObject bare =
        QJsonDocument::fromJson(require(OfficeKeys::exportKeyFile(county.db(), testKey())))
            .object();
    bare.remove(QStringLiteral("rotations"));
    CHECK_THAT(failure(OfficeKeys::trust(city.db(), QJsonDocument(bare).toJson(),
                                         QStringLiteral("bare.lpkey"))),
               Catch::Contains("a different key is already trusted"));
}
