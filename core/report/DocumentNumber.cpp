#include "DocumentNumber.h"

#include <QRegularExpression>

namespace lianping {

namespace {

QString halfWidthDigits(QString text) {
    for (QChar& c : text)
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    return text;
}

} // namespace

QString DocumentNumber::format(const QString& decision, const QString& prefix, int year) {
    const QString text = halfWidthDigits(decision.trimmed());
    static const QRegularExpression numberOnly(QStringLiteral("^第?\\s*(\\d+)\\s*号?$"));
    const QRegularExpressionMatch number = numberOnly.match(text);
    if (number.hasMatch())
        return QStringLiteral("%1〔%2〕%3号")
            .arg(prefix.trimmed())
            .arg(year)
            .arg(number.captured(1).toInt());
    static const QRegularExpression bracketedYear(
        QStringLiteral("[\\[［(（【〔﹝]\\s*(\\d{4})\\s*[\\]］)）】〕﹞]"));
    QString result = text;
    result.replace(bracketedYear, QStringLiteral("〔\\1〕"));
    return result;
}

QString DocumentNumber::date(const QDate& date) {
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString DocumentNumber::chineseNumber(int n) {
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0)
        return QString::number(n);
    if (n < 10)
        return digits.mid(n, 1);
    if (n < 20)
        return QStringLiteral("十") + (n % 10 ? digits.mid(n % 10, 1) : QString());
    if (n < 100)
        return digits.mid(n / 10, 1) + QStringLiteral("十") +
               (n % 10 ? digits.mid(n % 10, 1) : QString());
    if (n < 1000) {
        const int rest = n % 100;
        QString text = digits.mid(n / 100, 1) + QStringLiteral("百");
        if (rest == 0)
            return text;
        if (rest < 10)
            return text + QStringLiteral("零") + digits.mid(rest, 1);
        if (rest < 20)
            return text + QStringLiteral("一") + chineseNumber(rest);
        return text + chineseNumber(rest);
    }
    return QString::number(n);
}

} // namespace lianping
