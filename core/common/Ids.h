#pragma once
// Stable identities and time stamps shared by every record: a UUID survives copying a
// database between laptops; times are UTC milliseconds since the epoch.

#include <QString>

#include <cstdint>

namespace lianping {

QString newUid();
std::int64_t nowMs();
QString formatTime(std::int64_t ms); // local time, "yyyy-MM-dd HH:mm:ss"
QString defaultOperator();           // the OS user name

} // namespace lianping
