#pragma once
// The parts of an official document written by rule: the issuing number (发文字号) with its
// hexagonal brackets, the date in Arabic numerals, ordinals for headings.

#include <QDate>
#include <QString>

namespace lianping {

class DocumentNumber {
public:
    // "12" or "１２号" with prefix 广委 and year 2026 → 广委〔2026〕12号; a number written whole
    // keeps its text with its year's brackets made hexagonal: 广委[2026]12号, 广委（2026）12号
    // and 广委【2026】12号 all → 广委〔2026〕12号.
    static QString format(const QString& decision, const QString& prefix, int year);
    // 2026年12月2日 (成文日期: Arabic numerals, no leading zeros).
    static QString date(const QDate& date);
    // 一, 二 … 十, 十一 … 九十九, 一百 … (headings 一、 and （一）).
    static QString chineseNumber(int n);
};

} // namespace lianping
