#pragma once
// Runs long work (demo generation, imports) on a worker thread with a progress dialog and a
// Cancel button; the window stays responsive. The work reports progress through a callback
// that returns false once the user has cancelled.

#include "core/common/Result.h"
#include "core/workspace/Workbench.h"

#include <QObject>

#include <atomic>
#include <functional>

class QWidget;

namespace lianping::ui {

class BackgroundTask : public QObject {
    Q_OBJECT
public:
    using Progress = std::function<bool(int done, int total)>;
    using Work = std::function<Result<QString>(const Progress&)>;

    // Runs the work and waits (in a local event loop, UI alive) until it ends.
    // Returns the work's result; a cancelled run is an error saying so.
    static Result<QString> run(QWidget* parent, const QString& title, const Work& work,
                               bool showDialog = true);
    // For a Workbench write that runs long: its work, without progress figures, run so.
    static Workbench::Runner runner(QWidget* parent, const QString& title, bool showDialog = true);
};

} // namespace lianping::ui
