#include "TaskDates.h"

#include "core/common/CellText.h"

#include <QRegularExpression>

namespace lianping {

namespace {

QDate endOfMonth(int year, int month) {
    const QDate first(year, month, 1);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

// 一 … 十二 and 1 … 12 as a number (months, quarters).
int smallNumber(const QString& text) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    static const QString digits = QStringLiteral("一二三四五六七八九十");
    if (text == QStringLiteral("十一"))
        return 11;
    if (text == QStringLiteral("十二"))
        return 12;
    if (text.size() == 1 && digits.contains(text))
        return static_cast<int>(digits.indexOf(text)) + 1;
    return 0;
}

} // namespace

std::optional<QDate> TaskDates::parse(const QString& raw, int year) {
    QString text = CellText::number(raw);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    if (text.isEmpty() || text.contains(QStringLiteral("长期")) ||
        text.contains(QStringLiteral("持续")) || text.contains(QStringLiteral("常态")))
        return QDate();
    // Before the end of …: the date is the last day of it.
    for (const QString& tail : {QStringLiteral("以前"), QStringLiteral("之前"),
                                QStringLiteral("前"), QStringLiteral("止")})
        if (text.endsWith(tail)) {
            text.chop(tail.size());
            break;
        }

    static const QRegularExpression full(
        QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    if (const auto m = full.match(text); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    // An Excel date serial (days since 1899-12-30) as a cell reads back without its format.
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(\\.0+)?$"));
    if (const auto m = serial.match(text); m.hasMatch())
        return QDate(1899, 12, 30).addDays(m.captured(1).toInt());

    int y = year;
    static const QRegularExpression withYear(QStringLiteral("^(\\d{4})年?(.*)$"));
    if (const auto m = withYear.match(text); m.hasMatch()) {
        y = m.captured(1).toInt();
        text = m.captured(2);
    }
    if (text.isEmpty() || text == QStringLiteral("底") || text == QStringLiteral("年底") ||
        text == QStringLiteral("年末") || text == QStringLiteral("全年") ||
        text == QStringLiteral("下半年") || text == QStringLiteral("四季度") ||
        text == QStringLiteral("第四季度"))
        return QDate(y, 12, 31);
    if (text == QStringLiteral("上半年") || text == QStringLiteral("年中"))
        return QDate(y, 6, 30);
    static const QRegularExpression month(QStringLiteral(
        "^(\\d{1,2}|十一|十二|[一二三四五六七八九十])月(份|底|末|中旬|上旬|下旬)?$"));
    if (const auto m = month.match(text); m.hasMatch()) {
        const int mo = smallNumber(m.captured(1));
        if (mo < 1 || mo > 12)
            return std::nullopt;
        if (m.captured(2) == QStringLiteral("上旬"))
            return QDate(y, mo, 10);
        if (m.captured(2) == QStringLiteral("中旬"))
            return QDate(y, mo, 20);
        return endOfMonth(y, mo);
    }
    static const QRegularExpression dayOfMonth(QStringLiteral("^(\\d{1,2})月(\\d{1,2})日$"));
    if (const auto m = dayOfMonth.match(text); m.hasMatch()) {
        const QDate date(y, m.captured(1).toInt(), m.captured(2).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    static const QRegularExpression quarter(QStringLiteral("^第?([1-4一二三四])季度(末|底)?$"));
    if (const auto m = quarter.match(text); m.hasMatch())
        return endOfMonth(y, smallNumber(m.captured(1)) * 3);
    static const QRegularExpression yearMonth(QStringLiteral("^[-/.](\\d{1,2})$"));
    if (const auto m = yearMonth.match(text); m.hasMatch()) { // 2026-06, 2026/6
        const int mo = m.captured(1).toInt();
        return mo >= 1 && mo <= 12 ? std::optional<QDate>(endOfMonth(y, mo)) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace lianping
