#include "IndexView.h"
#include "ui/common/Ask.h"

#include "core/index/IndexStore.h"
#include "core/registry/LookupTables.h"
#include "core/workspace/Workspace.h"
#include "ui/charts/Charts.h"
#include "ui/common/Session.h"

#include "ui/common/FileDialog.h"
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lianping::ui {

namespace {

QString figure(const std::optional<double>& value) {
    return value ? QString::number(*value, 'f', 2) : QStringLiteral("—");
}

void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

IndexView::IndexView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto* import = new QPushButton(tr("&Import index model…"));
    auto* input = new QPushButton(tr("&Enter a value…"));
    auto* recompute = new QPushButton(tr("&Recompute"));
    auto* survey = new QPushButton(tr("Import &survey results…"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(survey);
    top->addWidget(input);
    top->addWidget(import);
    top->addWidget(recompute);
    m_ranking = new QTableWidget;
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ranking->verticalHeader()->hide();
    m_ranking->horizontalHeader()->setStretchLastSection(true);
    m_ranking->setAlternatingRowColors(true);
    m_radar = new QChartView;
    m_radar->setRenderHint(QPainter::Antialiasing);
    m_trend = new QChartView;
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_aspects = new QTableWidget(0, 5);
    m_aspects->setHorizontalHeaderLabels(
        {tr("Aspect"), tr("Score"), tr("Sample"), tr("95 % interval"), tr("Note")});
    m_aspects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_aspects->verticalHeader()->hide();
    m_aspects->horizontalHeader()->setStretchLastSection(true);
    auto* grid = new QGridLayout;
    grid->addWidget(m_ranking, 0, 0);
    grid->addWidget(m_aspects, 1, 0);
    grid->addWidget(m_radar, 0, 1);
    grid->addWidget(m_trend, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    connect(import, &QPushButton::clicked, this, &IndexView::importModel);
    connect(input, &QPushButton::clicked, this, &IndexView::enterValue);
    connect(survey, &QPushButton::clicked, this, &IndexView::importSurvey);
    connect(recompute, &QPushButton::clicked, this, &IndexView::refresh);
    connect(m_ranking, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { showCounty(row); });
    connect(&m_watcher, &QFutureWatcher<Result<Years>>::finished, this, [this] {
        show(m_watcher.result());
        if (m_pending) {
            m_pending = false;
            refresh();
        }
    });
    connect(&m_session, &Session::opened, this, &IndexView::refresh);
    connect(&m_session, &Session::yearChanged, this, &IndexView::refresh);
    connect(&m_session, &Session::indexChanged, this, &IndexView::refresh);
    connect(&m_session, &Session::recordsMerged, this, &IndexView::refresh);
}

void IndexView::refresh() {
    if (!m_session.isOpen() || !isVisible()) {
        m_pending = m_pending || m_session.isOpen();
        return;
    }
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_summary->setText(tr("Computing the integrity index…"));
    const QString path = m_session.path();
    const QList<int> years = m_session.years();
    const int year = m_session.year();
    m_watcher.setFuture(QtConcurrent::run([path, years, year]() -> Result<Years> {
        Result<std::unique_ptr<Database>> db =
            Workspace::open(path, QString(), Database::Mode::ReadOnly);
        if (!db)
            return db.error();
        Years computed;
        for (int y : years) {
            if (y > year)
                continue;
            Result<std::vector<IndexResult>> results = IndexService(**db).compute(
                y, false, y == year ? QDate::currentDate() : QDate(y, 12, 31));
            if (!results)
                return results.error();
            computed.emplace(y, std::move(*results));
        }
        return computed;
    }));
}

void IndexView::show(const Result<Years>& years) {
    m_ranking->clearContents();
    m_ranking->setRowCount(0);
    if (!years) {
        m_summary->setText(years.error().message);
        return;
    }
    m_years = *years;
    const auto current = m_years.find(m_session.year());
    if (current == m_years.end() || current->second.empty()) {
        m_summary->setText(tr("No campaign year to compute."));
        return;
    }
    std::vector<IndexResult> rows = current->second;
    // Ranked counties first, then those without an index, the city last.
    std::stable_sort(rows.begin(), rows.end(), [](const IndexResult& a, const IndexResult& b) {
        const int ra = a.county == QStringLiteral("全市") ? 1 << 20 : a.rank.value_or(1 << 19);
        const int rb = b.county == QStringLiteral("全市") ? 1 << 20 : b.rank.value_or(1 << 19);
        return ra < rb;
    });
    QStringList headers = {tr("Rank"), tr("County"), tr("Index"), tr("Change")};
    for (const auto& [name, score] : rows.front().dimensions)
        headers << name;
    headers << tr("Data missing for");
    m_ranking->setColumnCount(static_cast<int>(headers.size()));
    m_ranking->setHorizontalHeaderLabels(headers);
    m_ranking->setRowCount(static_cast<int>(rows.size()));
    int partial = 0;
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const IndexResult& row = rows[static_cast<std::size_t>(r)];
        partial += row.partial ? 1 : 0;
        QStringList cells = {
            row.rank ? QString::number(*row.rank) : QString(),
            row.county == QStringLiteral("全市") ? tr("Whole city") : row.county, figure(row.index),
            row.change ? QStringLiteral("%1%2")
                             .arg(*row.change >= 0 ? QStringLiteral("+") : QString())
                             .arg(*row.change, 0, 'f', 2)
                       : QStringLiteral("—")};
        for (const auto& [name, score] : row.dimensions)
            cells << figure(score);
        cells << row.missing.join(QStringLiteral("、"));
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c != 1 && c != cells.size() - 1)
                item->setTextAlignment(Qt::AlignCenter);
            if (c == 0)
                item->setData(Qt::UserRole, row.county);
            if (row.county == QStringLiteral("全市")) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_ranking->setItem(r, c, item);
        }
    }
    m_ranking->resizeColumnsToContents();
    m_summary->setText(tr("%1 integrity index of %2 counties and the city; %3 computed without "
                          "data for some aspects (their weight goes to the others).")
                           .arg(m_session.year())
                           .arg(rows.size() - 1)
                           .arg(partial));
    m_ranking->selectRow(0);
    showCounty(0);
    emit refreshed();
}

void IndexView::showCounty(int row) {
    const auto current = m_years.find(m_session.year());
    if (row < 0 || current == m_years.end() || !m_ranking->item(row, 0))
        return;
    const QString county = m_ranking->item(row, 0)->data(Qt::UserRole).toString();
    const IndexResult* chosen = nullptr;
    const IndexResult* city = nullptr;
    for (const IndexResult& r : current->second) {
        if (r.county == county)
            chosen = &r;
        if (r.county == QStringLiteral("全市"))
            city = &r;
    }
    if (!chosen)
        return;
    m_aspects->setRowCount(static_cast<int>(chosen->aspects.size()));
    int r = 0;
    for (const auto& [name, a] : chosen->aspects) {
        QString note;
        if (!a.score)
            note = tr("no data: its weight goes to the others");
        else if (a.flagged)
            note = tr("fewer answers than the minimum sample");
        const QStringList cells = {
            name, figure(a.score), a.n ? QString::number(*a.n) : QStringLiteral("—"),
            a.ciLow && a.ciHigh ? QStringLiteral("%1 – %2").arg(figure(a.ciLow), figure(a.ciHigh))
                                : QStringLiteral("—"),
            note};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c > 0 && c < 4)
                item->setTextAlignment(Qt::AlignCenter);
            if (c == 4 && (a.flagged || !a.score))
                item->setForeground(QColor(0xb2, 0x6a, 0x00));
            m_aspects->setItem(r, c, item);
        }
        ++r;
    }
    m_aspects->resizeColumnsToContents();
    replaceChart(m_radar, charts::indexRadar(*chosen, city));
    std::vector<std::pair<int, double>> trend;
    for (const auto& [year, results] : m_years)
        for (const IndexResult& r : results)
            if (r.county == county && r.index)
                trend.emplace_back(year, *r.index);
    replaceChart(m_trend,
                 charts::indexTrend(chosen->county == QStringLiteral("全市") ? tr("Whole city")
                                                                             : chosen->county,
                                    trend));
}

void IndexView::importModel() {
    if (!m_session.isOpen())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import index model"), QString(),
                                                     tr("Index model (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return void(Ask::warn(this, tr("Model not imported"), tr("%1 cannot be read.").arg(path)));
    Result<IndexModel> model = m_session.importIndexModel(file.readAll(), path);
    if (!model)
        return void(Ask::warn(this, tr("Model not imported"), model.error().message));
}

void IndexView::importSurvey() {
    if (!m_session.isOpen())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import survey results"));
    auto* name = new QLineEdit;
    name->setPlaceholderText(tr("e.g. 2026年度第三方满意度调查"));
    auto* by = new QComboBox;
    by->addItem(tr("A third party"), QStringLiteral("third-party"));
    by->addItem(tr("The office"), QStringLiteral("office"));
    by->addItem(tr("The public"), QStringLiteral("public"));
    auto* date = new QDateEdit(QDate::currentDate());
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* method = new QLineEdit;
    method->setPlaceholderText(tr("Questionnaire, telephone, online …"));
    auto* file = new QLineEdit;
    auto* browse = new QPushButton(tr("Choose…"));
    auto* raw = new QCheckBox(tr("Raw answers (one row per respondent and question)"));
    auto* map = new QLineEdit;
    map->setPlaceholderText(tr("Question map (question, aspect), for raw answers"));
    auto* browseMap = new QPushButton(tr("Choose…"));
    const auto chooser = [this](QLineEdit* target) {
        const QString path = FileDialog::getOpenFileName(this, tr("Survey file"), QString(),
                                                         tr("Tables (*.xlsx *.xls *.csv)"));
        if (!path.isEmpty())
            target->setText(path);
    };
    connect(browse, &QPushButton::clicked, &dialog, [=] { chooser(file); });
    connect(browseMap, &QPushButton::clicked, &dialog, [=] { chooser(map); });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file, 1);
    fileRow->addWidget(browse);
    auto* mapRow = new QHBoxLayout;
    mapRow->addWidget(map, 1);
    mapRow->addWidget(browseMap);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("Carried out &by:"), by);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Method:"), method);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(QString(), raw);
    form->addRow(tr("&Question map:"), mapRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        Result<SurveyImportReport> imported =
            importSurveyFile({0, m_session.year(), name->text(), by->currentData().toString(),
                              date->date().toString(Qt::ISODate), method->text(), std::nullopt},
                             file->text(), raw->isChecked(), map->text());
        if (imported) {
            Ask::inform(this, tr("Survey results imported"),
                        tr("%1 rows read: %2 answers, %3 scores, for %4.")
                            .arg(imported->rows)
                            .arg(imported->answers)
                            .arg(imported->scores)
                            .arg(imported->aspects.join(QStringLiteral("、"))));
            return;
        }
        Ask::warn(this, tr("Survey results not imported"), imported.error().message);
    }
}

Result<SurveyImportReport> IndexView::importSurveyFile(const SurveyRound& round,
                                                       const QString& path, bool raw,
                                                       const QString& questions) {
    return m_session.importSurveys(round, path, raw, questions);
}

void IndexView::enterValue() {
    if (!m_session.isOpen())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Enter an index value"));
    auto* county = new QComboBox;
    county->addItem(QStringLiteral("全市"));
    for (const QString& name : LookupTables::counties(m_session.db()))
        county->addItem(name);
    auto* aspect = new QComboBox;
    aspect->addItems(IndexStore(m_session.db()).model(m_session.year()).aspectNames());
    auto* value = new QDoubleSpinBox;
    value->setRange(0, 100);
    value->setDecimals(1);
    auto* note = new QLineEdit;
    note->setPlaceholderText(tr("Where the figure comes from"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&County:"), county);
    form->addRow(tr("&Aspect:"), aspect);
    form->addRow(tr("&Value (0–100):"), value);
    form->addRow(tr("&Note:"), note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        Result<void> set =
            m_session.setIndexInput(m_session.year(), county->currentText(), aspect->currentText(),
                                    value->value(), note->text());
        if (set)
            return;
        Ask::warn(this, tr("Value not stored"), set.error().message);
    }
}

} // namespace lianping::ui
