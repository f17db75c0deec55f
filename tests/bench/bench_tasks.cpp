// The task ledger at city scale: 20,000 tasks (5,000 tasks split into three parts each) with
// 200,000 progress entries. Times the ledger read, the rates, and the desktop's 任务台账 screen
// opening, filtering and showing rates. Medians in ms.
// Usage: QT_QPA_PLATFORM=offscreen lianping_bench_tasks [TASKS=5000] [ENTRIES=200000]

#include "core/storage/Transaction.h"
#include "core/tasks/Ledger.h"
#include "core/tasks/TaskRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/common/Session.h"
#include "ui/common/Settings.h"
#include "ui/tasks/LedgerModel.h"
#include "ui/tasks/LedgerView.h"

#include "Median.h"
#include "PeakMemory.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>

using namespace lianping;

namespace {

void fill(Database& db, int tasks, int entries) {
    const QStringList actions = TaskRepository::defaultActions();
    TaskRepository repository(db);
    Transaction transaction(db);
    std::vector<std::int64_t> leaves;
    for (int i = 0; i < tasks; ++i) {
        TaskInput input;
        input.year = 2026;
        input.title = QStringLiteral("第%1项任务").arg(i + 1);
        input.kind = i % 3 == 0 ? QStringLiteral("specific") : QStringLiteral("common");
        input.action = actions[i % actions.size()];
        input.lead = QStringLiteral("市直部门%1").arg(i % 40 + 1);
        input.co = {QStringLiteral("市直部门%1").arg((i + 7) % 40 + 1)};
        input.due = QDate(2026, 1 + i % 12, 28).toString(Qt::ISODate);
        const std::int64_t id = *repository.add(input);
        const char* splits[] = {"inner", "outer", "down"};
        for (int p = 0; p < 3; ++p) {
            TaskInput part = input;
            part.parent = id;
            part.split = QString::fromLatin1(splits[p]);
            part.lead = QStringLiteral("部门%1-%2").arg(i % 40 + 1).arg(p);
            part.county = p == 2 ? QStringLiteral("县区%1").arg(i % 12 + 1) : QString();
            part.due.clear();
            leaves.push_back(*repository.add(part));
        }
    }
    for (int e = 0; e < entries; ++e) {
        const std::int64_t leaf = leaves[static_cast<std::size_t>(e) % leaves.size()];
        const int round = e / static_cast<int>(leaves.size());
        const double percent = std::min(99.0, 8.0 * (round + 1));
        (void)repository.progress(leaf, percent, QStringLiteral("第%1次进展").arg(round + 1),
                                  QDate(2026, 1, 1).addDays(round * 20));
    }
    (void)transaction.commit();
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tasks = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int entries = argc > 2 ? std::atoi(argv[2]) : 200000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tasks.lpdb"));
    QElapsedTimer timer;
    timer.start();
    {
        auto db = Workspace::open(path, QStringLiteral("bench"));
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        fill(**db, tasks, entries);
    }
    std::printf("filled %d tasks and parts, %d progress entries in %.1f s\n", tasks * 4, entries,
                timer.elapsed() / 1000.0);

    auto db = Workspace::open(path, QStringLiteral("bench"));
    const double load = medianMs(5, [&] { (void)Ledger::load(**db, 2026, QDate(2026, 9, 1)); });
    const Ledger ledger = Ledger::load(**db, 2026, QDate(2026, 9, 1));
    const double rates = medianMs(5, [&] {
        for (LedgerGrouping g : {LedgerGrouping::Lead, LedgerGrouping::County,
                                 LedgerGrouping::Action, LedgerGrouping::Kind})
            (void)ledger.rates(g);
    });
    LedgerFilter overdue;
    overdue.status = TaskStatus::Overdue;
    const double filter = medianMs(5, [&] { (void)ledger.filter(overdue); });

    QTemporaryDir settingsDir;
    ui::Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    settings.setOperatorName(QStringLiteral("bench"));
    ui::MainWindow window(settings);
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();
    if (!window.openDatabase(path))
        return 1;
    window.session().setYear(2026);
    ui::LedgerView* view = window.ledger();
    window.showPage(ui::MainWindow::TaskLedger);
    const double open = medianMs(5, [&] {
        view->reload();
        (void)view->tree()->viewport()->grab();
    });
    const double search = medianMs(5, [&] {
        view->searchBox()->setText(QStringLiteral("第12"));
        (void)view->tree()->viewport()->grab();
        view->searchBox()->clear();
    });
    const double lead = medianMs(5, [&] {
        view->leadFilter()->setCurrentIndex(3);
        emit view->leadFilter()->activated(3);
        (void)view->tree()->viewport()->grab();
        view->leadFilter()->setCurrentIndex(0);
        emit view->leadFilter()->activated(0);
    });
    std::printf("| task ledger (%d tasks and parts, %d entries) | median ms |\n", tasks * 4,
                entries);
    std::printf("|---|---|\n");
    std::printf("| read the ledger (statuses and parent progress) | %.1f |\n", load);
    std::printf("| rates by lead, county, action and kind | %.1f |\n", rates);
    std::printf("| filter: overdue | %.1f |\n", filter);
    std::printf("| desktop: 任务台账 reloaded and painted | %.1f |\n", open);
    std::printf("| desktop: a search typed, tree painted, cleared | %.1f |\n", search);
    std::printf("| desktop: a lead department chosen and cleared | %.1f |\n", lead);
    std::printf("peak memory %.0f MB\n", bench::peakMb());
    return 0;
}
