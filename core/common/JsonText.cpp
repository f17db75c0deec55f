#include "JsonText.h"

namespace lianping::json {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

void appendEscape(QByteArray& out, char16_t unit) {
    out += "\\u";
    out += hexDigits[(unit >> 12) & 0xf];
    out += hexDigits[(unit >> 8) & 0xf];
    out += hexDigits[(unit >> 4) & 0xf];
    out += hexDigits[unit & 0xf];
}

void appendUtf8(QByteArray& out, char32_t c) {
    if (c < 0x800) {
        out += static_cast<char>(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xe0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    }
    out += static_cast<char>(0x80 | (c & 0x3f));
}

} // namespace

void appendString(QByteArray& out, QStringView text) {
    out += '"';
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x80) {
            if (QChar::isHighSurrogate(u) && i + 1 < size && text[i + 1].isLowSurrogate()) {
                appendUtf8(out, QChar::surrogateToUcs4(u, text[i + 1].unicode()));
                ++i;
            } else if (QChar::isSurrogate(u)) {
                appendEscape(out, u); // a lone half of a pair, as Qt writes it
            } else {
                appendUtf8(out, u);
            }
            continue;
        }
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20)
                appendEscape(out, u);
            else
                out += static_cast<char>(u);
        }
    }
    out += '"';
}

void appendInt(QByteArray& out, qint64 value) {
    char digits[24];
    char* end = digits + sizeof digits;
    char* p = end;
    const bool negative = value < 0;
    // In unsigned arithmetic, so the smallest value has a magnitude too.
    quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

} // namespace lianping::json
