#pragma once
// Compact JSON written directly, byte for byte as QJsonDocument writes it (keys sorted by the
// caller, strings escaped as Qt escapes them): for the exchange's records read by the
// thousand, whose hash is of this text and so must not depend on which of the two made it,
// and for the CLI's JSON output.

#include <QByteArray>
#include <QStringView>

namespace lianping::json {

void appendString(QByteArray& out, QStringView text);
void appendInt(QByteArray& out, qint64 value);

} // namespace lianping::json
