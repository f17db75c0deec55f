#include "Hash.h"

#include "core/common/Sodium.h"

namespace lianping::crypto {

QString contentHash(const QByteArray& data) {
    ensureInit();
    QByteArray digest(16, Qt::Uninitialized);
    crypto_generichash(bytes(digest), static_cast<std::size_t>(digest.size()), bytes(data),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return QString::fromLatin1(digest.toHex());
}

QString sha256(const QByteArray& data) {
    ensureInit();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(bytes(digest), bytes(data), static_cast<unsigned long long>(data.size()));
    return QString::fromLatin1(digest.toHex());
}

Sha256::Sha256() {
    ensureInit();
    static_assert(sizeof(crypto_hash_sha256_state) <= sizeof(m_state));
    crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state*>(m_state));
}

void Sha256::add(const char* data, qint64 size) {
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(m_state),
                              reinterpret_cast<const unsigned char*>(data),
                              static_cast<unsigned long long>(size));
}

QString Sha256::hex() {
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state*>(m_state),
                             reinterpret_cast<unsigned char*>(digest.data()));
    return QString::fromLatin1(digest.toHex());
}

} // namespace lianping::crypto
