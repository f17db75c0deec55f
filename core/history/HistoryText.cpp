#include "HistoryText.h"

#include "core/common/CoreText.h"
#include "core/common/Ids.h"

namespace lianping {

namespace {

using Language = Labels::Language;

QString text(const char* english, const char* chinese, Language language) {
    return language == Language::Chinese ? QString::fromUtf8(chinese) : CoreText::tr(english);
}

} // namespace

QString HistoryText::what(const HistoryEntry& entry, Language language) {
    const QString step = entry.field.section(QLatin1Char(':'), 0, 0);
    const QString item = entry.field.section(QLatin1Char(':'), 1);
    const QString& kind = entry.entity;
    if (kind == QLatin1String("score"))
        return QStringLiteral("%1 %2 %3")
            .arg(Labels::step(step, language),
                 text(QT_TRANSLATE_NOOP("lianping::CoreText", "score"), "得分", language), item);
    if (kind == QLatin1String("veto"))
        return QStringLiteral("%1 %2 %3")
            .arg(Labels::step(step, language),
                 text(QT_TRANSLATE_NOOP("lianping::CoreText", "veto"), "一票否决", language), item);
    if (kind == QLatin1String("survey"))
        return QStringLiteral("%1 %2").arg(
            Labels::step(entry.field, language),
            text(QT_TRANSLATE_NOOP("lianping::CoreText", "survey ballots"), "群众测评票数",
                 language));
    if (kind == QLatin1String("enrollment"))
        return Labels::field(QStringLiteral("state"), language);
    if (kind == QLatin1String("unit"))
        return entry.field == QLatin1String("created")
                   ? text(QT_TRANSLATE_NOOP("lianping::CoreText", "unit added"), "新增单位",
                          language)
                   : QStringLiteral("%1 %2").arg(Labels::recordKind(kind, language),
                                                 Labels::field(entry.field, language));
    if (kind == QLatin1String("followup"))
        return QStringLiteral("%1 %2").arg(Labels::recordKind(kind, language),
                                           Labels::followUpKind(entry.field, language));
    if (kind == QLatin1String("rectification"))
        return QStringLiteral("%1 %2").arg(Labels::recordKind(kind, language), entry.field);
    if (kind == QLatin1String("revocation"))
        return Labels::recordKind(kind, language);
    if (kind == QLatin1String("type") || kind == QLatin1String("type_alias"))
        return QStringLiteral("%1 %2").arg(Labels::recordKind(kind, language), entry.field);
    if (kind == QLatin1String("campaign"))
        return Labels::recordKind(kind, language);
    return QStringLiteral("%1 %2").arg(Labels::recordKind(kind, language),
                                       Labels::field(entry.field, language));
}

QString HistoryText::value(const HistoryEntry& entry, const QString& raw, Language language) {
    if (raw.isEmpty())
        return QStringLiteral("—");
    const QString& kind = entry.entity;
    if (kind == QLatin1String("enrollment") || entry.field == QLatin1String("state"))
        return Labels::state(raw, language);
    if (kind == QLatin1String("followup") || kind == QLatin1String("rectification"))
        return Labels::status(raw, language);
    if (kind == QLatin1String("survey"))
        return Labels::ballots(raw, language);
    if (entry.field == QLatin1String("demo") || entry.field == QLatin1String("active")) {
        if (raw == QLatin1String("yes") || raw == QLatin1String("true") ||
            raw == QLatin1String("1"))
            return Labels::yesNo(true, language);
        if (raw == QLatin1String("no") || raw == QLatin1String("false") ||
            raw == QLatin1String("0"))
            return Labels::yesNo(false, language);
    }
    return raw;
}

QString HistoryText::describe(const HistoryEntry& entry, Language language) {
    QString line =
        QStringLiteral("%1  %2  %3")
            .arg(formatTime(entry.at).left(16), entry.operatorName, what(entry, language));
    if (!entry.oldValue.isEmpty() || !entry.newValue.isEmpty())
        line += QStringLiteral(":%1 → %2")
                    .arg(value(entry, entry.oldValue, language),
                         value(entry, entry.newValue, language));
    // The ballots' order was once kept as a note; the values now say it.
    // Notes core wrote itself are codes too: the ballots' order (once), an enrolment.
    if (entry.note == QLatin1String("enrolled"))
        line += QStringLiteral("(%1)").arg(
            text(QT_TRANSLATE_NOOP("lianping::CoreText", "enrolled"), "参加考评", language));
    else if (!entry.note.isEmpty() && entry.note != QLatin1String("satisfied/basic/unsatisfied"))
        line += QStringLiteral("(%1)").arg(entry.note);
    return line;
}

} // namespace lianping
