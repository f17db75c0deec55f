#include "KeyVault.h"

#include "core/common/CoreText.h"
#include "core/exchange/Crypto.h"
#include "core/exchange/Keyring.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QStringList>

namespace lianping {

namespace {

const QString PassphraseSeal = QStringLiteral("office_key_passphrase_sealed");
const QString KeyringSeal = QStringLiteral("office_key_keyring_sealed");
const QString ClearKey = QStringLiteral("office_secret_key"); // before 0.2

// One keyring entry per key: a rotated key, or a copy that rotates, never overwrites another.
QString keyringEntry(const QByteArray& publicKey) {
    return QStringLiteral("signing key %1").arg(crypto::fingerprint(publicKey));
}

QString encodePassphraseSeal(const crypto::Sealed& sealed) {
    return QStringList{QStringLiteral("1"), QString::fromLatin1(sealed.salt.toBase64()),
                       QString::fromLatin1(sealed.header.toBase64()),
                       QString::fromLatin1(sealed.cipher.toBase64())}
        .join(QLatin1Char(':'));
}

std::optional<crypto::Sealed> decodePassphraseSeal(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 4 || parts[0] != QLatin1String("1"))
        return std::nullopt;
    return crypto::Sealed{QByteArray::fromBase64(parts[1].toLatin1()),
                          QByteArray::fromBase64(parts[2].toLatin1()),
                          QByteArray::fromBase64(parts[3].toLatin1())};
}

// The bytes of the clear key are overwritten on their page, not only unlinked.
Result<void> eraseClearKey(Database& db) {
    return db.removeMeta(ClearKey, true);
}

Result<void> setOrRemove(Database& db, const QString& key, const QString& value) {
    if (!value.isEmpty())
        return db.setMeta(key, value);
    return db.removeMeta(key);
}

bool matches(const QByteArray& secretKey, const QByteArray& publicKey) {
    return !secretKey.isEmpty() && crypto::publicKeyOf(secretKey) == publicKey;
}

} // namespace

QString KeyVault::passphraseNeededMessage() {
    return CoreText::tr("there is no keyring on this computer to keep the signing key in: choose "
                        "a key passphrase (at least %1 characters)")
        .arg(MinPassphraseLength);
}

QString KeyVault::lockedMessage() {
    return CoreText::tr("this office's signing key is locked: it opens with the key passphrase "
                        "chosen when the office was set up, or in the keyring of the account "
                        "that set it up");
}

Result<void> KeyVault::checkPassphrase(const QByteArray& passphrase) {
    if (QString::fromUtf8(passphrase).size() < MinPassphraseLength)
        return fail(CoreText::tr("the key passphrase is too short: use at least %1 characters")
                        .arg(MinPassphraseLength));
    return {};
}

KeyProtection KeyVault::protection(Database& db) {
    KeyProtection protection;
    protection.passphrase = !db.meta(PassphraseSeal).isEmpty();
    protection.keyring = !db.meta(KeyringSeal).isEmpty();
    protection.clear = !db.meta(ClearKey).isEmpty();
    return protection;
}

Result<KeyProtection> KeyVault::store(Database& db, const QByteArray& secretKey,
                                      const QByteArray& publicKey, const KeyUnlock& unlock) {
    if (!unlock.passphrase.isEmpty())
        LP_TRY(checkPassphrase(unlock.passphrase));
    KeyProtection stored;
    QString keyringSeal;
    if (unlock.keyring) {
        const QByteArray secret = crypto::randomBytes(crypto::SealKeyBytes);
        if (Keyring::write(keyringEntry(publicKey), secret)) {
            keyringSeal = QString::fromLatin1(crypto::sealWithKey(secretKey, secret).toBase64());
            stored.keyring = true;
        }
    }
    if (unlock.passphrase.isEmpty() && !stored.keyring)
        return fail(passphraseNeededMessage());
    Transaction transaction(db);
    LP_TRY(transaction.begun());
    LP_TRY(setOrRemove(db, KeyringSeal, keyringSeal));
    if (!unlock.passphrase.isEmpty()) {
        LP_TRY(db.setMeta(PassphraseSeal,
                          encodePassphraseSeal(crypto::encrypt(secretKey, unlock.passphrase))));
        stored.passphrase = true;
    } else {
        LP_TRY(setOrRemove(db, PassphraseSeal, QString()));
    }
    if (!db.meta(ClearKey).isEmpty())
        LP_TRY(eraseClearKey(db));
    LP_TRY(transaction.commit());
    return stored;
}

Result<void> KeyVault::setPassphrase(Database& db, const QByteArray& secretKey,
                                     const QByteArray& passphrase) {
    LP_TRY(checkPassphrase(passphrase));
    return db.setMeta(PassphraseSeal, encodePassphraseSeal(crypto::encrypt(secretKey, passphrase)));
}

Result<QByteArray> KeyVault::open(Database& db, const QByteArray& publicKey,
                                  const KeyUnlock& unlock) {
    const QString clear = db.meta(ClearKey);
    if (!clear.isEmpty()) {
        // Written in clear by an earlier version: usable only by who can seal it now.
        const QByteArray secretKey = QByteArray::fromBase64(clear.toLatin1());
        if (!matches(secretKey, publicKey))
            return fail(CoreText::tr("this office's signing key is damaged"));
        Result<KeyProtection> sealed = store(db, secretKey, publicKey, unlock);
        if (!sealed)
            return fail(unlock.passphrase.isEmpty() ? lockedMessage() : sealed.error().message);
        return secretKey;
    }
    if (unlock.keyring) {
        const QString sealed = db.meta(KeyringSeal);
        if (!sealed.isEmpty())
            if (const std::optional<QByteArray> secret = Keyring::read(keyringEntry(publicKey))) {
                Result<QByteArray> opened =
                    crypto::openWithKey(QByteArray::fromBase64(sealed.toLatin1()), *secret);
                if (opened && matches(*opened, publicKey))
                    return opened;
            }
    }
    const std::optional<crypto::Sealed> sealed = decodePassphraseSeal(db.meta(PassphraseSeal));
    if (unlock.passphrase.isEmpty() || !sealed)
        return fail(lockedMessage());
    Result<QByteArray> opened = crypto::decrypt(*sealed, unlock.passphrase);
    if (!opened || !matches(*opened, publicKey))
        return fail(CoreText::tr("the key passphrase is wrong: this office's signing key stays "
                                 "locked"));
    return opened;
}

} // namespace lianping
