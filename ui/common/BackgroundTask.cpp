#include "BackgroundTask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace lianping::ui {

Result<QString> BackgroundTask::run(QWidget* parent, const QString& title, const Work& work,
                                    bool showDialog) {
    struct Shared {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> cancelled{false};
    };
    auto shared = std::make_shared<Shared>();
    QFutureWatcher<Result<QString>> watcher;
    watcher.setFuture(QtConcurrent::run([work, shared]() {
        return work([shared](int done, int total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancelled.load();
        });
    }));
    std::unique_ptr<QProgressDialog> dialog;
    if (showDialog) {
        dialog = std::make_unique<QProgressDialog>(title, tr("Cancel"), 0, 0, parent);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        QObject::connect(dialog.get(), &QProgressDialog::canceled,
                         [shared] { shared->cancelled = true; });
    }
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (dialog && shared->total > 0) {
            dialog->setMaximum(shared->total);
            dialog->setValue(shared->done);
        }
    });
    poll.start();
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<QString>>::finished, &loop,
                     &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec();
    Result<QString> result = watcher.result();
    if (!result && shared->cancelled.load())
        return cancelled(result.error().message);
    return result;
}

Workbench::Runner BackgroundTask::runner(QWidget* parent, const QString& title, bool showDialog) {
    return [parent, title, showDialog](const Workbench::Job& job) {
        return run(
            parent, title,
            [job](const Progress& progress) {
                progress(0, 0);
                return job();
            },
            showDialog);
    };
}

} // namespace lianping::ui
