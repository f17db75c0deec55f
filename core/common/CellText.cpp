#include "CellText.h"

namespace lianping {

namespace {

// Full-width forms U+FF01…U+FF5E are ASCII U+0021…U+007E shifted by 0xFEE0.
constexpr char16_t fullWidthFirst = 0xFF01;
constexpr char16_t fullWidthLast = 0xFF5E;
constexpr char16_t fullWidthShift = 0xFEE0;

QString toHalfWidth(const QString& text) {
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= fullWidthFirst && u <= fullWidthLast)
            c = QChar(static_cast<char16_t>(u - fullWidthShift));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

} // namespace

QString CellText::clean(const QString& text) {
    // QString::trimmed() knows U+3000 and U+00A0 as spaces (QChar::isSpace).
    return text.trimmed();
}

QString CellText::number(const QString& text) {
    QString value = toHalfWidth(clean(text)).trimmed();
    value.replace(QChar(0x3002), QLatin1Char('.')); // 。 typed for a point
    return value;
}

std::optional<bool> CellText::yesNo(const QString& text) {
    const QString value = toHalfWidth(clean(text)).trimmed().toLower();
    static const QString no[] = {QString(),
                                 QStringLiteral("否"),
                                 QStringLiteral("no"),
                                 QStringLiteral("n"),
                                 QStringLiteral("0"),
                                 QStringLiteral("false"),
                                 QStringLiteral("×"),
                                 QStringLiteral("✗"),
                                 QStringLiteral("无"),
                                 QStringLiteral("不是")};
    static const QString yes[] = {
        QStringLiteral("是"), QStringLiteral("yes"),  QStringLiteral("y"),
        QStringLiteral("1"),  QStringLiteral("true"), QStringLiteral("√"),
        QStringLiteral("✓"),  QStringLiteral("✔"),    QStringLiteral("有")};
    for (const QString& word : no)
        if (value == word)
            return false;
    for (const QString& word : yes)
        if (value == word)
            return true;
    return std::nullopt;
}

} // namespace lianping
