#pragma once
// Attaching evidence files from the desktop (a drop on the sheet or the file dialog): one place
// that asks core, shows its refusal, and announces the change so the sheet and panel refresh.

#include "core/model/Step.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <optional>

class QWidget;

namespace lianping::ui {

class Session;

class EvidenceActions {
    Q_DECLARE_TR_FUNCTIONS(lianping::ui::EvidenceActions)
public:
    // The file dialog (several files at once); empty when cancelled.
    static QStringList chooseFiles(QWidget* parent, const QString& title);

    // Attaches `files` to an indicator ("" for the whole sheet) at `step`. A refusal is shown
    // in a message box; returns how many files were attached.
    static int attach(QWidget* parent, Session& session, std::int64_t enrollmentId,
                      const QString& indicator, Step step, const QStringList& files);

    // "532 KB", "2.4 MB": a size a person reads at a glance.
    static QString sizeText(qint64 bytes);
    static QString stepText(Step step);
};

} // namespace lianping::ui
