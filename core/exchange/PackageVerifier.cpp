#include "PackageVerifier.h"

#include "core/exchange/PackageLog.h"

#include "core/common/CoreText.h"
#include "core/exchange/Crypto.h"
#include "core/office/Office.h"
#include "core/storage/Database.h"
#include "core/storage/Schema.h"

#include <QDateTime>
#include <QJsonArray>

namespace lianping {

Office PackageVerifier::officeFrom(const QJsonObject& json) {
    Office office;
    office.uid = json.value(QStringLiteral("uid")).toString();
    office.name = json.value(QStringLiteral("name")).toString();
    office.role = parseRole(json.value(QStringLiteral("role")).toString()).value_or(Role::All);
    office.county = json.value(QStringLiteral("county")).toString();
    office.unit = json.value(QStringLiteral("unit")).toString();
    return office;
}

// The key that signed a package of a trusted office: its trusted key, a key it retired (a
// package made before its rotation), or the key its signed rotations lead to from the one we
// trust.
std::optional<QByteArray> PackageVerifier::signingKey(Database& db, const OfficeKey& trusted,
                                                      const PackageFile& file) {
    const QString fingerprint = file.manifest.value(QStringLiteral("fingerprint")).toString();
    if (fingerprint == trusted.fingerprint())
        return trusted.publicKey;
    for (const QByteArray& retired : OfficeKeys::retiredKeys(db, trusted.office.id))
        if (crypto::fingerprint(retired) == fingerprint)
            return retired;
    return OfficeKeys::followRotations(
        trusted.office.uid, trusted.publicKey,
        file.manifest.value(QStringLiteral("key_rotations")).toArray(), fingerprint);
}

// Reads and verifies: the office's key is trusted, the signature holds, the payload is the
// one signed, the schema is not newer, the package is not a replay.
Result<PackageFile> PackageVerifier::verified(Database& db, const QString& path,
                                              OfficeKey& origin) {
    Result<PackageFile> file = PackageFile::read(path);
    if (!file)
        return file.error();
    const Office claimed = officeFrom(file->manifest.value(QStringLiteral("origin")).toObject());
    const QString fingerprint = file->manifest.value(QStringLiteral("fingerprint")).toString();
    if (claimed.uid == Offices::current(db).uid)
        return fail(CoreText::tr("%1 was made by this office itself: nothing to import").arg(path));
    const std::optional<OfficeKey> key = OfficeKeys::trusted(db, claimed.uid);
    if (!key)
        return fail(CoreText::tr("%1 was made by %2 (%3, key %4), whose key this database does not "
                                 "trust: import their key file first with `office trust FILE`")
                        .arg(path, claimed.name, claimed.describe(), fingerprint));
    const std::optional<QByteArray> signer = signingKey(db, *key, *file);
    if (!signer)
        return fail(CoreText::tr("%1 was signed by %2 with key %3, which is neither the key this "
                                 "database trusts for that office (%4) nor one it rotated to: ask "
                                 "that office for its current key file")
                        .arg(path, claimed.name, fingerprint, key->fingerprint()));
    LP_TRY(file->verify(*signer, path));
    if (*signer != key->publicKey) // the office rotated its key: trust the new one from now on
        LP_TRY(OfficeKeys::adoptRotation(db, key->office.id, *signer));
    const int schema = file->manifest.value(QStringLiteral("schema_version")).toInt();
    if (schema > Schema::currentVersion)
        return fail(CoreText::tr(
                        "%1 was made by a newer Lianping (schema version %2; this version reads up "
                        "to %3): update Lianping to import it")
                        .arg(path)
                        .arg(schema)
                        .arg(Schema::currentVersion));
    const QString packageId = file->manifest.value(QStringLiteral("package_id")).toString();
    if (const std::optional<std::int64_t> at = PackageLog::importedAt(db, packageId)) {
        const QString when =
            QDateTime::fromMSecsSinceEpoch(*at).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return fail(CoreText::tr("%1 was already imported on %2: nothing changed").arg(path, when));
    }
    origin = *key;
    return file;
}

} // namespace lianping
