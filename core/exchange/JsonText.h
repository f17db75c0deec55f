#pragma once
// Compact JSON written directly, byte for byte as QJsonDocument writes it (keys sorted by the
// caller, strings escaped as Qt escapes them), for the records read by the thousand: their
// hash is of this text, so it must not depend on which of the two made it.

#include <QByteArray>
#include <QStringView>

namespace lianping::json {

void appendString(QByteArray& out, QStringView text);
void appendInt(QByteArray& out, qint64 value);

} // namespace lianping::json
