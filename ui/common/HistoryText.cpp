#include "HistoryText.h"

#include "common/Ids.h"
#include "registry/UnitTableModel.h"

#include <QCoreApplication>

namespace lianping::ui {

namespace {

QString stepLabel(const QString& step) {
    if (step == QLatin1String("self"))
        return QCoreApplication::translate("lianping::ui::HistoryText", "self-check");
    if (step == QLatin1String("county"))
        return QCoreApplication::translate("lianping::ui::HistoryText", "county review");
    return QCoreApplication::translate("lianping::ui::HistoryText", "city recheck");
}

QString what(const HistoryEntry& entry) {
    const QString step = entry.field.section(QLatin1Char(':'), 0, 0);
    const QString item = entry.field.section(QLatin1Char(':'), 1);
    if (entry.entity == QLatin1String("score"))
        return QCoreApplication::translate("lianping::ui::HistoryText", "%1 score %2")
            .arg(stepLabel(step), item);
    if (entry.entity == QLatin1String("veto"))
        return QCoreApplication::translate("lianping::ui::HistoryText", "%1 veto %2")
            .arg(stepLabel(step), item);
    if (entry.entity == QLatin1String("survey"))
        return QCoreApplication::translate("lianping::ui::HistoryText", "%1 survey ballots")
            .arg(stepLabel(entry.field));
    if (entry.entity == QLatin1String("enrollment"))
        return QCoreApplication::translate("lianping::ui::HistoryText", "state");
    if (entry.entity == QLatin1String("unit"))
        return entry.field == QLatin1String("created")
                   ? QCoreApplication::translate("lianping::ui::HistoryText", "unit added")
                   : QCoreApplication::translate("lianping::ui::HistoryText", "unit %1")
                         .arg(entry.field);
    if (entry.entity == QLatin1String("followup"))
        return QCoreApplication::translate("lianping::ui::HistoryText", "follow-up");
    if (entry.entity == QLatin1String("rectification"))
        return QCoreApplication::translate("lianping::ui::HistoryText", "rectification item %1")
            .arg(entry.field);
    if (entry.entity == QLatin1String("revocation"))
        return QCoreApplication::translate("lianping::ui::HistoryText", "revocation");
    return entry.entity + QLatin1Char(' ') + entry.field;
}

QString value(const HistoryEntry& entry, const QString& text) {
    if (text.isEmpty())
        return QStringLiteral("—");
    return entry.entity == QLatin1String("enrollment") ? UnitTableModel::stateText(text) : text;
}

} // namespace

QString describeHistory(const HistoryEntry& entry) {
    QString line = QStringLiteral("%1  %2  %3")
                       .arg(formatTime(entry.at).left(16), entry.operatorName, what(entry));
    if (!entry.oldValue.isEmpty() || !entry.newValue.isEmpty())
        line += QStringLiteral(":%1 → %2")
                    .arg(value(entry, entry.oldValue), value(entry, entry.newValue));
    if (!entry.note.isEmpty())
        line += QStringLiteral("(%1)").arg(entry.note);
    return line;
}

} // namespace lianping::ui
