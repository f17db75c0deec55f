// Screens follow the Workbench's typed change signals (issue 12): a write made on one screen,
// or through the Workbench by any other part of the program, shows on every other screen
// without anybody asking it to refresh.
#include "GuiFixture.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Enrollments.h"
#include "core/registry/UnitRepository.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"
#include "ui/registry/RegistryView.h"
#include "ui/registry/UnitDialog.h"
#include "ui/registry/UnitTableModel.h"
#include "ui/scoring/ScoreSheetModel.h"
#include "ui/scoring/ScoreSheetView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

void addEnrolledUnit(ui::Session& session, const QString& code) {
    REQUIRE(session
                .addUnit(UnitInput{code,
                                   QStringLiteral("信号测试局"),
                                   QStringLiteral("agency"),
                                   QStringLiteral("利州区"),
                                   {},
                                   false,
                                   {}})
                .ok());
    REQUIRE(session.enroll(2026, UnitFilter{}, {code}).ok());
}

QString registryState(ui::RegistryView* registry, const QString& code) {
    const int row = registry->model()->rowOfCode(code);
    return row < 0
               ? QString()
               : registry->model()
                     ->data(registry->model()->index(row, ui::UnitTableModel::State), Qt::UserRole)
                     .toString();
}

bool sheetShows(ui::ScoreSheetView* sheet, const QString& text) {
    for (const QLabel* label : sheet->findChildren<QLabel*>())
        if (label->text().contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("gui: a unit advanced on the sheet shows its new state in the registry") {
    GuiFixture gui(60);
    ui::MainWindow& window = gui.window();
    addEnrolledUnit(window.session(), QStringLiteral("WB1"));
    window.showPage(ui::MainWindow::Registry);
    CHECK(registryState(window.registry(), QStringLiteral("WB1")) == QStringLiteral("draft"));

    window.showPage(ui::MainWindow::Assessment);
    ui::ScoreSheetView* sheet = window.sheet();
    sheet->openUnit(QStringLiteral("WB1"));
    REQUIRE(sheet->advanceButton()->isEnabled());
    ui::Ask::setAnswer(true);
    QTest::mouseClick(sheet->advanceButton(), Qt::LeftButton);
    ui::Ask::setAnswer(std::nullopt);
    // The sheet followed by itself: the county's review is the step now.
    CHECK(sheet->model()->activeStep() == Step::County);
    CHECK(sheet->messageLabel()->text().contains(QStringLiteral("WB1")));

    window.showPage(ui::MainWindow::Registry);
    CHECK(registryState(window.registry(), QStringLiteral("WB1")) == QStringLiteral("submitted"));
}

TEST_CASE("gui: a score stored through the Workbench shows on the open sheet and its totals") {
    GuiFixture gui(60);
    ui::MainWindow& window = gui.window();
    ui::Session& session = window.session();
    addEnrolledUnit(session, QStringLiteral("WB2"));
    window.showPage(ui::MainWindow::Assessment);
    ui::ScoreSheetView* sheet = window.sheet();
    sheet->openUnit(QStringLiteral("WB2"));
    const QString before = sheet->totalsLabel()->text();
    const Indicator* d11 = sheet->model()->indicatorAt(
        sheet->model()->indexOf(QStringLiteral("D1.1"), ui::ScoreSheetModel::Self));
    REQUIRE(d11);
    CHECK_FALSE(sheet->model()->points(*d11, Step::Self));

    const Enrollment enrollment = *Enrollments::find(session.db(), 2026, QStringLiteral("WB2"));
    REQUIRE(session.setScore(enrollment, QStringLiteral("D1.1"), 10, Step::Self).ok());
    CHECK(sheet->model()->points(*d11, Step::Self) == std::optional<HalfPoints>(10));
    CHECK(sheet->totalsLabel()->text() != before);
}

TEST_CASE("gui: a unit renamed in the registry's dialog is renamed on the sheet showing it") {
    GuiFixture gui(60);
    ui::MainWindow& window = gui.window();
    addEnrolledUnit(window.session(), QStringLiteral("WB3"));
    window.showPage(ui::MainWindow::Assessment);
    ui::ScoreSheetView* sheet = window.sheet();
    sheet->openUnit(QStringLiteral("WB3"));
    REQUIRE(sheetShows(sheet, QStringLiteral("信号测试局")));

    ui::UnitDialog dialog(window.session(), QStringLiteral("WB3"), &window);
    dialog.nameEdit()->setText(QStringLiteral("改名后的测试局"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(sheetShows(sheet, QStringLiteral("改名后的测试局")));
    CHECK(sheet->unitCode() == QStringLiteral("WB3"));
}
