#include "Imports.h"

#include "ui/common/BackgroundTask.h"
#include "ui/common/Session.h"

#include <QCoreApplication>

namespace lianping::ui {

Result<int> Imports::units(QWidget* parent, Session& session, const QString& file,
                           bool showProgress, const ConfirmNewCounties& confirm) {
    // First without new counties; if the file names some, ask, then import again with them.
    for (const bool allowNew : {false, true}) {
        UnitImportOptions options;
        options.allowNewCounties = allowNew;
        const Result<UnitImportReport> report = session.importUnits(
            file, options,
            BackgroundTask::runner(
                parent, QCoreApplication::translate("lianping::ui::Imports", "Importing units…"),
                showProgress));
        if (!report)
            return report.error();
        if (!report->needsNewCounties)
            return report->added;
        if (!confirm || !confirm(report->newCounties))
            return 0;
    }
    return 0;
}

Result<int> Imports::scores(QWidget* parent, Session& session, const QString& file, Step step,
                            bool showProgress) {
    return session.importScores(
        session.year(), file, step,
        BackgroundTask::runner(
            parent, QCoreApplication::translate("lianping::ui::Imports", "Importing scores…"),
            showProgress));
}

} // namespace lianping::ui
