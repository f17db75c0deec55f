#include "Ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <array>
#include <atomic>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace lianping {

QString newUid() {
    // UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Time-ordered ids land
    // at the end of every uid index instead of all over it, which keeps bulk inserts fast;
    // a counter keeps ids from one process strictly increasing within a millisecond.
    static std::atomic<std::uint64_t> last{0};
    std::uint64_t ms = static_cast<std::uint64_t>(nowMs());
    std::uint64_t seq = 0;
    std::uint64_t previous = last.load();
    for (;;) {
        const std::uint64_t candidate = std::max(previous + 1, ms << 12);
        if (last.compare_exchange_weak(previous, candidate)) {
            ms = candidate >> 12;
            seq = candidate & 0xFFF;
            break;
        }
    }
    QRandomGenerator* random = QRandomGenerator::global();
    const std::uint64_t tail = random->generate64();
    std::array<unsigned char, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    bytes[6] = static_cast<unsigned char>(0x70 | ((seq >> 8) & 0x0F));
    bytes[7] = static_cast<unsigned char>(seq & 0xFF);
    for (int i = 0; i < 8; ++i)
        bytes[static_cast<std::size_t>(8 + i)] = static_cast<unsigned char>(tail >> (56 - 8 * i));
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3F));
    QUuid uuid =
        QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(bytes.data()), 16));
    return uuid.toString(QUuid::WithoutBraces);
}

std::int64_t nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

QString formatTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString defaultOperator() {
    for (const char* name : {"LIANPING_OPERATOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("unknown");
}

} // namespace lianping
