// The desktop's documents: the print preview of a rating report (what the printer gets), the
// batch of reports in the background, the summary workbook and the batch dialog's choices.
#include "GuiFixture.h"
#include "common/Session.h"
#include "io/XlsxReader.h"
#include "registry/UnitRepository.h"
#include "reports/BatchReportDialog.h"
#include "reports/Documents.h"
#include "reports/ReportsMenu.h"
#include "scoring/ResultService.h"
#include "scoring/ScoreSheetView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

UnitResult firstAssessed(Database& db) {
    ResultQuery query;
    query.year = 2026;
    const Result<std::vector<UnitResult>> results = ResultService(db).compute(query);
    REQUIRE(results.ok());
    for (const UnitResult& result : *results)
        if (result.finalStep)
            return result;
    FAIL("no assessed unit");
    return {};
}

} // namespace

TEST_CASE("gui: the printed rating report is the unit's report, page by page") {
    GuiFixture gui(200);
    ui::Session& session = gui.window().session();
    const UnitResult unit = firstAssessed(session.db());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = gui.path(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    REQUIRE(ui::Documents::printReport(printer, session, unit.unitCode).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(unit.name));
    CHECK(text.contains(QString::number(unit.outcome.total, 'f', 1)));
    CHECK_FALSE(ui::Documents::printReport(printer, session, QStringLiteral("NOPE")).ok());
}

TEST_CASE("gui: Ctrl+P on a unit's sheet opens the print preview of its report") {
    GuiFixture gui(200);
    const UnitResult unit = firstAssessed(gui.window().session().db());
    gui.window().showPage(ui::MainWindow::Assessment);
    gui.window().sheet()->openUnit(unit.unitCode);
    QString previewTitle;
    bool previewed = false;
    QTimer::singleShot(0, [&] {
        // The preview is modal: look at it, keep a screenshot, close it.
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* preview = qobject_cast<QPrintPreviewDialog*>(widget);
                preview && preview->isVisible()) {
                previewed = true;
                previewTitle = preview->windowTitle();
                QDir().mkpath(QStringLiteral(LIANPING_SCREENSHOTS));
                preview->grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/report-preview.png"));
                preview->reject();
            }
    });
    gui.window().reports()->previewReport();
    CHECK(previewed);
    CHECK_FALSE(previewTitle.isEmpty());
}

TEST_CASE("gui: reports in batch are written in the background, one file per unit") {
    GuiFixture gui(200);
    ui::Session& session = gui.window().session();
    ui::BatchReportDialog dialog(session);
    REQUIRE(dialog.countyBox()->count() > 2);
    dialog.countyBox()->setCurrentIndex(1);
    dialog.eachButton()->setChecked(true);
    const QString folder = gui.path(QStringLiteral("reports"));
    dialog.targetEdit()->setText(folder);
    const ui::BatchScope scope = dialog.scope();
    CHECK(scope.county == dialog.countyBox()->currentText());
    CHECK_FALSE(scope.combined);

    const Result<int> written =
        ui::Documents::exportBatch(&gui.window(), session, scope, dialog.target(), false);
    REQUIRE(written.ok());
    UnitFilter filter;
    filter.county = scope.county;
    CHECK(*written == static_cast<int>(UnitRepository(session.db()).ids(filter).size()));
    CHECK(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() == *written);
}

TEST_CASE("gui: the summary workbook is written in the background and reads back") {
    GuiFixture gui(200);
    ui::Session& session = gui.window().session();
    const QString path = gui.path(QStringLiteral("summary.xlsx"));
    REQUIRE(ui::Documents::exportSummary(&gui.window(), session, path, false).ok());
    const Result<std::vector<TableRow>> units =
        XlsxReader::readRows(path, QStringLiteral("单位明细"));
    REQUIRE(units.ok());
    CHECK(units->size() == 201);
}
