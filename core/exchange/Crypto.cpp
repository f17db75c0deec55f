#include "Crypto.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/common/Sodium.h"

namespace lianping::crypto {

namespace {

constexpr std::size_t ChunkSize = 64 * 1024;

QByteArray deriveKey(const QByteArray& passphrase, const QByteArray& salt) {
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(bytes(key), static_cast<unsigned long long>(key.size()),
                      passphrase.constData(), static_cast<unsigned long long>(passphrase.size()),
                      bytes(salt), crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {}; // out of memory
    return key;
}

} // namespace

KeyPair generateKeyPair() {
    ensureInit();
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

QByteArray publicKeyOf(const QByteArray& secretKey) {
    ensureInit();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(bytes(publicKey), bytes(secretKey));
    return publicKey;
}

QByteArray randomBytes(int count) {
    ensureInit();
    QByteArray data(count, Qt::Uninitialized);
    randombytes_buf(bytes(data), static_cast<std::size_t>(count));
    return data;
}

QByteArray sealWithKey(const QByteArray& plain, const QByteArray& key) {
    ensureInit();
    static_assert(SealKeyBytes == crypto_secretbox_KEYBYTES);
    if (key.size() != crypto_secretbox_KEYBYTES)
        return {};
    QByteArray sealed = randomBytes(crypto_secretbox_NONCEBYTES);
    sealed.resize(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
    crypto_secretbox_easy(bytes(sealed) + crypto_secretbox_NONCEBYTES, bytes(plain),
                          static_cast<unsigned long long>(plain.size()), bytes(sealed), bytes(key));
    return sealed;
}

Result<QByteArray> openWithKey(const QByteArray& sealed, const QByteArray& key) {
    ensureInit();
    const QString wrong = CoreText::tr("the secret does not open this key");
    if (key.size() != crypto_secretbox_KEYBYTES ||
        sealed.size() <
            static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return fail(wrong);
    QByteArray plain(sealed.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES,
                     Qt::Uninitialized);
    if (crypto_secretbox_open_easy(
            bytes(plain), bytes(sealed) + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(sealed.size() - crypto_secretbox_NONCEBYTES),
            bytes(sealed), bytes(key)) != 0)
        return fail(wrong);
    return plain;
}

QByteArray sign(const QByteArray& message, const QByteArray& secretKey) {
    ensureInit();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    crypto_sign_detached(bytes(signature), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), bytes(secretKey));
    return signature;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey) {
    ensureInit();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

QString fingerprint(const QByteArray& publicKey) {
    ensureInit();
    QByteArray digest(16, Qt::Uninitialized);
    crypto_generichash(bytes(digest), static_cast<std::size_t>(digest.size()), bytes(publicKey),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(digest.toHex().toUpper());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

QByteArray streamKey(const QByteArray& passphrase, const QByteArray& salt) {
    ensureInit();
    return deriveKey(passphrase, salt);
}

qint64 sealedStreamSize(qint64 plainSize) {
    const qint64 chunks = plainSize == 0 ? 1 : (plainSize + StreamChunk - 1) / StreamChunk;
    return StreamHeaderBytes + plainSize + chunks * StreamTagBytes;
}

StreamSealer::StreamSealer(const QByteArray& key) {
    static_assert(sizeof(crypto_secretstream_xchacha20poly1305_state) <= sizeof(m_state));
    static_assert(crypto_secretstream_xchacha20poly1305_HEADERBYTES == StreamHeaderBytes);
    static_assert(crypto_secretstream_xchacha20poly1305_ABYTES == StreamTagBytes);
    ensureInit();
    m_header.resize(StreamHeaderBytes);
    crypto_secretstream_xchacha20poly1305_init_push(
        reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state), bytes(m_header),
        reinterpret_cast<const unsigned char*>(key.constData()));
}

QByteArray StreamSealer::push(const char* data, qint64 size, bool last) {
    QByteArray chunk(static_cast<qsizetype>(size + StreamTagBytes), Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(
        reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state), bytes(chunk),
        nullptr, reinterpret_cast<const unsigned char*>(data), static_cast<std::size_t>(size),
        nullptr, 0, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    return chunk;
}

bool StreamOpener::init(const QByteArray& key, const QByteArray& header) {
    ensureInit();
    return header.size() == StreamHeaderBytes && key.size() == 32 &&
           crypto_secretstream_xchacha20poly1305_init_pull(
               reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state),
               reinterpret_cast<const unsigned char*>(header.constData()),
               reinterpret_cast<const unsigned char*>(key.constData())) == 0;
}

std::optional<QByteArray> StreamOpener::pull(const QByteArray& sealed, bool& last) {
    if (sealed.size() < StreamTagBytes)
        return std::nullopt;
    QByteArray plain(sealed.size() - StreamTagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state), bytes(plain),
            &written, &tag, reinterpret_cast<const unsigned char*>(sealed.constData()),
            static_cast<unsigned long long>(sealed.size()), nullptr, 0) != 0)
        return std::nullopt;
    last = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    plain.resize(static_cast<qsizetype>(written));
    return plain;
}

Sealed encrypt(const QByteArray& plain, const QByteArray& passphrase) {
    ensureInit();
    Sealed sealed;
    sealed.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(bytes(sealed.salt), static_cast<std::size_t>(sealed.salt.size()));
    const QByteArray key = deriveKey(passphrase, sealed.salt);
    crypto_secretstream_xchacha20poly1305_state state;
    sealed.header.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes(sealed.header), bytes(key));
    const std::size_t total = static_cast<std::size_t>(plain.size());
    sealed.cipher.reserve(plain.size() + plain.size() / static_cast<qsizetype>(ChunkSize) * 17 +
                          17);
    std::size_t offset = 0;
    do {
        const std::size_t length = std::min(ChunkSize, total - offset);
        const bool last = offset + length == total;
        QByteArray chunk(
            static_cast<qsizetype>(length + crypto_secretstream_xchacha20poly1305_ABYTES),
            Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(
            &state, bytes(chunk), nullptr, bytes(plain) + offset, length, nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        sealed.cipher += chunk;
        offset += length;
    } while (offset < total);
    return sealed;
}

Result<QByteArray> decrypt(const Sealed& sealed, const QByteArray& passphrase) {
    ensureInit();
    const QString wrong = CoreText::tr("the passphrase is wrong or the package was altered");
    if (sealed.salt.size() != crypto_pwhash_SALTBYTES ||
        sealed.header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return fail(wrong);
    const QByteArray key = deriveKey(passphrase, sealed.salt);
    if (key.isEmpty())
        return fail(CoreText::tr("not enough memory to check the passphrase"));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(sealed.header), bytes(key)) !=
        0)
        return fail(wrong);
    const std::size_t sealedChunk = ChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES;
    const std::size_t total = static_cast<std::size_t>(sealed.cipher.size());
    QByteArray plain;
    plain.reserve(sealed.cipher.size());
    std::size_t offset = 0;
    bool final = false;
    while (offset < total && !final) {
        const std::size_t length = std::min(sealedChunk, total - offset);
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES)
            return fail(wrong);
        QByteArray chunk(
            static_cast<qsizetype>(length - crypto_secretstream_xchacha20poly1305_ABYTES),
            Qt::Uninitialized);
        unsigned long long written = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, bytes(chunk), &written, &tag,
                                                       bytes(sealed.cipher) + offset, length,
                                                       nullptr, 0) != 0)
            return fail(wrong);
        plain.append(chunk.constData(), static_cast<qsizetype>(written));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        offset += length;
    }
    if (!final || offset != total) // truncated, or bytes after the final chunk
        return fail(wrong);
    return plain;
}

} // namespace lianping::crypto
