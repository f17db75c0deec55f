// The naming notice (GB/T 9704) at several sizes, to show that its cost follows its pages.
// Not a test; prints figures. Usage:
//   build/tests/bench/lianping_bench_notice FILE.lpdb [FILE.lpdb …] [--year Y]
// e.g. three demo databases of 10,000, 40,000 and 200,000 units (lianping-cli demo --units N).
// Per file: units named, pages, seconds to load and to paint, ms per page, peak RSS of the run
// (VmHWM, reset between files).

#include "core/campaign/CampaignRepository.h"
#include "core/report/NamingNotice.h"
#include "core/workspace/Workspace.h"

#include "PeakMemory.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace lianping;
using namespace lianping::bench;

namespace {} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int year = 2026;
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--year") == 0 && i + 1 < argc)
            year = std::atoi(argv[++i]);
        else
            files << QString::fromLocal8Bit(argv[i]);
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE.lpdb [FILE.lpdb …] [--year Y]\n", argv[0]);
        return 2;
    }
    QTemporaryDir dir;
    std::printf("%-28s %9s %7s %8s %8s %10s %8s\n", "database", "named", "pages", "load s",
                "paint s", "ms/page", "peak MB");
    for (const QString& file : files) {
        resetPeak();
        Result<std::unique_ptr<Database>> db = Workspace::open(file, QStringLiteral("bench"));
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        Result<NamingList> list = NamingNotice::load(**db, year);
        if (!list) {
            std::fprintf(stderr, "%s\n", qPrintable(list.error().message));
            return 1;
        }
        const double load = timer.elapsed() / 1000.0;
        const int named = list->units();
        list = NamingList{};
        timer.restart();
        Result<int> pages =
            NamingNotice::writePdf(**db, year, dir.filePath(QStringLiteral("notice.pdf")));
        if (!pages) {
            std::fprintf(stderr, "%s\n", qPrintable(pages.error().message));
            return 1;
        }
        const double all = timer.elapsed() / 1000.0;
        std::printf("%-28s %9d %7d %8.2f %8.2f %10.2f %8.0f\n",
                    qPrintable(QFileInfo(file).fileName()), named, *pages, load, all - load,
                    1000 * all / *pages, peakMb());
    }
    return 0;
}
