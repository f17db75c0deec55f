#include "Documents.h"

#include "core/campaign/CampaignRepository.h"
#include "core/export/SelfCheckTemplate.h"
#include "core/export/SummaryWorkbook.h"
#include "core/report/NamingNotice.h"
#include "core/report/OfficialWriter.h"
#include "core/report/PagedDocument.h"
#include "core/report/ReportContent.h"
#include "core/report/ReportDocx.h"
#include "core/report/ReportPainter.h"
#include "core/report/ReportPdf.h"
#include "core/report/UnitReport.h"
#include "core/workspace/Workspace.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Session.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace lianping::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("lianping::ui::Documents", text);
}

// Opens the printer's painter and paints one report on it.
Result<void> paintOn(QPrinter& printer, const ReportContent& content) {
    PagedDocument::setUpPage(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return fail(tr("The printer could not be started."));
    ReportPainter::paint(painter, printer, content, true);
    painter.end();
    return {};
}

Result<void> preview(QWidget* parent, const std::function<Result<void>(QPrinter&)>& print) {
    QPrinter printer(QPrinter::HighResolution);
    PagedDocument::setUpPage(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    Result<void> result;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter* target) { result = print(*target); });
    dialog.resize(900, 1000);
    dialog.exec();
    return result;
}

// Runs `work` on a worker thread with its own connection to the session's file.
template <typename Work>
Result<QString> inBackground(QWidget* parent, Session& session, const QString& title, Work work,
                             bool showProgress) {
    const QString path = session.path();
    const QString operatorName = session.db().operatorName();
    return BackgroundTask::run(
        parent, title,
        [path, operatorName, work](const BackgroundTask::Progress& progress) -> Result<QString> {
            progress(0, 0);
            Result<std::unique_ptr<Database>> db = Workspace::open(path, operatorName);
            if (!db)
                return db.error();
            return work(**db, progress);
        },
        showProgress);
}

} // namespace

Result<void> Documents::printReport(QPrinter& printer, Session& session, const QString& unitCode) {
    ReportLoader loader(session.db(), session.year());
    Result<UnitReport> report = loader.load(unitCode);
    if (!report)
        return report.error();
    return paintOn(printer, ReportContent::rating(*report));
}

Result<void> Documents::printNamingList(QPrinter& printer, Session& session) {
    Result<Campaign> campaign = CampaignRepository(session.db()).require(session.year());
    if (!campaign)
        return campaign.error();
    Result<NamingList> list = NamingNotice::load(session.db(), session.year());
    if (!list)
        return list.error();
    OfficialWriter::setUpPage(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return fail(tr("The printer could not be started."));
    NamingNotice::paint(painter, printer, *list, campaign->notice);
    painter.end();
    return {};
}

Result<void> Documents::previewReport(QWidget* parent, Session& session, const QString& unitCode) {
    // Load first, so a unit that cannot be reported on gives its message instead of a preview.
    LP_TRY(ReportLoader(session.db(), session.year()).load(unitCode));
    return preview(parent,
                   [&](QPrinter& printer) { return printReport(printer, session, unitCode); });
}

Result<void> Documents::previewNamingList(QWidget* parent, Session& session) {
    LP_TRY(NamingNotice::load(session.db(), session.year()));
    QPrinter printer(QPrinter::HighResolution);
    OfficialWriter::setUpPage(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    Result<void> result;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter* target) { result = printNamingList(*target, session); });
    dialog.resize(900, 1000);
    dialog.exec();
    return result;
}

Result<void> Documents::exportReport(Session& session, const QString& unitCode,
                                     const QString& path) {
    if (path.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive))
        return ReportDocx::writeUnit(session.db(), session.year(), unitCode, path);
    return ReportPdf::writeUnit(session.db(), session.year(), unitCode, path);
}

Result<void> Documents::exportNamingList(Session& session, const QString& path) {
    Result<int> written = NamingNotice::writePdf(session.db(), session.year(), path);
    if (!written)
        return written.error();
    return {};
}

Result<void> Documents::exportTemplate(Session& session, const QString& typeCode,
                                       const QString& path) {
    TemplateOptions options;
    options.typeCode = typeCode;
    options.year = session.year();
    return SelfCheckTemplate::write(session.db(), options, path);
}

Result<int> Documents::exportBatch(QWidget* parent, Session& session, const BatchScope& scope,
                                   const QString& target, bool showProgress) {
    const int year = session.year();
    Result<QString> done = inBackground(
        parent, session, tr("Writing rating reports…"),
        [year, scope, target](Database& db,
                              const BackgroundTask::Progress& progress) -> Result<QString> {
            Result<QStringList> codes =
                ReportLoader(db, year).unitCodes(scope.county, scope.typeCode);
            if (!codes)
                return codes.error();
            if (codes->isEmpty())
                return fail(tr("No enrolled unit matches the chosen county and type."));
            Result<int> written = scope.combined
                                      ? ReportPdf::writeCombined(db, year, *codes, target, progress)
                                      : ReportPdf::writeEach(db, year, *codes, target, progress);
            if (!written)
                return written.error();
            return QString::number(*written);
        },
        showProgress);
    if (!done)
        return done.error();
    return done->toInt();
}

Result<void> Documents::exportSummary(QWidget* parent, Session& session, const QString& path,
                                      bool showProgress) {
    const int year = session.year();
    Result<QString> done = inBackground(
        parent, session, tr("Writing the summary workbook…"),
        [year, path](Database& db, const BackgroundTask::Progress& progress) -> Result<QString> {
            SummaryOptions options;
            options.year = year;
            options.progress = [&progress](int percent) { return progress(percent, 100); };
            LP_TRY(SummaryWorkbook::write(db, options, path));
            return path;
        },
        showProgress);
    if (!done)
        return done.error();
    return {};
}

} // namespace lianping::ui
