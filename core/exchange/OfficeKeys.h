#pragma once
// Offices' signing keys: this office's Ed25519 key pair (created with the office; the secret
// key sealed in this database, see KeyVault), its key file for others, its key rotations, and
// the other offices' keys this database trusts — each shown with a fingerprint two people can
// compare by phone.

#include "core/common/Result.h"
#include "core/exchange/KeyVault.h"
#include "core/office/Office.h"

#include <QByteArray>
#include <QJsonArray>

#include <vector>

namespace lianping {

class Database;

struct OfficeKey {
    Office office;
    QByteArray publicKey;
    bool trusted = false;
    bool own = false;
    QString fingerprint() const;
};

class OfficeKeys {
public:
    // This office's key, if it has one (nothing is created).
    static Result<OfficeKey> own(Database& db);
    // This office's key pair, created (and sealed as `unlock` allows) when it has none; given
    // a passphrase for a key that has no passphrase seal yet, adds one. Refused for a database
    // without an office.
    static Result<OfficeKey> ensureOwn(Database& db, const KeyUnlock& unlock);
    // The secret key, opened from the keyring or with the passphrase; "locked" otherwise.
    static Result<QByteArray> secretKey(Database& db, const KeyUnlock& unlock);
    // The key file (JSON, self-signed, with the key's rotations) another office trusts with
    // `office trust`.
    static Result<QByteArray> exportKeyFile(Database& db, const KeyUnlock& unlock);
    // Replaces this office's key pair with a new one, signed by the old key so that the
    // offices that trust the old key accept the new one; the new key is sealed as `next`
    // allows.
    static Result<OfficeKey> rotate(Database& db, const KeyUnlock& current, const KeyUnlock& next);
    // This office's rotations, oldest first: {old_key, new_key, at, signature}.
    static QJsonArray rotations(Database& db);
    // The key an office signs with now, reached from the key we trust through rotations each
    // signed by the key before; nothing when the chain does not lead from `trusted` to a key
    // with that fingerprint.
    static std::optional<QByteArray> followRotations(const QString& officeUid,
                                                     const QByteArray& trusted,
                                                     const QJsonArray& chain,
                                                     const QString& fingerprint);
    // Trusts `newKey` for an office in place of its current key, which is kept as retired
    // (packages signed before the rotation still verify).
    static Result<void> adoptRotation(Database& db, std::int64_t officeId,
                                      const QByteArray& newKey);
    static std::vector<QByteArray> retiredKeys(Database& db, std::int64_t officeId);
    // Reads another office's key file and checks its self-signature, storing nothing (to show
    // the office and fingerprint before it is trusted).
    static Result<OfficeKey> readKeyFile(const QByteArray& keyFile, const QString& source);
    // Registers another office's key file; refuses our own key, a bad self-signature and a
    // different key for an office already trusted.
    static Result<OfficeKey> trust(Database& db, const QByteArray& keyFile, const QString& source);
    // This office and every office this database knows a key for.
    static std::vector<OfficeKey> list(Database& db);
    // The public key this database holds for an office (empty: none).
    static QByteArray publicKeyOf(Database& db, const QString& officeUid);
    // The trusted office with that uid, if any.
    static std::optional<OfficeKey> trusted(Database& db, const QString& uid);
    // The local id of an office known by uid, creating an untrusted entry (no key) for an
    // office whose records reach us through another office.
    static Result<std::int64_t> localId(Database& db, const Office& office);
};

} // namespace lianping
