#pragma once
// The cryptography of the offline exchange, all from libsodium: Ed25519 signatures, BLAKE2b
// content hashes and key fingerprints, SHA-256 of package payloads, and passphrase
// encryption (Argon2id → XChaCha20-Poly1305 secretstream, 64 KiB chunks).

#include "core/common/Hash.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lianping::crypto {

struct KeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};

KeyPair generateKeyPair();
// The public half of a secret key (empty for a malformed one).
QByteArray publicKeyOf(const QByteArray& secretKey);
QByteArray randomBytes(int count);
QByteArray sign(const QByteArray& message, const QByteArray& secretKey); // 64 bytes
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);
// "3F2A-91C0-…": 16 bytes of BLAKE2b of the key, in groups a person can read over the phone.
QString fingerprint(const QByteArray& publicKey);

struct Sealed {
    QByteArray salt;   // Argon2id salt
    QByteArray header; // secretstream header
    QByteArray cipher;
};
Sealed encrypt(const QByteArray& plain, const QByteArray& passphrase);
// Fails on a wrong passphrase or any altered byte.
Result<QByteArray> decrypt(const Sealed& sealed, const QByteArray& passphrase);

// Streams sealed in 64 KiB chunks with a key derived once (Argon2id of a passphrase and a
// salt): the files of an encrypted package, each its own stream, read and written a chunk at
// a time so that memory stays small whatever their size.
QByteArray streamKey(const QByteArray& passphrase, const QByteArray& salt); // empty: no memory
constexpr qint64 StreamChunk = 64 * 1024;
qint64 sealedStreamSize(qint64 plainSize); // header + chunks with their tags
class StreamSealer {
public:
    explicit StreamSealer(const QByteArray& key);
    const QByteArray& header() const { return m_header; }
    QByteArray push(const char* data, qint64 size, bool last); // size <= StreamChunk
private:
    alignas(16) unsigned char m_state[64];
    QByteArray m_header;
};
class StreamOpener {
public:
    // False when the header does not fit the key's stream.
    bool init(const QByteArray& key, const QByteArray& header);
    // One sealed chunk (plain size + 17) back to its bytes; nullopt when altered.
    std::optional<QByteArray> pull(const QByteArray& sealed, bool& last);

private:
    alignas(16) unsigned char m_state[64];
};
constexpr int StreamHeaderBytes = 24;
constexpr int StreamTagBytes = 17;

// Sealing with a random 32-byte key (XSalsa20-Poly1305, a fresh nonce in front): for secrets
// whose key lives elsewhere, such as the OS keyring. Opening fails on any altered byte.
QByteArray sealWithKey(const QByteArray& plain, const QByteArray& key);
Result<QByteArray> openWithKey(const QByteArray& sealed, const QByteArray& key);
constexpr int SealKeyBytes = 32;

} // namespace lianping::crypto
