// JsonText writes what QJsonDocument writes: a record's hash is of this text, and must equal
// the hash of the same data serialized by Qt (older versions, other kinds, a record read back).
#include "core/common/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace lianping;

namespace {

// What Qt writes for one string, without the array's brackets.
QByteArray qtString(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray ours(const QString& text) {
    QByteArray out;
    json::appendString(out, text);
    return out;
}

} // namespace

TEST_CASE("a string is written as Qt writes it for every UTF-16 code unit") {
    int differ = 0;
    for (char32_t u = 0; u <= 0xffff; ++u) {
        const QString text{QChar(static_cast<char16_t>(u))};
        if (ours(text) != qtString(text)) {
            ++differ;
            UNSCOPED_INFO("U+" << std::hex << static_cast<unsigned>(u));
        }
    }
    CHECK(differ == 0);
}

TEST_CASE("strings with pairs and lone halves of pairs are written as Qt writes them") {
    const QString pair = QString::fromUcs4(U"\U0001F600\U00020000");
    const QString samples[] = {
        QString(),
        QStringLiteral("利州区财政局（试点）"),
        QStringLiteral("\"引号\" \\ 反斜杠\t\r\n\b\f\x01\x1f\x7f"),
        pair,
        QStringLiteral("前") + pair + QStringLiteral("后"),
        pair.left(1) + QStringLiteral("a"),   // a lone high half
        QStringLiteral("a") + pair.mid(1, 1), // a lone low half
        pair.mid(1, 1) + pair.left(1),        // the halves the wrong way round
        QString(QChar(0xfffe)) + QChar(0x2028) + QChar(0xe000),
    };
    for (const QString& text : samples) {
        INFO(qtString(text).toStdString());
        CHECK(ours(text) == qtString(text));
    }
}

TEST_CASE("an integer is written as Qt writes it") {
    const qint64 values[] = {0,
                             1,
                             -1,
                             9,
                             10,
                             -10,
                             2026,
                             -2026,
                             2147483647,
                             -2147483648LL,
                             1LL << 40,
                             (1LL << 53),
                             -(1LL << 53),
                             1'700'000'000'123};
    for (const qint64 value : values) {
        QByteArray out;
        json::appendInt(out, value);
        const QByteArray qt = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        INFO(value);
        CHECK(out == qt.mid(1, qt.size() - 2));
    }
    QByteArray extremes;
    json::appendInt(extremes, std::numeric_limits<qint64>::min());
    extremes += ' ';
    json::appendInt(extremes, std::numeric_limits<qint64>::max());
    CHECK(extremes == "-9223372036854775808 9223372036854775807");
}
