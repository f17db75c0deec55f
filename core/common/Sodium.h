#pragma once
// What every file that calls libsodium needs: the library initialised once, and a
// QByteArray's bytes as libsodium takes them. Included by .cpp files only.

#include <QByteArray>
#include <QtGlobal>

#include <sodium.h>

namespace lianping::crypto {

inline void ensureInit() {
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
}

inline const unsigned char* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

inline unsigned char* bytes(QByteArray& data) {
    return reinterpret_cast<unsigned char*>(data.data());
}

} // namespace lianping::crypto
