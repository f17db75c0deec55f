// The task ledger screen driven as a person would: a division plan imported, the tree with
// overdue tasks in red, filters, a task added and split through the real dialogs, progress
// recorded, a task marked done after the question, rates, the progress chart and coverage.
#include "GuiFixture.h"
#include "core/common/Labels.h"
#include "core/tasks/TaskRepository.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"
#include "ui/tasks/GanttChart.h"
#include "ui/tasks/LedgerModel.h"
#include "ui/tasks/LedgerView.h"
#include "ui/tasks/TaskDialog.h"

#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

QPushButton* button(QWidget* parent, const QString& text) {
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

// Runs `fill` on the next modal dialog of type T, then accepts it.
template <typename T> void onDialog(std::function<void(T&)> fill) {
    QTimer::singleShot(0, [fill] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<T*>(widget); dialog && dialog->isVisible()) {
                fill(*dialog);
                dialog->accept();
                return;
            }
        FAIL("no dialog");
    });
}

int countTasks(const QAbstractItemModel& model, const QModelIndex& parent = {}) {
    int count = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        count += index.data(ui::LedgerModel::TaskIdRole).toLongLong() != 0 ? 1 : 0;
        count += countTasks(model, index);
    }
    return count;
}

} // namespace

TEST_CASE("gui: the task ledger screen imports a plan, shows it, filters it and takes progress") {
    GuiFixture gui(300);
    ui::MainWindow& window = gui.window();
    const int year = window.session().year();
    window.showPage(ui::MainWindow::TaskLedger);
    ui::LedgerView* view = window.ledger();
    REQUIRE(view->isVisible());
    const QString plan = gui.writeFile(
        QStringLiteral("plan.csv"),
        QStringLiteral("序号,任务,类别,牵头单位,配合单位,完成时限,目标\n"
                       "一、清廉机关建设行动,,,,,,\n"
                       "1,开展机关廉政风险排查,共性,市直机关工委,市纪委监委,%1-01-31,排查100个\n"
                       "1.1,县区机关排查,共性,旺苍县纪委,,%1-01-31,\n"
                       "2,机关廉洁文化阵地建设,个性,市委宣传部,,长期坚持,\n"
                       "二、清廉学校建设行动,,,,,,\n"
                       "1,清廉校园示范创建,延伸,市教育局,,%1-12-31,示范校20所\n")
            .arg(year)
            .toUtf8());
    const Result<DivisionPlanReport> imported = view->importPlan(plan);
    REQUIRE(imported.ok());
    CHECK(imported->tasks == 3);
    CHECK(imported->parts == 1);
    ui::LedgerModel* model = view->model();
    REQUIRE(model->rowCount() == 2); // 机关, 学校
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("机关"));
    CHECK(countTasks(*model) == 4);
    // The part of the first task sits under it; overdue rows are red.
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    REQUIRE(model->rowCount(first) == 1);
    const bool overdueThisYear = QDate::currentDate() > QDate(year, 1, 31);
    if (overdueThisYear)
        CHECK(first.siblingAtColumn(ui::LedgerModel::Status)
                  .data(Qt::ForegroundRole)
                  .value<QBrush>()
                  .color() == QColor(0xc6, 0x28, 0x28));
    CHECK(view->totalLabel()->text().contains(QStringLiteral("0 / 3")));

    // Filter by status and by text.
    if (overdueThisYear) {
        view->statusFilter()->setCurrentIndex(1); // overdue
        emit view->statusFilter()->activated(1);
        CHECK(countTasks(*model) == 2);
        view->statusFilter()->setCurrentIndex(0);
        emit view->statusFilter()->activated(0);
    }
    view->searchBox()->setText(QStringLiteral("校园"));
    CHECK(countTasks(*model) == 1);
    view->searchBox()->clear();

    // A new task through the dialog, then a part of it.
    onDialog<ui::TaskDialog>([](ui::TaskDialog& dialog) {
        dialog.titleEdit()->setText(QStringLiteral("清廉医院建设"));
        dialog.leadBox()->setEditText(QStringLiteral("市卫健委"));
        dialog.kindBox()->setCurrentIndex(1);
    });
    button(view, view->tr("&New task…"))->click();
    const std::vector<Task> tasks = TaskRepository(window.session().db()).list(year);
    REQUIRE(tasks.size() == 5);
    const Task& hospital = tasks.back();
    CHECK(hospital.title == QStringLiteral("清廉医院建设"));
    CHECK(hospital.kind == QStringLiteral("specific"));
    CHECK(view->currentTask() == hospital.id);
    onDialog<ui::TaskDialog>([](ui::TaskDialog& dialog) {
        dialog.titleEdit()->setText(QStringLiteral("苍溪县推进"));
        dialog.leadBox()->setEditText(QStringLiteral("苍溪县卫健局"));
        dialog.splitBox()->setCurrentIndex(2); // 下分
    });
    button(view, view->tr("&Split…"))->click();
    const std::int64_t part = view->currentTask();
    REQUIRE(part != hospital.id);
    CHECK(TaskRepository(window.session().db()).find(part)->split == QStringLiteral("down"));

    // Progress on the part, recorded through its dialog, makes the task's.
    onDialog<ui::ProgressDialog>([](ui::ProgressDialog& dialog) {
        dialog.findChild<QDoubleSpinBox*>()->setValue(40);
        dialog.findChild<QLineEdit*>()->setText(QStringLiteral("已完成排查"));
    });
    button(view, view->tr("Record &progress…"))->click();
    const QModelIndex whole = model->indexOfTask(hospital.id);
    CHECK(whole.data(ui::LedgerModel::PercentRole).toDouble() == 40.0);

    // Done, after the question.
    ui::Ask::setAnswer(true);
    const int asked = ui::Ask::asked();
    view->selectTask(part);
    button(view, view->tr("Mark &done"))->click();
    CHECK(ui::Ask::asked() == asked + 1);
    CHECK(model->indexOfTask(part).siblingAtColumn(ui::LedgerModel::Status).data().toString() ==
          Labels::taskStatus(QStringLiteral("done")));
    CHECK(model->indexOfTask(hospital.id).data(ui::LedgerModel::PercentRole).toDouble() == 100.0);
    CHECK(view->totalLabel()->text().contains(QStringLiteral("1 / 4")));

    // Rates, the progress chart, coverage.
    view->tabs()->setCurrentIndex(2);
    CHECK(view->ratesTable()->rowCount() == 5); // 4 leads + total
    CHECK(view->ratesTable()->item(4, 4)->text() == QStringLiteral("1 / 4，25.00 %"));
    view->tabs()->setCurrentIndex(1);
    CHECK(view->gantt()->rows() == 6);
    view->tabs()->setCurrentIndex(3);
    REQUIRE(view->coverageTable()->rowCount() > 8);
    QDir().mkpath(QStringLiteral(LIANPING_SCREENSHOTS));
    view->tabs()->setCurrentIndex(0);
    QTest::qWait(50);
    CHECK(window.grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/ledger.png")));
    view->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    CHECK(window.grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/ledger-chart.png")));
    view->tabs()->setCurrentIndex(3);
    QTest::qWait(50);
    CHECK(window.grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/ledger-coverage.png")));
}
