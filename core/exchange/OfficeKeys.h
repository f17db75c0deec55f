#pragma once
// Offices' signing keys: this office's Ed25519 key pair (created with the office; the secret
// key stays in this database), its key file for others, and the other offices' keys this
// database trusts — each shown with a fingerprint two people can compare by phone.

#include "common/Result.h"
#include "office/Office.h"

#include <QByteArray>

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
    // This office's key pair, created on first use. Refused for a database without an office.
    static Result<OfficeKey> ensureOwn(Database& db);
    static Result<QByteArray> secretKey(Database& db);
    // The key file (JSON, self-signed) another office trusts with `office trust`.
    static Result<QByteArray> exportKeyFile(Database& db);
    // Registers another office's key file; refuses our own key, a bad self-signature and a
    // different key for an office already trusted.
    static Result<OfficeKey> trust(Database& db, const QByteArray& keyFile, const QString& source);
    // This office and every office this database knows a key for.
    static std::vector<OfficeKey> list(Database& db);
    // The trusted office with that uid, if any.
    static std::optional<OfficeKey> trusted(Database& db, const QString& uid);
    // The local id of an office known by uid, creating an untrusted entry (no key) for an
    // office whose records reach us through another office.
    static Result<std::int64_t> localId(Database& db, const Office& office);
};

} // namespace lianping
