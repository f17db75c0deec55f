#pragma once
// The account's OS keyring (libsecret on Linux, the Credential Manager on Windows) through
// QtKeychain: where the secret that unlocks this office's signing key is kept, so that the
// person who set the office up signs without typing a passphrase, while a copy of the database
// on another machine or account finds nothing. Off when LIANPING_KEYRING=off (servers, tests)
// or when no keyring service answers; calls block for at most a few seconds.

#include <QByteArray>
#include <QString>

#include <optional>

namespace lianping {

class Keyring {
public:
    static bool enabled();
    static std::optional<QByteArray> read(const QString& entry);
    static bool write(const QString& entry, const QByteArray& secret);
    static void remove(const QString& entry);
};

} // namespace lianping
