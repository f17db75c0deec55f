#include "OfficeKeys.h"

#include "core/common/CoreText.h"

#include "core/common/Ids.h"
#include "core/exchange/Crypto.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lianping {

namespace {

QJsonObject officeJson(const Office& office) {
    return QJsonObject{{QStringLiteral("uid"), office.uid},
                       {QStringLiteral("name"), office.name},
                       {QStringLiteral("role"), roleName(office.role)},
                       {QStringLiteral("county"), office.county},
                       {QStringLiteral("unit"), office.unit}};
}

// What a key file's signature covers: the office and the key, in canonical JSON.
QByteArray signedPart(const QJsonObject& office, const QString& publicKey) {
    return QJsonDocument(QJsonObject{{QStringLiteral("office"), office},
                                     {QStringLiteral("public_key"), publicKey}})
        .toJson(QJsonDocument::Compact);
}

OfficeKey readKey(const Statement& row) {
    OfficeKey key;
    key.office.id = row.int64(0);
    key.office.uid = row.text(1);
    key.office.name = row.text(2);
    key.office.role = parseRole(row.text(3)).value_or(Role::All);
    key.office.county = row.text(4);
    key.office.unit = row.text(5);
    key.publicKey = QByteArray::fromBase64(row.text(6).toLatin1());
    key.trusted = row.integer(7) != 0;
    return key;
}

} // namespace

QString OfficeKey::fingerprint() const {
    return crypto::fingerprint(publicKey);
}

Result<OfficeKey> OfficeKeys::own(Database& db) {
    const Office office = Offices::current(db);
    if (office.role == Role::All)
        return fail(
            CoreText::tr("this database has no office yet: set up which office it belongs to "
                         "first"));
    OfficeKey key;
    key.office = office;
    key.own = true;
    key.trusted = true;
    Statement& existing = db.cached("SELECT coalesce(public_key, '') FROM offices WHERE id = ?");
    existing.bind(1, office.id).step();
    key.publicKey = QByteArray::fromBase64(existing.text(0).toLatin1());
    existing.reset();
    if (key.publicKey.isEmpty() || !KeyVault::protection(db).any())
        return fail(CoreText::tr("this office has no signing key yet: it is made when a key "
                                 "passphrase is chosen for the office"));
    return key;
}

QByteArray OfficeKeys::publicKeyOf(Database& db, const QString& officeUid) {
    Statement& query = db.cached("SELECT coalesce(public_key, '') FROM offices WHERE uid = ?");
    const QByteArray key = query.bind(1, officeUid).step()
                               ? QByteArray::fromBase64(query.text(0).toLatin1())
                               : QByteArray();
    query.reset();
    return key;
}

Result<OfficeKey> OfficeKeys::ensureOwn(Database& db, const KeyUnlock& unlock) {
    if (Result<OfficeKey> existing = own(db)) {
        if (!unlock.passphrase.isEmpty() && !KeyVault::protection(db).passphrase) {
            // A key kept only in this account's keyring gets a passphrase too.
            Result<QByteArray> secret = KeyVault::open(db, existing->publicKey, unlock);
            if (!secret)
                return secret.error();
            LP_TRY(KeyVault::setPassphrase(db, *secret, unlock.passphrase));
        }
        return existing;
    }
    const Office office = Offices::current(db);
    if (office.role == Role::All)
        return own(db).error();
    Transaction transaction(db);
    LP_TRY(transaction.begun());
    const crypto::KeyPair pair = crypto::generateKeyPair();
    LP_TRY(Offices::setPublicKey(db, office.id, QString::fromLatin1(pair.publicKey.toBase64())));
    Result<KeyProtection> sealed = KeyVault::store(db, pair.secretKey, pair.publicKey, unlock);
    if (!sealed)
        return sealed.error();
    LP_TRY(transaction.commit());
    return own(db);
}

Result<QByteArray> OfficeKeys::secretKey(Database& db, const KeyUnlock& unlock) {
    Result<OfficeKey> key = own(db);
    if (!key)
        return key.error();
    return KeyVault::open(db, key->publicKey, unlock);
}

namespace {

QByteArray rotationMessage(const QString& officeUid, const QString& oldKey, const QString& newKey) {
    return QStringLiteral("lianping-key-rotation\n%1\n%2\n%3")
        .arg(officeUid, oldKey, newKey)
        .toUtf8();
}

} // namespace

QJsonArray OfficeKeys::rotations(Database& db) {
    return QJsonDocument::fromJson(db.meta(QStringLiteral("office_key_rotations")).toUtf8())
        .array();
}

Result<OfficeKey> OfficeKeys::rotate(Database& db, const KeyUnlock& current,
                                     const KeyUnlock& next) {
    Result<OfficeKey> key = own(db);
    if (!key)
        return key.error();
    Result<QByteArray> secret = KeyVault::open(db, key->publicKey, current);
    if (!secret)
        return secret.error();
    Transaction transaction(db);
    LP_TRY(transaction.begun());
    const crypto::KeyPair pair = crypto::generateKeyPair();
    const QString oldKey = QString::fromLatin1(key->publicKey.toBase64());
    const QString newKey = QString::fromLatin1(pair.publicKey.toBase64());
    QJsonArray chain = rotations(db);
    chain.append(QJsonObject{
        {QStringLiteral("old_key"), oldKey},
        {QStringLiteral("new_key"), newKey},
        {QStringLiteral("at"), static_cast<double>(nowMs())},
        {QStringLiteral("signature"),
         QString::fromLatin1(
             crypto::sign(rotationMessage(key->office.uid, oldKey, newKey), *secret).toBase64())}});
    LP_TRY(db.setMeta(QStringLiteral("office_key_rotations"),
                      QString::fromUtf8(QJsonDocument(chain).toJson(QJsonDocument::Compact))));
    LP_TRY(Offices::setPublicKey(db, key->office.id, newKey));
    Result<KeyProtection> sealed = KeyVault::store(db, pair.secretKey, pair.publicKey, next);
    if (!sealed)
        return sealed.error();
    LP_TRY(transaction.commit());
    return own(db);
}

std::optional<QByteArray> OfficeKeys::followRotations(const QString& officeUid,
                                                      const QByteArray& trusted,
                                                      const QJsonArray& chain,
                                                      const QString& fingerprint) {
    QByteArray key = trusted;
    for (const QJsonValue& value : chain) {
        const QJsonObject step = value.toObject();
        const QString oldKey = step.value(QStringLiteral("old_key")).toString();
        const QString newKey = step.value(QStringLiteral("new_key")).toString();
        if (QByteArray::fromBase64(oldKey.toLatin1()) != key)
            continue; // a step before the key we trust
        const QByteArray signature =
            QByteArray::fromBase64(step.value(QStringLiteral("signature")).toString().toLatin1());
        if (!crypto::verify(rotationMessage(officeUid, oldKey, newKey), signature, key))
            return std::nullopt;
        key = QByteArray::fromBase64(newKey.toLatin1());
    }
    if (key == trusted || crypto::fingerprint(key) != fingerprint)
        return std::nullopt;
    return key;
}

Result<void> OfficeKeys::adoptRotation(Database& db, std::int64_t officeId,
                                       const QByteArray& newKey) {
    Statement& retire =
        db.cached("INSERT OR IGNORE INTO retired_keys(office_id, public_key, retired_at) "
                  "SELECT id, public_key, ? FROM offices WHERE id = ? AND public_key IS NOT NULL");
    if (!retire.bind(1, nowMs()).bind(2, officeId).exec())
        return fail(db.lastError());
    return Offices::setPublicKey(db, officeId, QString::fromLatin1(newKey.toBase64()));
}

std::vector<QByteArray> OfficeKeys::retiredKeys(Database& db, std::int64_t officeId) {
    std::vector<QByteArray> keys;
    Statement& query = db.cached("SELECT public_key FROM retired_keys WHERE office_id = ?");
    query.bind(1, officeId);
    while (query.step())
        keys.push_back(QByteArray::fromBase64(query.text(0).toLatin1()));
    query.reset();
    return keys;
}

Result<QByteArray> OfficeKeys::exportKeyFile(Database& db, const KeyUnlock& unlock) {
    Result<OfficeKey> own = OfficeKeys::own(db);
    if (!own)
        return own.error();
    Result<QByteArray> secret = secretKey(db, unlock);
    if (!secret)
        return secret.error();
    const QJsonObject office = officeJson(own->office);
    const QString publicKey = QString::fromLatin1(own->publicKey.toBase64());
    const QByteArray signature = crypto::sign(signedPart(office, publicKey), *secret);
    QJsonObject file{{QStringLiteral("format"), QStringLiteral("lianping-office-key")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("office"), office},
                     {QStringLiteral("public_key"), publicKey},
                     {QStringLiteral("fingerprint"), own->fingerprint()},
                     {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    const QJsonArray chain = rotations(db);
    if (!chain.isEmpty())
        file.insert(QStringLiteral("rotations"), chain);
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<OfficeKey> OfficeKeys::readKeyFile(const QByteArray& keyFile, const QString& source) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(keyFile.left(64 * 1024), &error);
    const QJsonObject file = document.object();
    if (error.error != QJsonParseError::NoError ||
        file.value(QStringLiteral("format")).toString() != QLatin1String("lianping-office-key"))
        return fail(CoreText::tr("%1: not a Lianping office key file").arg(source));
    if (file.value(QStringLiteral("version")).toInt() != 1)
        return fail(CoreText::tr("%1: key file version %2 is not supported")
                        .arg(source)
                        .arg(file.value(QStringLiteral("version")).toInt()));
    const QJsonObject office = file.value(QStringLiteral("office")).toObject();
    const QString publicKeyText = file.value(QStringLiteral("public_key")).toString();
    OfficeKey key;
    key.publicKey = QByteArray::fromBase64(publicKeyText.toLatin1());
    key.office.uid = office.value(QStringLiteral("uid")).toString();
    key.office.name = office.value(QStringLiteral("name")).toString();
    const std::optional<Role> role = parseRole(office.value(QStringLiteral("role")).toString());
    key.office.county = office.value(QStringLiteral("county")).toString();
    key.office.unit = office.value(QStringLiteral("unit")).toString();
    const QByteArray signature =
        QByteArray::fromBase64(file.value(QStringLiteral("signature")).toString().toLatin1());
    if (!role || *role == Role::All || key.office.uid.isEmpty() ||
        !crypto::verify(signedPart(office, publicKeyText), signature, key.publicKey))
        return fail(CoreText::tr("%1: the key file is damaged or its signature does not match")
                        .arg(source));
    key.office.role = *role;
    return key;
}

Result<OfficeKey> OfficeKeys::trust(Database& db, const QByteArray& keyFile,
                                    const QString& source) {
    Result<OfficeKey> read = readKeyFile(keyFile, source);
    if (!read)
        return read;
    OfficeKey key = *read;
    key.trusted = true;
    const QJsonObject file = QJsonDocument::fromJson(keyFile.left(64 * 1024)).object();
    const QString publicKeyText = file.value(QStringLiteral("public_key")).toString();

    const Office own = Offices::current(db);
    if (key.office.uid == own.uid)
        return fail(CoreText::tr("%1 is this office's own key").arg(source));
    Statement& existing =
        db.cached("SELECT id, coalesce(public_key, ''), trusted FROM offices WHERE uid = ?");
    if (existing.bind(1, key.office.uid).step()) {
        const std::int64_t id = existing.int64(0);
        const QString knownKey = existing.text(1);
        const bool wasTrusted = existing.integer(2) != 0;
        existing.reset();
        if (wasTrusted && !knownKey.isEmpty() && knownKey != publicKeyText) {
            // A key the trusted one handed over to, through signed rotations, is accepted.
            if (followRotations(key.office.uid, QByteArray::fromBase64(knownKey.toLatin1()),
                                file.value(QStringLiteral("rotations")).toArray(),
                                crypto::fingerprint(key.publicKey))) {
                LP_TRY(adoptRotation(db, id, key.publicKey));
                key.office.id = id;
                return key;
            }
            return fail(
                CoreText::tr("%1: a different key is already trusted for %2 (fingerprint %3); "
                             "ask that office which key is current")
                    .arg(source, key.office.name,
                         crypto::fingerprint(QByteArray::fromBase64(knownKey.toLatin1()))));
        }
        LP_TRY(Offices::update(db, id, key.office, publicKeyText));
        key.office.id = id;
        return key;
    }
    existing.reset();
    Result<std::int64_t> id = Offices::add(db, key.office, publicKeyText);
    if (!id)
        return id.error();
    key.office.id = *id;
    return key;
}

std::vector<OfficeKey> OfficeKeys::list(Database& db) {
    std::vector<OfficeKey> keys;
    const std::int64_t own = db.officeId();
    Statement query = db.prepare(
        "SELECT id, uid, name, role, coalesce(county, ''), coalesce(unit, ''), "
        "coalesce(public_key, ''), trusted FROM offices WHERE public_key IS NOT NULL ORDER BY id");
    while (query.step()) {
        OfficeKey key = readKey(query);
        key.own = key.office.id == own;
        keys.push_back(std::move(key));
    }
    return keys;
}

std::optional<OfficeKey> OfficeKeys::trusted(Database& db, const QString& uid) {
    Statement& query = db.cached(
        "SELECT id, uid, name, role, coalesce(county, ''), coalesce(unit, ''), "
        "coalesce(public_key, ''), trusted FROM offices WHERE uid = ? AND trusted = 1 AND "
        "public_key IS NOT NULL");
    if (!query.bind(1, uid).step())
        return std::nullopt;
    OfficeKey key = readKey(query);
    query.reset();
    key.own = key.office.id == db.officeId();
    return key;
}

Result<std::int64_t> OfficeKeys::localId(Database& db, const Office& office) {
    Statement& find = db.cached("SELECT id FROM offices WHERE uid = ?");
    if (find.bind(1, office.uid).step()) {
        const std::int64_t id = find.int64(0);
        find.reset();
        return id;
    }
    find.reset();
    return Offices::add(db, office);
}

} // namespace lianping
