#include "Ids.h"

#include <QDateTime>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace lianping {

QString newUid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

std::int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QString formatTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString defaultOperator()
{
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
