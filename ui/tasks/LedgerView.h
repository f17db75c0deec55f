#pragma once
// 任务台账: the city office's task ledger for the campaign year — the tree of actions, tasks
// and parts with progress bars and overdue tasks in red, filtered by department, county,
// status and text; 挂图作业 (the progress chart of one action); completion rates by lead
// department, county, action and kind in the seed's form; the coverage roadmap against the
// year's target. From here a person adds and splits tasks, records progress, imports the
// division plan, exports the ledger workbook and writes the bulletin and supervision letters.

#include "core/common/Result.h"
#include "core/report/SupervisionDocuments.h"
#include "core/tasks/DivisionPlanImporter.h"
#include "core/tasks/Ledger.h"
#include "ui/common/LazyReload.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeView;
class QChartView;

namespace lianping::ui {

class GanttChart;
class LedgerModel;
class Session;

class LedgerView : public QWidget {
    Q_OBJECT
public:
    explicit LedgerView(Session& session, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    LedgerModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* leadFilter() const { return m_lead; }
    QComboBox* countyFilter() const { return m_county; }
    QComboBox* statusFilter() const { return m_status; }
    QLabel* totalLabel() const { return m_total; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* ganttAction() const { return m_ganttAction; }
    GanttChart* gantt() const { return m_gantt; }
    QComboBox* ratesGrouping() const { return m_grouping; }
    QTableWidget* ratesTable() const { return m_rates; }
    QTableWidget* coverageTable() const { return m_coverage; }
    QChartView* coverageChart() const { return m_coverageChart; }
    // The task of the current row (0: none, or an action heading).
    std::int64_t currentTask() const;
    void selectTask(std::int64_t id);

    // What the buttons do once a file is chosen (tests call these directly).
    Result<DivisionPlanReport> importPlan(const QString& path);
    Result<int> exportLedger(const QString& path);
    Result<SupervisionSummary> writeBulletin(const QString& period, const QString& path);
    Result<SupervisionSummary> writeLetter(std::int64_t taskId, const QString& path);

public slots:
    void reload();
    void addTask();
    void splitTask();
    void recordProgress();
    void markDone();

private:
    LazyReload* m_lazy = new LazyReload(this, [this] { reload(); });
    QWidget* buildLedgerTab();
    QWidget* buildGanttTab();
    QWidget* buildRatesTab();
    QWidget* buildCoverageTab();
    void applyFilter();
    void showRates();
    void showGantt();
    void showCoverage();
    void updateButtons();
    void chooseImport();
    void chooseExport();
    void chooseBulletin();
    void chooseLetter();
    void setCoverageTarget();
    void warn(const QString& title, const QString& message);

    Session& m_session;
    std::shared_ptr<const Ledger> m_ledger;
    LedgerModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_lead = nullptr;
    QComboBox* m_county = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_total = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_ganttAction = nullptr;
    GanttChart* m_gantt = nullptr;
    QComboBox* m_grouping = nullptr;
    QTableWidget* m_rates = nullptr;
    QTableWidget* m_coverage = nullptr;
    QChartView* m_coverageChart = nullptr;
    QLabel* m_coverageNote = nullptr;
    QPushButton* m_split = nullptr;
    QPushButton* m_progress = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_letter = nullptr;
};

} // namespace lianping::ui
