// The desktop's documents: the print preview of a rating report (what the printer gets), the
// batch of reports in the background, the summary workbook and the batch dialog's choices.
#include "GuiFixture.h"
#include "core/campaign/CampaignRepository.h"
#include "core/io/XlsxReader.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/ResultService.h"
#include "ui/common/Session.h"
#include "ui/reports/BatchReportDialog.h"
#include "ui/reports/Documents.h"
#include "ui/reports/NoticeSettingsDialog.h"
#include "ui/reports/ReportsMenu.h"
#include "ui/scoring/ScoreSheetView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTimer>

#include <functional>

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

TEST_CASE("gui: the naming notice asks for its issuing office once, then prints as GB/T 9704") {
    GuiFixture gui(200);
    ui::Session& session = gui.window().session();
    REQUIRE(CampaignRepository(session.db()).find(2026)->notice.issuer.isEmpty());
    bool asked = false;
    bool previewed = false;
    std::function<void()> answer = [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<ui::NoticeSettingsDialog*>(widget);
                dialog && dialog->isVisible()) {
                asked = true;
                const QList<QLineEdit*> edits = dialog->findChildren<QLineEdit*>();
                REQUIRE(edits.size() == 2);
                edits[0]->setText(QStringLiteral("中共示例市纪委 示例市监委"));
                edits[1]->setText(QStringLiteral("示纪发"));
                dialog->findChild<QPlainTextEdit*>()->setPlainText(
                    QStringLiteral("各县（区）纪委监委\n市直各部门"));
                QDir().mkpath(QStringLiteral(LIANPING_SCREENSHOTS));
                dialog->grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/notice-settings.png"));
                dialog->accept();
                QTimer::singleShot(0, answer); // then the preview
                return;
            }
            if (auto* preview = qobject_cast<QPrintPreviewDialog*>(widget);
                preview && preview->isVisible()) {
                previewed = true;
                preview->grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/notice-preview.png"));
                preview->reject();
                return;
            }
        }
        QTimer::singleShot(10, answer);
    };
    QTimer::singleShot(0, answer);
    gui.window().reports()->previewNamingList();
    CHECK(asked);
    CHECK(previewed);
    const NoticeSettings saved = CampaignRepository(session.db()).find(2026)->notice;
    CHECK(saved.issuer == QStringLiteral("中共示例市纪委 示例市监委"));
    CHECK(saved.docPrefix == QStringLiteral("示纪发"));
    CHECK(saved.addressees == QStringLiteral("各县（区）纪委监委，市直各部门"));

    // What the printer gets: the notice with the office, its addressees and the list.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = gui.path(QStringLiteral("notice.pdf"));
    printer.setOutputFileName(pdf);
    REQUIRE(ui::Documents::printNamingList(printer, session).ok());
    QString text = pdfText(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(QStringLiteral("中共示例市纪委示例市监委文件")));
    CHECK(text.contains(QStringLiteral("关于命名2026年度廉洁细胞的通知")));
    CHECK(text.contains(QStringLiteral("各县（区）纪委监委，市直各部门：")));
    CHECK(text.contains(QStringLiteral("附件")));
}

TEST_CASE("gui: a rating report exported with a .docx name is a Word document of the unit") {
    GuiFixture gui(200);
    ui::Session& session = gui.window().session();
    const UnitResult unit = firstAssessed(session.db());
    const QString docx = gui.path(QStringLiteral("report.docx"));
    REQUIRE(ui::Documents::exportReport(session, unit.unitCode, docx).ok());
    QProcess unzip;
    unzip.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, zipfile; "
                                "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('word/"
                                "document.xml').decode())"),
                 docx});
    REQUIRE(unzip.waitForFinished(60000));
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(xml.contains(unit.name));
    CHECK(xml.contains(unit.unitCode));
    CHECK(xml.contains(QString::number(unit.outcome.total, 'f', 1)));
}
