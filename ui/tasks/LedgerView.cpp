#include "LedgerView.h"

#include "core/campaign/Coverage.h"
#include "core/common/Labels.h"
#include "core/export/LedgerWorkbook.h"
#include "core/registry/LookupTables.h"
#include "core/tasks/TaskRepository.h"
#include "ui/charts/Charts.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"
#include "ui/tasks/GanttChart.h"
#include "ui/tasks/LedgerModel.h"
#include "ui/tasks/ProgressDelegate.h"
#include "ui/tasks/TaskDialog.h"

#include "ui/common/FileDialog.h"
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <set>

namespace lianping::ui {

namespace {

QTableWidget* makeTable(const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem* cell(const QString& text,
                       Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setToolTip(text);
    return item;
}

QString percentText(double fraction) {
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', 2);
}

constexpr int PercentRole = Qt::UserRole + 2;

} // namespace

LedgerView::LedgerView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search task, target or department"));
    m_search->setClearButtonEnabled(true);
    m_lead = new QComboBox;
    m_county = new QComboBox;
    m_status = new QComboBox;
    m_status->addItem(tr("All statuses"));
    for (TaskStatus status :
         {TaskStatus::Overdue, TaskStatus::DueSoon, TaskStatus::OnTrack, TaskStatus::Done})
        m_status->addItem(Labels::taskStatus(taskStatusName(status)), static_cast<int>(status));
    for (QComboBox* box : {m_lead, m_county, m_status})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* filters = new QHBoxLayout;
    auto* find = new QLabel(tr("&Find:"));
    find->setBuddy(m_search);
    filters->addWidget(find);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_lead);
    filters->addWidget(m_county);
    filters->addWidget(m_status);
    m_total = new QLabel;
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    m_tabs = new QTabWidget;
    m_tabs->addTab(buildLedgerTab(), tr("&Ledger"));
    m_tabs->addTab(buildGanttTab(), tr("Progress &chart"));
    m_tabs->addTab(buildRatesTab(), tr("Completion &rates"));
    m_tabs->addTab(buildCoverageTab(), tr("Co&verage"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_total);
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, this, &LedgerView::applyFilter);
    for (QComboBox* box : {m_lead, m_county, m_status})
        connect(box, &QComboBox::activated, this, &LedgerView::applyFilter);
    connect(&m_session, &Session::opened, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::yearChanged, this, [this] { m_lazy->request(); });
    // Tasks, and the coverage of named units against the year's target.
    for (const auto signal : {&Session::tasksChanged, &Session::namingChanged,
                              &Session::recordsMerged, &Session::unitsChanged})
        connect(&m_session, signal, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::unitChanged, this, [this] { m_lazy->request(); });
    connect(&m_session, &Session::campaignChanged, this, [this] { m_lazy->request(); });
}

QWidget* LedgerView::buildLedgerTab() {
    m_model = new LedgerModel(this);
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setItemDelegateForColumn(LedgerModel::Progress,
                                     new ProgressDelegate(LedgerModel::PercentRole, m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(LedgerModel::Title, 320);
    m_tree->setColumnWidth(LedgerModel::Kind, 80);
    m_tree->setColumnWidth(LedgerModel::Lead, 150);
    m_tree->setColumnWidth(LedgerModel::Co, 150);
    m_tree->setColumnWidth(LedgerModel::County, 80);
    m_tree->setColumnWidth(LedgerModel::Due, 100);
    m_tree->setColumnWidth(LedgerModel::Progress, 120);
    m_tree->setColumnWidth(LedgerModel::Status, 110);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LedgerView::updateButtons);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.data(LedgerModel::TaskIdRole).toLongLong() != 0)
            recordProgress();
    });

    auto* add = new QPushButton(tr("&New task…"));
    m_split = new QPushButton(tr("&Split…"));
    m_split->setToolTip(tr("Add a part of the selected task: 内分 to its sections, 外分 to a "
                           "co-organiser, 下分 to a county"));
    m_progress = new QPushButton(tr("Record &progress…"));
    m_done = new QPushButton(tr("Mark &done"));
    m_letter = new QPushButton(tr("Supervision &letter…"));
    auto* import = new QPushButton(tr("&Import division plan…"));
    auto* exportBook = new QPushButton(tr("E&xport ledger…"));
    auto* bulletin = new QPushButton(tr("&Bulletin…"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {add, m_split, m_progress, m_done, m_letter})
        buttons->addWidget(button);
    buttons->addStretch();
    for (QPushButton* button : {import, exportBook, bulletin})
        buttons->addWidget(button);
    connect(add, &QPushButton::clicked, this, &LedgerView::addTask);
    connect(m_split, &QPushButton::clicked, this, &LedgerView::splitTask);
    connect(m_progress, &QPushButton::clicked, this, &LedgerView::recordProgress);
    connect(m_done, &QPushButton::clicked, this, &LedgerView::markDone);
    connect(m_letter, &QPushButton::clicked, this, &LedgerView::chooseLetter);
    connect(import, &QPushButton::clicked, this, &LedgerView::chooseImport);
    connect(exportBook, &QPushButton::clicked, this, &LedgerView::chooseExport);
    connect(bulletin, &QPushButton::clicked, this, &LedgerView::chooseBulletin);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* LedgerView::buildGanttTab() {
    m_ganttAction = new QComboBox;
    m_ganttAction->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_gantt = new GanttChart;
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_gantt);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Action:"));
    label->setBuddy(m_ganttAction);
    top->addWidget(label);
    top->addWidget(m_ganttAction);
    top->addStretch();
    connect(m_ganttAction, &QComboBox::activated, this, &LedgerView::showGantt);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    return page;
}

QWidget* LedgerView::buildRatesTab() {
    m_grouping = new QComboBox;
    m_grouping->addItem(tr("By lead department"), static_cast<int>(LedgerGrouping::Lead));
    m_grouping->addItem(tr("By county"), static_cast<int>(LedgerGrouping::County));
    m_grouping->addItem(tr("By action"), static_cast<int>(LedgerGrouping::Action));
    m_grouping->addItem(tr("By kind"), static_cast<int>(LedgerGrouping::Kind));
    m_rates = makeTable(
        {tr("Group"), tr("Tasks"), tr("Done"), tr("Completion rate"), tr("Done / tasks")});
    m_rates->setItemDelegateForColumn(3, new ProgressDelegate(PercentRole, m_rates));
    m_rates->setColumnWidth(0, 220);
    m_rates->setColumnWidth(3, 180);
    m_rates->setSortingEnabled(false);
    connect(m_grouping, &QComboBox::activated, this, &LedgerView::showRates);
    auto* top = new QHBoxLayout;
    top->addWidget(m_grouping);
    top->addStretch();
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_rates, 1);
    return page;
}

QWidget* LedgerView::buildCoverageTab() {
    m_coverage = makeTable({tr("County"), tr("Type"), tr("Registered"), tr("Enrolled"), tr("Named"),
                            tr("Coverage"), tr("Target")});
    m_coverageChart = new QChartView;
    m_coverageChart->setRenderHint(QPainter::Antialiasing);
    m_coverageChart->setMinimumHeight(260);
    m_coverageNote = new QLabel;
    m_coverageNote->setWordWrap(true);
    auto* target = new QPushButton(tr("Set the year's &target…"));
    connect(target, &QPushButton::clicked, this, &LedgerView::setCoverageTarget);
    auto* top = new QHBoxLayout;
    top->addWidget(m_coverageNote, 1);
    top->addWidget(target);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_coverageChart, 1);
    layout->addWidget(m_coverage, 1);
    return page;
}

void LedgerView::reload() {
    if (!m_session.isOpen()) {
        m_ledger.reset();
        m_model->setLedger(nullptr, {});
        return;
    }
    m_ledger = std::make_shared<const Ledger>(Ledger::load(m_session.db(), m_session.year(), {}));
    // Filter lists from what the ledger holds, keeping the person's choice.
    const QString lead = m_lead->currentIndex() > 0 ? m_lead->currentText() : QString();
    const QString county = m_county->currentIndex() > 0 ? m_county->currentText() : QString();
    std::set<QString> leads;
    std::set<QString> counties;
    QStringList actions;
    for (const LedgerRow& row : m_ledger->rows()) {
        leads.insert(row.task.lead);
        if (!row.task.county.isEmpty())
            counties.insert(row.task.county);
        if (!actions.contains(row.task.action))
            actions << row.task.action;
    }
    m_lead->clear();
    m_lead->addItem(tr("All lead departments"));
    for (const QString& name : leads)
        m_lead->addItem(name);
    m_lead->setCurrentIndex(std::max(0, m_lead->findText(lead)));
    m_county->clear();
    m_county->addItem(tr("City and counties"));
    m_county->addItem(tr("City level"));
    for (const QString& name : counties)
        m_county->addItem(name);
    m_county->setCurrentIndex(county.isEmpty() ? 0 : std::max(0, m_county->findText(county)));
    const QString action = m_ganttAction->currentData().toString();
    m_ganttAction->clear();
    m_ganttAction->addItem(tr("All actions"), QString());
    for (const QString& name : actions)
        m_ganttAction->addItem(name.isEmpty() ? tr("Other tasks") : name, name);
    m_ganttAction->setCurrentIndex(std::max(0, m_ganttAction->findData(action)));
    applyFilter();
    showGantt();
    showRates();
    showCoverage();
}

void LedgerView::applyFilter() {
    const std::int64_t current = currentTask();
    LedgerFilter filter;
    filter.search = m_search->text().trimmed();
    if (m_lead->currentIndex() > 0)
        filter.lead = m_lead->currentText();
    if (m_county->currentIndex() == 1)
        filter.cityLevel = true;
    else if (m_county->currentIndex() > 1)
        filter.county = m_county->currentText();
    if (m_status->currentIndex() > 0)
        filter.status = static_cast<TaskStatus>(m_status->currentData().toInt());
    m_model->setLedger(m_ledger, filter);
    if (m_model->visibleTasks() <= 2000)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(0);
    if (current != 0)
        selectTask(current);
    int overdue = 0;
    if (m_ledger)
        for (const LedgerRow& row : m_ledger->rows())
            overdue += row.status == TaskStatus::Overdue ? 1 : 0;
    const LedgerRate total = m_ledger ? m_ledger->total() : LedgerRate{};
    if (!m_ledger || m_ledger->rows().empty()) {
        m_total->setText(tr("No tasks for %1 yet: add them with New task, or import the task "
                            "division plan.")
                             .arg(m_session.year()));
        updateButtons();
        return;
    }
    m_total->setText(tr("%1 tasks: completion %2 · %3 overdue · %4 shown")
                         .arg(m_session.year())
                         .arg(Ledger::rateText(total))
                         .arg(overdue)
                         .arg(m_model->visibleTasks()));
    updateButtons();
}

void LedgerView::showRates() {
    m_rates->setRowCount(0);
    if (!m_ledger)
        return;
    const auto grouping = static_cast<LedgerGrouping>(m_grouping->currentData().toInt());
    const std::vector<LedgerRate> rates = m_ledger->rates(grouping);
    m_rates->setRowCount(static_cast<int>(rates.size()) + 1);
    const auto addRow = [this](int r, const QString& name, const LedgerRate& rate) {
        m_rates->setItem(r, 0, cell(name));
        m_rates->setItem(r, 1, cell(QString::number(rate.tasks), Qt::AlignCenter));
        m_rates->setItem(r, 2, cell(QString::number(rate.done), Qt::AlignCenter));
        QTableWidgetItem* percent = cell(percentText(rate.rate()), Qt::AlignCenter);
        percent->setData(PercentRole, rate.rate() * 100.0);
        m_rates->setItem(r, 3, percent);
        m_rates->setItem(r, 4, cell(Ledger::rateText(rate)));
    };
    int r = 0;
    for (const LedgerRate& rate : rates) {
        QString name = rate.group;
        if (grouping == LedgerGrouping::Kind)
            name = Labels::taskKind(rate.group);
        else if (name.isEmpty())
            name = grouping == LedgerGrouping::County ? tr("City level") : tr("Other tasks");
        addRow(r++, name, rate);
    }
    addRow(r, tr("Total"), m_ledger->total());
    for (int c = 0; c < m_rates->columnCount(); ++c) {
        QFont font = m_rates->item(r, c)->font();
        font.setBold(true);
        m_rates->item(r, c)->setFont(font);
    }
}

void LedgerView::showGantt() {
    m_gantt->setTasks(m_ledger, m_ganttAction->currentData().toString(), m_session.year());
    m_gantt->setMinimumHeight(m_gantt->sizeHint().height());
}

void LedgerView::showCoverage() {
    m_coverage->setRowCount(0);
    if (!m_session.isOpen())
        return;
    Result<std::vector<CoverageRow>> rows = Coverage(m_session.db()).compute(m_session.year());
    if (!rows) {
        m_coverageNote->setText(rows.error().message);
        m_coverageChart->setChart(new QChart);
        return;
    }
    std::vector<CoverageRow> all = Coverage::totals(*rows);
    const int totals = static_cast<int>(all.size());
    all.insert(all.end(), rows->begin(), rows->end());
    m_coverage->setRowCount(static_cast<int>(all.size()));
    for (int r = 0; r < m_coverage->rowCount(); ++r) {
        const CoverageRow& row = all[static_cast<std::size_t>(r)];
        const QStringList cells = {row.county == QStringLiteral("全市") ? tr("Whole city")
                                                                        : row.county,
                                   row.typeName,
                                   QString::number(row.registered),
                                   QString::number(row.enrolled),
                                   QString::number(row.named),
                                   percentText(row.rate()),
                                   row.target ? percentText(*row.target) : tr("not set")};
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem* item =
                cell(cells[c], c >= 2 ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
            if (r < totals) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            if (c == 5 && row.target && row.rate() + 1e-9 < *row.target)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_coverage->setItem(r, c, item);
        }
    }
    m_coverageNote->setText(
        tr("Coverage is named ÷ registered units (一年试点、两年深化、三年全覆盖); "
           "red where a type is below the year's target."));
    QChart* old = m_coverageChart->chart();
    m_coverageChart->setChart(charts::coverage(Coverage::totals(*rows), m_session.year()));
    delete old;
}

void LedgerView::setCoverageTarget() {
    if (!m_session.isOpen())
        return;
    const std::optional<double> percent = Ask::number(
        this, tr("Coverage target"),
        tr("Share of registered units to be named in %1 (e.g. pilot 10, deepen 50, full 100):")
            .arg(m_session.year()),
        50, 0, 100, 1);
    if (!percent)
        return;
    Result<void> set = m_session.setCoverageTarget(m_session.year(), *percent / 100.0);
    if (!set)
        return warn(tr("Target not set"), set.error().message);
}

std::int64_t LedgerView::currentTask() const {
    return m_tree->currentIndex().data(LedgerModel::TaskIdRole).toLongLong();
}

void LedgerView::selectTask(std::int64_t id) {
    const QModelIndex index = m_model->indexOfTask(id);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void LedgerView::updateButtons() {
    const std::int64_t id = currentTask();
    const LedgerRow* row = m_ledger && id ? m_ledger->row(id) : nullptr;
    m_split->setEnabled(row && !row->done);
    m_progress->setEnabled(row && !row->hasParts && !row->done);
    m_done->setEnabled(row && !row->hasParts && !row->done);
    m_letter->setEnabled(row && !row->done);
}

void LedgerView::warn(const QString& title, const QString& message) {
    Ask::warn(this, title, message);
}

void LedgerView::addTask() {
    if (!m_session.isOpen())
        return;
    TaskChoices choices;
    choices.actions = TaskRepository::defaultActions();
    std::set<QString> departments;
    if (m_ledger)
        for (const LedgerRow& row : m_ledger->rows()) {
            departments.insert(row.task.lead);
            for (const QString& co : row.task.co)
                departments.insert(co);
            if (!choices.actions.contains(row.task.action) && !row.task.action.isEmpty())
                choices.actions << row.task.action;
        }
    choices.departments = QStringList(departments.begin(), departments.end());
    for (const QString& county : LookupTables::counties(m_session.db()))
        choices.counties << county;
    std::optional<Task> parent;
    if (sender() == m_split) {
        parent = TaskRepository(m_session.db()).find(currentTask());
        if (!parent)
            return;
    }
    TaskDialog dialog(m_session.year(), choices, parent, this);
    while (dialog.exec() == QDialog::Accepted) {
        Result<std::int64_t> added = m_session.addTask(dialog.input());
        if (added) {
            selectTask(*added);
            return;
        }
        warn(tr("Task not added"), added.error().message); // the dialog keeps what was typed
    }
}

void LedgerView::splitTask() {
    if (currentTask() != 0)
        addTask();
}

void LedgerView::recordProgress() {
    const std::int64_t id = currentTask();
    const LedgerRow* row = m_ledger && id ? m_ledger->row(id) : nullptr;
    if (!row || row->hasParts || row->done)
        return;
    ProgressDialog dialog(row->task, row->percent, this);
    while (dialog.exec() == QDialog::Accepted) {
        Result<void> stored =
            m_session.recordProgress(id, dialog.percent(), dialog.note(), dialog.date());
        if (stored) {
            selectTask(id);
            return;
        }
        warn(tr("Progress not recorded"), stored.error().message);
    }
}

void LedgerView::markDone() {
    const std::int64_t id = currentTask();
    const LedgerRow* row = m_ledger && id ? m_ledger->row(id) : nullptr;
    if (!row || row->hasParts || row->done)
        return;
    if (!Ask::confirm(this, tr("Mark done"),
                      tr("Mark “%1” done today? The ledger keeps the date; it cannot be undone.")
                          .arg(row->task.title),
                      tr("Mark done")))
        return;
    Result<void> done = m_session.markTaskDone(id, QDate::currentDate());
    if (!done)
        return warn(tr("Not changed"), done.error().message);
    selectTask(id);
}

Result<DivisionPlanReport> LedgerView::importPlan(const QString& path) {
    return m_session.importDivisionPlan(m_session.year(), path);
}

Result<int> LedgerView::exportLedger(const QString& path) {
    return LedgerWorkbook::write(m_session.db(), m_session.year(), QDate::currentDate(), path);
}

Result<SupervisionSummary> LedgerView::writeBulletin(const QString& period, const QString& path) {
    const std::int64_t selected = currentTask();
    std::optional<Result<SupervisionSummary>> written;
    const Result<void> done = m_session.writeTaskDocuments([&](Database& db) -> Result<void> {
        written = SupervisionDocuments::writeBulletin(db, m_session.year(), period, path);
        return *written ? Result<void>() : Result<void>(written->error());
    });
    if (done)
        selectTask(selected);
    return *written;
}

Result<SupervisionSummary> LedgerView::writeLetter(std::int64_t taskId, const QString& path) {
    std::optional<Result<SupervisionSummary>> written;
    const Result<void> done = m_session.writeTaskDocuments([&](Database& db) -> Result<void> {
        written = SupervisionDocuments::writeLetter(db, taskId, path, {}, QDate::currentDate());
        return *written ? Result<void>() : Result<void>(written->error());
    });
    if (done)
        selectTask(taskId);
    return *written;
}

void LedgerView::chooseImport() {
    if (!m_session.isOpen())
        return;
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import division plan"), QString(),
                                    tr("Division plan (*.xlsx *.xls *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<DivisionPlanReport> report = importPlan(path);
    if (!report)
        return warn(tr("Division plan not imported"), report.error().message);
    Ask::inform(this, tr("Division plan imported"),
                tr("%1 tasks and %2 parts added to %3; %4 rows were already in the "
                   "ledger.")
                    .arg(report->tasks)
                    .arg(report->parts)
                    .arg(m_session.year())
                    .arg(report->unchanged));
}

void LedgerView::chooseExport() {
    if (!m_session.isOpen())
        return;
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export ledger"), tr("Task ledger %1.xlsx").arg(m_session.year()),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    Result<int> written = exportLedger(path);
    if (!written)
        return warn(tr("Ledger not exported"), written.error().message);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void LedgerView::chooseBulletin() {
    if (!m_session.isOpen())
        return;
    const int year = m_session.year();
    QStringList labels;
    QStringList codes;
    for (int q = 1; q <= 4; ++q) {
        labels << tr("%1 quarter %2").arg(year).arg(q);
        codes << QStringLiteral("%1-Q%2").arg(year).arg(q);
    }
    for (int m = 1; m <= 12; ++m) {
        labels << tr("%1 month %2").arg(year).arg(m);
        codes << QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'));
    }
    labels << tr("%1 first half").arg(year) << tr("%1 whole year").arg(year);
    codes << QStringLiteral("%1-H1").arg(year) << QString::number(year);
    const QDate today = QDate::currentDate();
    const int current = today.year() == year ? (today.month() - 1) / 3 : 3;
    const std::optional<QString> chosen =
        Ask::item(this, tr("Bulletin"), tr("&Period:"), labels, current);
    if (!chosen || !labels.contains(*chosen))
        return;
    const QString label = *chosen;
    const QString code = codes.value(labels.indexOf(label));
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save bulletin"), tr("Bulletin %1.pdf").arg(label), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    Result<SupervisionSummary> written = writeBulletin(code, path);
    if (!written)
        return warn(tr("Bulletin not written"), written.error().message);
    if (!written->warnings.isEmpty())
        Ask::inform(this, tr("Bulletin written"), written->warnings.join(QLatin1Char('\n')));
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void LedgerView::chooseLetter() {
    const std::int64_t id = currentTask();
    const LedgerRow* row = m_ledger && id ? m_ledger->row(id) : nullptr;
    if (!row || row->done)
        return;
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save supervision letter"), tr("Supervision letter %1.pdf").arg(row->task.title),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    Result<SupervisionSummary> written = writeLetter(id, path);
    if (!written)
        return warn(tr("Letter not written"), written.error().message);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace lianping::ui
