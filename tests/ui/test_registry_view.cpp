#include "GuiFixture.h"
#include "ui/common/Session.h"
#include "ui/dashboard/DashboardView.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include "core/registry/UnitRepository.h"
#include "core/scoring/ResultService.h"
#include "ui/registry/RegistryView.h"
#include "ui/registry/UnitDialog.h"
#include "ui/registry/UnitTableModel.h"
#include <cmath>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

TEST_CASE("gui: the registry shows every unit, filters and searches Chinese as you type") {
    GuiFixture gui(400);
    ui::RegistryView* registry = gui.window().registry();
    ui::UnitTableModel* model = registry->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const std::int64_t all = UnitRepository(gui.window().session().db()).count(UnitFilter{});
    CHECK(model->rowCount() == all);
    CHECK(model->data(model->index(0, ui::UnitTableModel::Code)).toString() ==
          QStringLiteral("U0000001"));

    // Type filter.
    registry->typeFilter()->setCurrentIndex(
        registry->typeFilter()->findData(QStringLiteral("hospital")));
    const int hospitals = model->rowCount();
    CHECK(hospitals > 0);
    CHECK(hospitals < all);
    for (int row = 0; row < hospitals; ++row)
        CHECK(model->data(model->index(row, ui::UnitTableModel::Type), Qt::UserRole).toString() ==
              QStringLiteral("hospital"));
    registry->typeFilter()->setCurrentIndex(0);

    // Search: a Chinese word typed into the box (setText: QTest cannot type CJK).
    registry->searchEdit()->setText(QStringLiteral("医院"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() < all, 2000);
    const int found = model->rowCount();
    CHECK(found > 0);
    for (int row = 0; row < found; ++row)
        CHECK(model->data(model->index(row, ui::UnitTableModel::Name))
                  .toString()
                  .contains(QStringLiteral("医院")));
    registry->searchEdit()->setText(QStringLiteral("医"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= found, 2000);
    registry->searchEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), static_cast<int>(all), 2000);

    // County filter combined with state.
    registry->countyFilter()->setCurrentIndex(1);
    const QString county = registry->countyFilter()->currentData().toString();
    registry->stateFilter()->setCurrentIndex(
        registry->stateFilter()->findData(QStringLiteral("named")));
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->data(model->index(row, ui::UnitTableModel::County)).toString() == county);
        CHECK(model->data(model->index(row, ui::UnitTableModel::State), Qt::UserRole).toString() ==
              QStringLiteral("named"));
    }
}

TEST_CASE("gui: adding a unit shows problems next to the field and stores nothing until right") {
    GuiFixture gui(50);
    Database& db = gui.window().session().db();
    ui::UnitDialog dialog(gui.window().session(), QString());
    dialog.codeEdit()->setText(QStringLiteral("U0000001")); // taken
    dialog.nameEdit()->clear();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorLabel(QStringLiteral("code"))->isVisibleTo(&dialog));
    CHECK(dialog.errorLabel(QStringLiteral("name"))->isVisibleTo(&dialog));
    CHECK(dialog.errorLabel(QStringLiteral("county"))->isVisibleTo(&dialog));
    CHECK_FALSE(UnitRepository(db).find(QStringLiteral("NEW1")));
    dialog.codeEdit()->setText(QStringLiteral("NEW1"));
    dialog.nameEdit()->setText(QStringLiteral("新建测试机关"));
    dialog.countyBox()->setCurrentText(QStringLiteral("利州区"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(UnitRepository(db).find(QStringLiteral("NEW1"))->name == QStringLiteral("新建测试机关"));
}

TEST_CASE("gui: the grade filter shows exactly the units of that final grade") {
    GuiFixture gui(300);
    ui::RegistryView* registry = gui.window().registry();
    ResultQuery query;
    query.year = 2026;
    std::map<QString, Grade> grades;
    int unqualified = 0;
    const std::vector<UnitResult> rows = *ResultService(gui.window().session().db()).compute(query);
    for (const UnitResult& row : rows)
        if (row.finalStep) {
            grades[row.unitCode] = row.outcome.grade;
            unqualified += row.outcome.grade == Grade::Unqualified ? 1 : 0;
        }
    REQUIRE(unqualified > 0);
    registry->gradeFilter()->setCurrentIndex(registry->gradeFilter()->findData(2));
    ui::UnitTableModel* model = registry->model();
    // Computed in the background: until the result arrives the window says so (the worker
    // may already be done; its result is taken on the event loop).
    CHECK(registry->countLabel()->text() == registry->tr("Computing the grades…"));
    QTRY_VERIFY_WITH_TIMEOUT(!registry->computingGrades(), 30000);
    QTRY_COMPARE(model->rowCount(), unqualified);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(grades.at(model->unitCode(row)) == Grade::Unqualified);
    registry->gradeFilter()->setCurrentIndex(0);
    CHECK(model->rowCount() == 300);
}

TEST_CASE("gui: the dashboard follows the registry's county and type filters") {
    GuiFixture gui(100);
    ui::RegistryView* registry = gui.window().registry();
    gui.window().showPage(ui::MainWindow::Dashboard);
    gui.window().showPage(ui::MainWindow::Registry);
    registry->countyFilter()->setCurrentIndex(2);
    registry->typeFilter()->setCurrentIndex(
        registry->typeFilter()->findData(QStringLiteral("school")));
    const QString county = registry->countyFilter()->currentData().toString();
    const QList<QComboBox*> boxes = gui.window().dashboard()->findChildren<QComboBox*>();
    REQUIRE(boxes.size() >= 2);
    CHECK(boxes[0]->currentData().toString() == county);
    CHECK(boxes[1]->currentData().toString() == QStringLiteral("school"));
}

TEST_CASE("gui: dashboard charts count in whole numbers, name every county and every bin") {
    GuiFixture gui(600);
    ui::DashboardView* dashboard = gui.window().dashboard();
    QSignalSpy refreshed(dashboard, &ui::DashboardView::refreshed);
    gui.window().showPage(ui::MainWindow::Dashboard);
    if (refreshed.isEmpty())
        REQUIRE(refreshed.wait(30000));
    const QList<QChartView*> views = dashboard->findChildren<QChartView*>();
    REQUIRE(views.size() == 4);
    int countAxes = 0;
    for (QChartView* view : views)
        for (QAbstractAxis* axis : view->chart()->axes()) {
            auto* values = qobject_cast<QValueAxis*>(axis);
            if (!values || values->labelFormat() != QLatin1String("%d") || values->max() == 100)
                continue;
            ++countAxes;
            // Every tick a whole number: 0, 5, 10 … not 0, 4, 9, 14, 19.
            const double step = (values->max() - values->min()) / (values->tickCount() - 1);
            CHECK(values->min() == 0);
            CHECK(step == std::floor(step));
        }
    CHECK(countAxes == 2);
    // Counties: one category per county, on the axis that has room for them.
    auto* counties =
        qobject_cast<QBarCategoryAxis*>(views[1]->chart()->axes(Qt::Horizontal).value(0));
    REQUIRE(counties);
    CHECK(counties->count() == 12);
    // The histogram's first bin reads in full (a leading "<" was taken for HTML).
    auto* bins = qobject_cast<QBarCategoryAxis*>(views[3]->chart()->axes(Qt::Horizontal).value(0));
    REQUIRE(bins);
    CHECK_FALSE(bins->categories().value(0).startsWith(QLatin1Char('<')));
    QDir().mkpath(QStringLiteral(LIANPING_SCREENSHOTS));
    gui.window().resize(1280, 860);
    QCoreApplication::processEvents();
    gui.window().grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/dashboard-axes.png"));
}
