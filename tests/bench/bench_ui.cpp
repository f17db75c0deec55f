// Desktop benchmarks on a large database: open to first paint of the registry, one search
// keystroke to the filtered table painted, one scoring edit to stored. Medians in ms.
// Usage: QT_QPA_PLATFORM=offscreen lianping_bench_ui FILE.lpdb

#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/common/Session.h"
#include "ui/common/Settings.h"
#include "ui/registry/RegistryView.h"
#include "ui/registry/UnitTableModel.h"
#include "ui/scoring/ScoreSheetModel.h"
#include "ui/scoring/ScoreSheetView.h"

#include "Median.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace lianping;

namespace {} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: lianping_bench_ui FILE.lpdb\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setOperatorName(QStringLiteral("bench"));
    ui::MainWindow window(settings);
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();

    const double open = medianMs(5, [&] {
        if (!window.openDatabase(path))
            std::exit(1);
        (void)window.registry()->table()->viewport()->grab(); // the first page painted
    });
    const int units = window.registry()->model()->rowCount();

    QLineEdit* search = window.registry()->searchEdit();
    const char* queries[] = {"医", "医院", "人民医院", "白水"};
    std::printf("| desktop operation (%d units)                   | median ms | aim   |\n", units);
    std::printf("|-----------------------------------------------|-----------|-------|\n");
    std::printf("| open database → registry painted              | %9.1f | < 300 |\n", open);
    for (const char* query : queries) {
        std::vector<double> times;
        for (int run = 0; run < 5; ++run) {
            search->clear();
            window.registry()->applyFilter();
            QElapsedTimer timer;
            timer.start();
            search->setText(QString::fromUtf8(query));
            window.registry()->applyFilter(); // what the typing pause triggers
            (void)window.registry()->table()->viewport()->grab();
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::printf("| search '%s' → filtered table painted%*s| %9.1f | < 50  |\n", query,
                    static_cast<int>(14 - QString::fromUtf8(query).size() * 2), "", times[2]);
    }
    window.registry()->applyFilter();
    const double scroll = medianMs(5, [&] {
        window.registry()->table()->scrollTo(
            window.registry()->model()->index(units / 2 + std::rand() % 1000, 0));
        (void)window.registry()->table()->viewport()->grab();
    });
    std::printf("| jump to the middle of the registry, painted   | %9.1f |       |\n", scroll);

    Statement draft =
        window.session().db().prepare("SELECT u.code FROM enrollments e JOIN units u ON u.id = "
                                      "e.unit_id JOIN unit_types t ON t.id = u.type_id "
                                      "WHERE e.state = 'draft' AND t.code = 'agency' LIMIT 1");
    if (!draft.step())
        return 1;
    window.sheet()->openUnit(draft.text(0));
    int flip = 0;
    bool ok = true;
    const double edit = medianMs(9, [&] {
        ok = window.sheet()
                 ->model()
                 ->setPoints(QStringLiteral("D1.1"), (flip++ % 2) ? 10 : 12)
                 .ok() &&
             ok;
    });
    std::printf("| one scoring edit → stored (+ undo entry)      | %9.1f | < 20  |\n", edit);
    return ok ? 0 : 1;
}
