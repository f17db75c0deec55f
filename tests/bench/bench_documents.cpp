// Documents at scale: the summary workbook of a whole campaign and N rating reports into one
// PDF. Not a test; prints figures. Usage:
//   build/tests/bench/lianping_bench_documents FILE.lpdb [REPORTS=1000] [YEAR=2026]
// REPORTS=0 skips the reports; a negative number -N writes N reports and skips the workbook.
// Peak memory: run `/usr/bin/time -v lianping-cli --db FILE export-excel 2026 --out X.xlsx`.

#include "core/export/SummaryWorkbook.h"
#include "core/report/ReportPdf.h"
#include "core/report/UnitReport.h"
#include "core/workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

using namespace lianping;

namespace {

long peakKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.lpdb [REPORTS] [YEAR]\n", argv[0]);
        return 2;
    }
    int reports = argc > 2 ? std::atoi(argv[2]) : 1000;
    const bool workbookToo = reports >= 0;
    reports = std::abs(reports);
    const int year = argc > 3 ? std::atoi(argv[3]) : 2026;
    Result<std::unique_ptr<Database>> db =
        Workspace::open(QString::fromLocal8Bit(argv[1]), QStringLiteral("bench"));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    QTemporaryDir dir;
    const long before = peakKiB();

    QElapsedTimer timer;
    timer.start();
    SummaryOptions options;
    options.year = year;
    int lastPercent = -1;
    options.progress = [&](int percent) {
        if (percent != lastPercent && (percent % 10 == 0 || percent >= 70))
            std::printf("  %3d %% at %.2f s\n", percent, timer.elapsed() / 1000.0);
        lastPercent = percent;
        return true;
    };
    const QString workbook = dir.filePath(QStringLiteral("summary.xlsx"));
    Result<void> written =
        workbookToo ? SummaryWorkbook::write(**db, options, workbook) : Result<void>();
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return 1;
    }
    std::printf("summary workbook: %.2f s, %.1f MB file, peak RSS %ld MB (before %ld MB)\n",
                timer.elapsed() / 1000.0, QFileInfo(workbook).size() / 1e6, peakKiB() / 1024,
                before / 1024);

    if (reports == 0)
        return 0;
    Result<QStringList> codes = ReportLoader(**db, year).unitCodes({}, {});
    if (!codes) {
        std::fprintf(stderr, "%s\n", qPrintable(codes.error().message));
        return 1;
    }
    const QStringList chosen = codes->mid(0, reports);
    const QString pdf = dir.filePath(QStringLiteral("reports.pdf"));
    timer.restart();
    Result<int> count = ReportPdf::writeCombined(**db, year, chosen, pdf);
    if (!count) {
        std::fprintf(stderr, "%s\n", qPrintable(count.error().message));
        return 1;
    }
    const double seconds = timer.elapsed() / 1000.0;
    std::printf("%d rating reports into one PDF: %.2f s (%.1f ms each), %.1f MB, peak RSS %ld MB\n",
                *count, seconds, 1000 * seconds / *count, QFileInfo(pdf).size() / 1e6,
                peakKiB() / 1024);
    // The same reports one file each, laid out and written on every core.
    const QString folder = dir.filePath(QStringLiteral("each"));
    timer.restart();
    Result<int> each = ReportPdf::writeEach(**db, year, chosen, folder);
    if (!each) {
        std::fprintf(stderr, "%s\n", qPrintable(each.error().message));
        return 1;
    }
    const double eachSeconds = timer.elapsed() / 1000.0;
    std::printf("%d rating reports one file each on %d threads: %.2f s (%.1f ms each)\n", *each,
                QThread::idealThreadCount(), eachSeconds, 1000 * eachSeconds / *each);
    return 0;
}
