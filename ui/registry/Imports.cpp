#include "Imports.h"

#include "common/BackgroundTask.h"
#include "common/Session.h"
#include "io/ScoreImporter.h"
#include "io/UnitImporter.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace lianping::ui {

namespace {

template <typename Import>
Result<int> run(QWidget* parent, Session& session, const QString& title, Import import,
                bool showProgress) {
    const QString path = session.path();
    const QString operatorName = session.db().operatorName();
    const Result<QString> done = BackgroundTask::run(
        parent, title,
        [path, operatorName, import](const BackgroundTask::Progress& progress) -> Result<QString> {
            progress(0, 0);
            Result<std::unique_ptr<Database>> db = Workspace::open(path, operatorName);
            if (!db)
                return db.error();
            Result<int> count = import(**db);
            if (!count)
                return count.error();
            return QString::number(*count);
        },
        showProgress);
    session.notifyChanged();
    if (!done)
        return done.error();
    return done->toInt();
}

} // namespace

Result<int> Imports::units(QWidget* parent, Session& session, const QString& file,
                           bool showProgress, const ConfirmNewCounties& confirm) {
    // First without new counties; if the file names some, ask, then import again with them.
    QStringList newCounties;
    for (const bool allowNew : {false, true}) {
        Result<int> added = run(
            parent, session,
            QCoreApplication::translate("lianping::ui::Imports", "Importing units…"),
            [file, allowNew, &newCounties](Database& db) -> Result<int> {
                UnitImportOptions options;
                options.allowNewCounties = allowNew;
                Result<UnitImportReport> report = UnitImporter(db).importFile(file, options);
                if (!report)
                    return report.error();
                newCounties = report->newCounties;
                return report->needsNewCounties ? -1 : report->added;
            },
            showProgress);
        if (!added || *added >= 0)
            return added;
        if (!confirm || !confirm(newCounties))
            return 0;
    }
    return 0;
}

Result<int> Imports::scores(QWidget* parent, Session& session, const QString& file, Step step,
                            bool showProgress) {
    const int year = session.year();
    return run(
        parent, session, QCoreApplication::translate("lianping::ui::Imports", "Importing scores…"),
        [file, year, step](Database& db) { return ScoreImporter(db).importFile(year, file, step); },
        showProgress);
}

} // namespace lianping::ui
