#include "DashboardView.h"

#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/charts/Charts.h"
#include "ui/common/Session.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lianping::ui {

DashboardView::DashboardView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    m_county = new QComboBox;
    m_type = new QComboBox;
    auto* refreshButton = new QPushButton(tr("&Refresh"));
    m_summary = new QLabel;
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_county);
    filters->addWidget(m_type);
    filters->addWidget(refreshButton);
    filters->addWidget(m_summary, 1);
    auto* grid = new QGridLayout;
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        m_views[i] = new QChartView;
        m_views[i]->setRenderHint(QPainter::Antialiasing);
        m_views[i]->setMinimumSize(360, 240);
        grid->addWidget(m_views[i], static_cast<int>(i / 2), static_cast<int>(i % 2));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(grid, 1);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_county, &QComboBox::activated, this, &DashboardView::refresh);
    connect(m_type, &QComboBox::activated, this, &DashboardView::refresh);
    connect(&m_watcher, &QFutureWatcher<Result<CampaignStatistics>>::finished, this, [this] {
        show(m_watcher.result());
        if (m_pending) {
            m_pending = false;
            refresh();
        }
    });
    connect(&m_session, &Session::opened, this, &DashboardView::fillFilters);
    // Shown, it follows every write that moves the statistics; hidden, it is computed when
    // turned to.
    const auto refreshIfShown = [this] {
        if (isVisible())
            refresh();
    };
    connect(&m_session, &Session::sheetChanged, this, refreshIfShown);
    connect(&m_session, &Session::stateChanged, this, refreshIfShown);
    connect(&m_session, &Session::unitChanged, this, refreshIfShown);
    connect(&m_session, &Session::campaignChanged, this, refreshIfShown);
    connect(&m_session, &Session::enrollmentsChanged, this, refreshIfShown);
    connect(&m_session, &Session::sheetsChanged, this, refreshIfShown);
    for (const auto signal :
         {&Session::unitsChanged, &Session::namingChanged, &Session::recordsMerged})
        connect(&m_session, signal, this, refreshIfShown);
}

void DashboardView::fillFilters() {
    m_county->clear();
    m_type->clear();
    m_county->addItem(tr("All counties"), QString());
    m_type->addItem(tr("All types"), QString());
    if (!m_session.isOpen())
        return;
    for (const QString& county : LookupTables::counties(m_session.db()))
        m_county->addItem(county, county);
    for (const UnitType& type : TypeRepository(m_session.db()).list())
        m_type->addItem(type.name, type.code);
}

void DashboardView::setFilter(const QString& county, const QString& typeCode) {
    const int countyIndex = m_county->findData(county);
    const int typeIndex = m_type->findData(typeCode);
    m_county->setCurrentIndex(std::max(0, countyIndex));
    m_type->setCurrentIndex(std::max(0, typeIndex));
    if (isVisible())
        refresh();
}

void DashboardView::refresh() {
    if (!m_session.isOpen())
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_summary->setText(tr("Computing…"));
    const QString path = m_session.path();
    const int year = m_session.year();
    const QString county = m_county->currentData().toString();
    const QString type = m_type->currentData().toString();
    m_watcher.setFuture(
        QtConcurrent::run([path, year, county, type]() -> Result<CampaignStatistics> {
            Result<std::unique_ptr<Database>> db =
                Workspace::open(path, QString(), Database::Mode::ReadOnly);
            if (!db)
                return db.error();
            return Statistics::compute(**db, year, county, type);
        }));
}

void DashboardView::show(const Result<CampaignStatistics>& stats) {
    if (!stats) {
        m_summary->setText(stats.error().message);
        emit refreshed();
        return;
    }
    const GradeCounts& all = stats->overall;
    m_summary->setText(tr("%1 campaign: %2 assessed, %3 not yet · pass rate %4 % · excellent %5 · "
                          "average total %6")
                           .arg(stats->year)
                           .arg(all.assessed())
                           .arg(all.notAssessed)
                           .arg(QString::number(100.0 * all.passRate(), 'f', 1))
                           .arg(all.byGrade[0])
                           .arg(QString::number(all.average(), 'f', 1)));
    QChart* charts[] = {charts::gradeDistribution(*stats), charts::countiesByGrade(*stats),
                        charts::yearTrend(*stats), charts::selfCountyDeviation(*stats)};
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        QChart* old = m_views[i]->chart();
        m_views[i]->setChart(charts[i]);
        delete old;
    }
    emit refreshed();
}

} // namespace lianping::ui
