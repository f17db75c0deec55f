#pragma once
// This office's secret signing key at rest. It is never stored in clear — not in the database,
// so not in its backups or its copies. It is sealed with the office's key passphrase
// (Argon2id) and, where this account has an OS keyring, also with a random secret kept in that
// keyring; either opens it. A database copied to another machine or account finds no keyring
// entry there and cannot sign without the passphrase.

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace lianping {

class Database;

// What the person gives to open (or protect) the key.
struct KeyUnlock {
    QByteArray passphrase; // the key passphrase, when given
    bool keyring = true;   // use this account's OS keyring
};

struct KeyProtection {
    bool passphrase = false; // sealed with a passphrase
    bool keyring = false;    // sealed with a secret in an OS keyring (of some account)
    bool clear = false;      // left in clear by Lianping before 0.2: sealed on its next use
    bool any() const { return passphrase || keyring || clear; }
};

class KeyVault {
public:
    static constexpr int MinPassphraseLength = 8;

    static KeyProtection protection(Database& db);
    // Seals a secret key (replacing any sealed before): with the passphrase when one is given,
    // and in the keyring when that is allowed and answers. Fails, storing nothing, when it
    // could do neither, or when the passphrase is too short.
    static Result<KeyProtection> store(Database& db, const QByteArray& secretKey,
                                       const QByteArray& publicKey, const KeyUnlock& unlock);
    // Opens the key: from the keyring first, then with the passphrase. A key left in clear by
    // an earlier version is sealed as soon as it can be. Fails with lockedMessage() when
    // neither opens it.
    static Result<QByteArray> open(Database& db, const QByteArray& publicKey,
                                   const KeyUnlock& unlock);
    // Adds (or replaces) the passphrase seal of a key already open.
    static Result<void> setPassphrase(Database& db, const QByteArray& secretKey,
                                      const QByteArray& passphrase);
    static QString lockedMessage();
    // A new key with no keyring to keep it in and no passphrase given.
    static QString passphraseNeededMessage();
    static Result<void> checkPassphrase(const QByteArray& passphrase);
};

} // namespace lianping
