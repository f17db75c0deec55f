#pragma once
// Peak resident memory of a benchmark phase (Linux: VmHWM, reset through clear_refs).

#include <QFile>

#include <malloc.h>

namespace lianping::bench {

inline double peakMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// What the last phase freed goes back, so the next peak is that phase's own.
inline void resetPeak() {
    malloc_trim(0);
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

} // namespace lianping::bench
