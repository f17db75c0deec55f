#include "ReportPdf.h"

#include "core/common/CoreText.h"

#include "core/report/PagedDocument.h"
#include "core/report/PdfFile.h"
#include "core/report/ReportContent.h"
#include "core/report/ReportPainter.h"
#include "core/report/UnitReport.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace lianping {

namespace {

// A report's PDF: the filed document's margins.
Result<void> writePdf(const QString& path, const QString& title, const PdfFile::Paint& paint) {
    return PdfFile::write(
        path, title, [](QPagedPaintDevice& device) { PagedDocument::setUpPage(device); }, paint);
}

} // namespace

QString ReportPdf::fileNameFor(const QString& unitCode, const QString& unitName) {
    QString name = unitCode + QLatin1Char('-') + unitName;
    for (QChar& c : name)
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    return name + QStringLiteral(".pdf");
}

Result<void> ReportPdf::writeUnit(Database& db, int year, const QString& unitCode,
                                  const QString& path) {
    ReportLoader loader(db, year);
    Result<UnitReport> report = loader.load(unitCode);
    if (!report)
        return report.error();
    return writePdf(path, ReportContent::ratingFooter(*report),
                    [&](QPainter& painter, QPdfWriter& writer) -> Result<void> {
                        ReportPainter::paint(painter, writer, ReportContent::rating(*report), true);
                        return {};
                    });
}

Result<int> ReportPdf::writeCombined(Database& db, int year, const QStringList& unitCodes,
                                     const QString& path, const ReportProgress& progress) {
    if (unitCodes.isEmpty())
        return fail(CoreText::tr("no units to report on"));
    ReportLoader loader(db, year);
    int written = 0;
    Result<void> done = writePdf(
        path, QStringLiteral("%1年度廉洁细胞考评报告").arg(year),
        [&](QPainter& painter, QPdfWriter& writer) -> Result<void> {
            for (const QString& code : unitCodes) {
                Result<UnitReport> report = loader.load(code);
                if (!report)
                    return report.error();
                ReportPainter::paint(painter, writer, ReportContent::rating(*report), written == 0);
                ++written;
                if (progress && !progress(written, static_cast<int>(unitCodes.size())))
                    return cancelled(CoreText::tr("cancelled"));
            }
            return {};
        });
    if (!done)
        return done.error();
    return written;
}

Result<int> ReportPdf::writeEach(Database& db, int year, const QStringList& unitCodes,
                                 const QString& folder, const ReportProgress& progress) {
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return fail(CoreText::tr("%1: cannot create the folder").arg(folder));
    // Every core: each worker reads through its own connection and writes whole files; the
    // next unit goes to whichever worker is free. The first error stops them all.
    const int total = static_cast<int>(unitCodes.size());
    const int workers =
        std::clamp(QThread::idealThreadCount(), 1, std::max(1, std::min(total, 16)));
    std::atomic<int> next{0};
    std::atomic<int> written{0};
    std::atomic<bool> stop{false};
    std::mutex guard; // the progress callback and the first error
    std::optional<Error> failure;
    const auto work = [&](Database& connection) {
        ReportLoader loader(connection, year);
        for (int index = next++; index < total && !stop; index = next++) {
            Result<void> done = [&]() -> Result<void> {
                Result<UnitReport> report = loader.load(unitCodes[index]);
                if (!report)
                    return report.error();
                const QString path =
                    dir.filePath(fileNameFor(report->unit.code, report->unit.name));
                return writePdf(path, ReportContent::ratingFooter(*report),
                                [&](QPainter& painter, QPdfWriter& writer) -> Result<void> {
                                    ReportPainter::paint(painter, writer,
                                                         ReportContent::rating(*report), true);
                                    return {};
                                });
            }();
            const std::lock_guard<std::mutex> lock(guard);
            if (!done) {
                if (!failure)
                    failure = done.error();
                stop = true;
                return;
            }
            const int count = ++written;
            if (progress && !progress(count, total) && !failure) {
                failure = cancelled(
                    CoreText::tr("cancelled after %1 of %2 reports").arg(count).arg(total));
                stop = true;
            }
        }
    };
    std::vector<std::thread> threads;
    for (int i = 1; i < workers; ++i)
        threads.emplace_back([&, i] {
            Result<std::unique_ptr<Database>> connection =
                Workspace::open(db.path(), db.operatorName(), Database::Mode::ReadOnly);
            if (connection)
                work(**connection);
        });
    work(db); // this thread too, on the caller's connection
    for (std::thread& thread : threads)
        thread.join();
    if (failure)
        return *failure;
    return written.load();
}

} // namespace lianping
