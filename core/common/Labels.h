#pragma once
// The one label of every code a person may see: pipeline states, grades, steps, follow-up
// and rectification statuses and kinds, record kinds, record fields, yes/no. Screens call
// these (translated to the interface language through CoreText); documents — Chinese
// official papers whatever the interface language — pass Language::Chinese. A test checks
// that the zh_CN catalogue gives the same text as Language::Chinese.

#include <QString>

namespace lianping {

class Labels {
public:
    enum class Language { Interface, Chinese };

    // draft → 自查中 …; empty → 未参加考评. An unknown code comes back as it is.
    static QString state(const QString& code, Language language = Language::Interface);
    static QString grade(const QString& code, Language language = Language::Interface);
    // self, county, city → 自查, 县区考评, 市级复查
    static QString step(const QString& code, Language language = Language::Interface);
    // open, done, cancelled, verified
    static QString status(const QString& code, Language language = Language::Interface);
    // admonition, organisational
    static QString followUpKind(const QString& code, Language language = Language::Interface);
    // unit, enrollment, sheet, naming, revocation, rectification, sample (a record of exchange)
    static QString recordKind(const QString& code, Language language = Language::Interface);
    // A field of a record: name, type, county, lead, demo, contact, active, state, scores …
    static QString field(const QString& code, Language language = Language::Interface);
    // common, specific, extended → 共性, 个性, 延伸 (task kinds, seed 003)
    static QString taskKind(const QString& code, Language language = Language::Interface);
    // inner, outer, down → 内分, 外分, 下分
    static QString taskSplit(const QString& code, Language language = Language::Interface);
    // done, on-track, due-soon, overdue → 已完成, 正常推进, 即将到期, 已逾期
    static QString taskStatus(const QString& code, Language language = Language::Interface);
    static QString yesNo(bool value, Language language = Language::Interface);
    // A record's key as a person reads it: unit/U001 → 单位 U001, sheet/2026/U001/county →
    // 2026 年 U001 县区考评评分表.
    static QString recordKey(const QString& key, Language language = Language::Interface);
    // 45/10/5 → 满意 45、基本满意 10、不满意 5
    static QString ballots(const QString& satisfiedBasicUnsatisfied,
                           Language language = Language::Interface);
};

} // namespace lianping
