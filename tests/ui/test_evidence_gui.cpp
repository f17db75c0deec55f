// Evidence and findings on the scoring sheet: files dropped on an indicator are counted in the
// sheet and listed (with a picture) in the panel; a finding added through its dialog deducts
// from a deduction-scored indicator and becomes a rectification item; removal asks why.
#include "GuiFixture.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Enrollments.h"
#include "core/evidence/EvidenceRepository.h"
#include "core/evidence/Findings.h"
#include "core/registry/UnitRepository.h"
#include "core/storage/Transaction.h"
#include "ui/common/Ask.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Session.h"
#include "ui/evidence/EvidenceActions.h"
#include "ui/evidence/EvidenceDrop.h"
#include "ui/evidence/EvidencePane.h"
#include "ui/evidence/EvidencePanel.h"
#include "ui/evidence/FindingDialog.h"
#include "ui/evidence/FindingsPanel.h"
#include "ui/evidence/RectifyDialog.h"
#include "ui/scoring/ScoreSheetModel.h"
#include "ui/scoring/ScoreSheetView.h"
#include "ui/scoring/ScoreTree.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFont>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

std::int64_t enrolAgency(Database& db, const QString& code) {
    Transaction transaction(db);
    REQUIRE(UnitRepository(db)
                .add(UnitInput{code,
                               QStringLiteral("佐证测试局"),
                               QStringLiteral("agency"),
                               QStringLiteral("利州区"),
                               {},
                               false,
                               {}})
                .ok());
    REQUIRE(CampaignRepository(db).enroll(2026, UnitFilter{}, {code}).ok());
    REQUIRE(transaction.commit().ok());
    const Enrollment enrollment = *Enrollments::find(db, 2026, code);
    // D1.2 becomes deduction-scored (扣分制), as "scoring":"deduct" in a rubric file makes it.
    Statement deduct =
        db.prepare("UPDATE indicators SET deduct = 1 WHERE rubric_id = ? AND code = 'D1.2'");
    deduct.bind(1, enrollment.rubricId);
    deduct.step();
    return enrollment.id;
}

QString writePicture(const GuiFixture& gui, const QString& name) {
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(0x1e88e5));
    QPainter painter(&image);
    painter.fillRect(40, 40, 560, 120, QColor(0xfff176));
    painter.fillRect(40, 200, 260, 240, QColor(0xe53935));
    painter.end();
    const QString path = gui.path(name);
    REQUIRE(image.save(path));
    return path;
}

QString writePdf(const GuiFixture& gui, const QString& name) {
    const QString path = gui.path(name);
    QPdfWriter writer(path);
    writer.setResolution(150);
    QPainter painter(&writer);
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPointSize(22);
    painter.setFont(font);
    painter.drawText(QRect(0, 40, writer.width(), 200), Qt::AlignHCenter,
                     QStringLiteral("党风廉政建设责任制会议记录"));
    font.setPointSize(12);
    painter.setFont(font);
    for (int line = 0; line < 14; ++line)
        painter.drawText(120, 400 + line * 90,
                         QStringLiteral("第%1项：研究部署廉政工作。").arg(line + 1));
    painter.end();
    return path;
}

// Drops files on the row of `indicator` in the sheet, as a file manager would.
bool dropOn(ui::ScoreSheetView* sheet, const QString& indicator, const QStringList& files) {
    const QModelIndex at = sheet->model()->indexOf(indicator, ui::ScoreSheetModel::Evidence);
    sheet->tree()->scrollTo(at);
    const QPoint point = sheet->tree()->visualRect(at).center();
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& file : files)
        urls << QUrl::fromLocalFile(file);
    mime.setUrls(urls);
    QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(sheet->tree()->viewport(), &enter);
    QDropEvent drop(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(sheet->tree()->viewport(), &drop);
    return enter.isAccepted() && drop.isAccepted();
}

QString evidenceCell(ui::ScoreSheetView* sheet, const QString& indicator) {
    return sheet->model()
        ->data(sheet->model()->indexOf(indicator, ui::ScoreSheetModel::Evidence))
        .toString();
}

// Fills the next finding dialog when it shows, and accepts it.
void answerFinding(const QString& text, double deduct, int evidence) {
    QTimer::singleShot(0, [=] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<ui::FindingDialog*>(widget);
                dialog && dialog->isVisible()) {
                dialog->textEdit()->setText(text);
                dialog->deductBox()->setValue(deduct);
                dialog->evidenceBox()->setCurrentIndex(evidence);
                dialog->accept();
            }
    });
}

// Questions answered Yes and refusals kept, not shown, for one test (even when it fails).
struct Answered {
    Answered() { ui::Ask::setAnswer(true); }
    ~Answered() { ui::Ask::setAnswer(std::nullopt); }
};

} // namespace

TEST_CASE("gui: files dropped on an indicator are counted in the sheet and listed in the panel") {
    GuiFixture gui(30);
    const Answered answered;
    Database& db = gui.window().session().db();
    const std::int64_t enrollment = enrolAgency(db, QStringLiteral("EV1"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    gui.window().showPage(ui::MainWindow::Assessment);
    sheet->openUnit(QStringLiteral("EV1"));
    QApplication::processEvents();
    REQUIRE(sheet->model()->activeStep() == Step::Self);
    ui::EvidencePane* pane = sheet->evidence();
    CHECK(evidenceCell(sheet, QStringLiteral("D1.1")).isEmpty());
    // The rubric's expected evidence stays in the cell's tooltip.
    CHECK_FALSE(
        sheet->model()
            ->data(sheet->model()->indexOf(QStringLiteral("D1.1"), ui::ScoreSheetModel::Evidence),
                   Qt::ToolTipRole)
            .toString()
            .isEmpty());

    const QString picture = writePicture(gui, QStringLiteral("会议照片.png"));
    REQUIRE(dropOn(sheet, QStringLiteral("D1.1"), {picture}));
    CHECK(sheet->model()->evidenceCount(QStringLiteral("D1.1")) == 1);
    CHECK(evidenceCell(sheet, QStringLiteral("D1.1")).contains(QLatin1Char('1')));
    CHECK(evidenceCell(sheet, QStringLiteral("D1.3")).isEmpty());
    // Stored against D1.1 at the self-check, with its hash.
    const std::vector<EvidenceFile> stored = EvidenceRepository(db).list(enrollment);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].indicator == QStringLiteral("D1.1"));
    CHECK(stored[0].step == Step::Self);
    // The panel follows the drop: D1.1's file, its size and hash, and a picture of it.
    CHECK(pane->indicator() == QStringLiteral("D1.1"));
    QTreeWidget* files = pane->files()->list();
    REQUIRE(files->topLevelItemCount() == 1);
    CHECK(files->topLevelItem(0)->text(0) == QStringLiteral("会议照片.png"));
    CHECK(files->topLevelItem(0)->text(6) == stored[0].sha256.left(12));
    REQUIRE_FALSE(pane->files()->preview()->pixmap().isNull());
    CHECK(pane->files()->preview()->pixmap().width() <= 158);

    // A PDF through the add button (the file dialog answered in advance): two files, and the
    // first page as the picture.
    const QString pdf = writePdf(gui, QStringLiteral("会议记录.pdf"));
    ui::FileDialog::setNextFileNames(QStringList{pdf});
    QTest::mouseClick(pane->files()->addButton(), Qt::LeftButton);
    CHECK(sheet->model()->evidenceCount(QStringLiteral("D1.1")) == 2);
    REQUIRE(files->topLevelItemCount() == 2);
    files->setCurrentItem(files->topLevelItem(1));
    CHECK(files->topLevelItem(1)->text(0) == QStringLiteral("会议记录.pdf"));
    REQUIRE_FALSE(pane->files()->preview()->pixmap().isNull());
    const QImage page = pane->files()->preview()->pixmap().toImage();
    CHECK(page.height() > page.width()); // an A4 page, upright

    // A file that does not exist: core refuses, nothing is attached, the person is told.
    dropOn(sheet, QStringLiteral("D1.3"), {gui.path(QStringLiteral("none.pdf"))});
    CHECK(sheet->model()->evidenceCount(QStringLiteral("D1.3")) == 0);
    CHECK(ui::Ask::lastWarning().contains(QStringLiteral("none.pdf")));
    CHECK(EvidenceRepository(db).list(enrollment).size() == 2);

    // Removing asks first, then why; the count goes down and the history keeps it.
    files->setCurrentItem(files->topLevelItem(0));
    QTimer::singleShot(0, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QInputDialog*>(widget); dialog && dialog->isVisible()) {
                dialog->setTextValue(QStringLiteral("传错了文件"));
                dialog->accept();
            }
    });
    const int asked = ui::Ask::asked();
    pane->files()->removeSelected();
    CHECK(ui::Ask::asked() == asked + 1);
    CHECK(sheet->model()->evidenceCount(QStringLiteral("D1.1")) == 1);
    CHECK(files->topLevelItemCount() == 1);

    // The counts are per step: the county review starts with none.
    sheet->stepBox()->setCurrentIndex(sheet->stepBox()->findData(static_cast<int>(Step::County)));
    REQUIRE(sheet->model()->activeStep() == Step::County);
    CHECK(evidenceCell(sheet, QStringLiteral("D1.1")).isEmpty());
}

TEST_CASE("gui: a finding added through its dialog deducts and becomes a rectification item") {
    GuiFixture gui(30);
    const Answered answered;
    Database& db = gui.window().session().db();
    const std::int64_t enrollment = enrolAgency(db, QStringLiteral("EV2"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    gui.window().showPage(ui::MainWindow::Assessment);
    sheet->openUnit(QStringLiteral("EV2"));
    sheet->stepBox()->setCurrentIndex(sheet->stepBox()->findData(static_cast<int>(Step::County)));
    REQUIRE(sheet->model()->activeStep() == Step::County);
    const QString d12 = QStringLiteral("D1.2");
    const Indicator* indicator =
        sheet->model()->indicatorAt(sheet->model()->indexOf(d12, ui::ScoreSheetModel::Item));
    REQUIRE(indicator);
    REQUIRE(indicator->deduct);
    const HalfPoints max = *indicator->max;
    // A deduction-scored cell is not typed in.
    const QModelIndex cell = sheet->model()->indexOf(d12, ui::ScoreSheetModel::County);
    CHECK_FALSE(sheet->model()->flags(cell) & Qt::ItemIsEditable);
    CHECK_FALSE(sheet->model()->setPoints(d12, HalfPoints(2)).ok());

    REQUIRE(dropOn(sheet, d12, {writePicture(gui, QStringLiteral("台账.png"))}));
    sheet->tree()->setCurrentIndex(cell);
    ui::EvidencePane* pane = sheet->evidence();
    REQUIRE(pane->indicator() == d12);
    ui::FindingsPanel* findings = pane->findings();
    REQUIRE(findings->addButton()->isEnabled());
    answerFinding(QStringLiteral("会议记录缺少3月份"), 1.5, 1);
    QTest::mouseClick(findings->addButton(), Qt::LeftButton);
    REQUIRE(findings->list()->topLevelItemCount() == 1);
    CHECK(findings->list()->topLevelItem(0)->text(0) == QStringLiteral("会议记录缺少3月份"));
    CHECK(findings->list()->topLevelItem(0)->text(2).contains(QStringLiteral("1.5")));
    // The points follow: max − 1.5, shown in the sheet with the finding in its tooltip.
    CHECK(sheet->model()->points(*indicator, Step::County) == max - 3);
    CHECK(sheet->model()->data(cell).toString() == formatPoints(max - 3));
    CHECK(sheet->model()
              ->data(cell, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("会议记录缺少3月份")));
    const std::vector<Finding> recorded = Findings(db).forEnrollment(enrollment);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].deduct == 3);
    REQUIRE(recorded[0].evidenceId);
    CHECK(EvidenceRepository(db).find(*recorded[0].evidenceId)->name == QStringLiteral("台账.png"));

    // A second finding takes more; then one becomes a rectification item.
    answerFinding(QStringLiteral("未按季度报告"), 1, 0);
    QTest::mouseClick(findings->addButton(), Qt::LeftButton);
    REQUIRE(findings->list()->topLevelItemCount() == 2);
    CHECK(sheet->model()->points(*indicator, Step::County) == max - 5);
    findings->list()->setCurrentItem(findings->list()->topLevelItem(0));
    REQUIRE(findings->rectifyButton()->isEnabled());
    QTimer::singleShot(0, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<ui::RectifyDialog*>(widget);
                dialog && dialog->isVisible()) {
                dialog->deadlineEdit()->setDate(QDate(2026, 10, 31));
                dialog->responsibleEdit()->setText(QStringLiteral("张明"));
                dialog->accept();
            }
    });
    QTest::mouseClick(findings->rectifyButton(), Qt::LeftButton);
    CHECK(findings->list()->topLevelItem(0)->text(3).contains(QStringLiteral("张明")));
    CHECK(findings->list()->topLevelItem(0)->text(3).contains(QStringLiteral("2026-10-31")));
    CHECK(Findings(db).find(recorded[0].id)->rectificationId.has_value());
}

// Not run by default (hidden tag): `lianping_ui_tests "[evidence-shots]"` writes PNGs of the
// sheet with evidence and findings in Chinese into $LIANPING_EVIDENCE_SHOTS (or the build's
// screenshots/evidence), for people to look at.
TEST_CASE("gui: screenshots of evidence and findings", "[.][evidence-shots]") {
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/lianping_zh_CN.qm")));
    QApplication::installTranslator(&translator);
    {
        GuiFixture gui(30);
        const Answered answered;
        Database& db = gui.window().session().db();
        enrolAgency(db, QStringLiteral("EV3"));
        QString folder = qEnvironmentVariable("LIANPING_EVIDENCE_SHOTS");
        if (folder.isEmpty())
            folder = QStringLiteral(LIANPING_SCREENSHOTS "/evidence");
        REQUIRE(QDir().mkpath(folder));
        gui.window().resize(1440, 960);
        gui.window().showPage(ui::MainWindow::Assessment);
        ui::ScoreSheetView* sheet = gui.window().sheet();
        sheet->openUnit(QStringLiteral("EV3"));
        ui::EvidencePane* pane = sheet->evidence();
        auto save = [&](QWidget* widget, const char* name) {
            QApplication::processEvents();
            QTest::qWait(50);
            REQUIRE(widget->grab().save(folder + QLatin1Char('/') + QLatin1String(name)));
        };
        REQUIRE(dropOn(sheet, QStringLiteral("D1.1"),
                       {writePicture(gui, QStringLiteral("学习会照片.png")),
                        writePdf(gui, QStringLiteral("党组会议记录.pdf"))}));
        REQUIRE(
            dropOn(sheet, QStringLiteral("D2.1"), {writePdf(gui, QStringLiteral("采购文件.pdf"))}));
        REQUIRE(dropOn(sheet, QStringLiteral("D1.1"),
                       {writePicture(gui, QStringLiteral("公示栏.png"))}));
        pane->files()->list()->setCurrentItem(pane->files()->list()->topLevelItem(0));
        save(&gui.window(), "sheet-with-evidence.png");
        save(pane, "panel-image.png");
        pane->files()->list()->setCurrentItem(pane->files()->list()->topLevelItem(1));
        save(pane, "panel-pdf.png");

        sheet->stepBox()->setCurrentIndex(
            sheet->stepBox()->findData(static_cast<int>(Step::County)));
        REQUIRE(
            dropOn(sheet, QStringLiteral("D1.2"), {writePdf(gui, QStringLiteral("责任清单.pdf"))}));
        sheet->tree()->setCurrentIndex(
            sheet->model()->indexOf(QStringLiteral("D1.2"), ui::ScoreSheetModel::County));
        answerFinding(QStringLiteral("责任清单未分解到班子成员"), 1.5, 1);
        QTest::mouseClick(pane->findings()->addButton(), Qt::LeftButton);
        answerFinding(QStringLiteral("第三季度未专题研究党风廉政建设"), 1, 0);
        QTest::mouseClick(pane->findings()->addButton(), Qt::LeftButton);
        pane->findings()->list()->setCurrentItem(pane->findings()->list()->topLevelItem(0));
        QTimer::singleShot(0, [] {
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (auto* dialog = qobject_cast<ui::RectifyDialog*>(widget);
                    dialog && dialog->isVisible()) {
                    dialog->deadlineEdit()->setDate(QDate(2026, 10, 31));
                    dialog->responsibleEdit()->setText(QStringLiteral("办公室 张明"));
                    dialog->accept();
                }
        });
        QTest::mouseClick(pane->findings()->rectifyButton(), Qt::LeftButton);
        REQUIRE(pane->findings()->list()->topLevelItemCount() == 2);
        save(pane, "findings.png");
        save(&gui.window(), "sheet-with-findings.png");
        // The dialogs themselves.
        const Indicator* d12 = sheet->model()->indicatorAt(
            sheet->model()->indexOf(QStringLiteral("D1.2"), ui::ScoreSheetModel::Item));
        ui::FindingDialog finding(QStringLiteral("指标 D1.2"), *d12->max, pane->files()->files());
        finding.show();
        save(&finding, "finding-dialog.png");
        ui::RectifyDialog rectify(QStringLiteral("责任清单未分解到班子成员"));
        rectify.show();
        save(&rectify, "rectify-dialog.png");
    }
    QApplication::removeTranslator(&translator);
}
