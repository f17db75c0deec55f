#pragma once
// The dashboard: grade distribution, counties side by side, the year-on-year trend and the
// self-check deviation, for the whole campaign or one county or type. Figures are computed
// on a worker thread with its own read-only connection, so the window never waits.

#include "core/scoring/Statistics.h"

#include <QFutureWatcher>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace lianping::ui {

class Session;

class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(Session& session, QWidget* parent = nullptr);
    bool busy() const { return m_watcher.isRunning(); }
    QLabel* summaryLabel() const { return m_summary; }

public slots:
    void refresh();
    // Takes the registry's county and type filters (refreshes when next shown).
    void setFilter(const QString& county, const QString& typeCode);

signals:
    void refreshed();

private:
    void show(const Result<CampaignStatistics>& stats);
    void fillFilters();

    Session& m_session;
    QComboBox* m_county = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_summary = nullptr;
    std::array<QChartView*, 4> m_views{};
    QFutureWatcher<Result<CampaignStatistics>> m_watcher;
    bool m_pending = false;
};

} // namespace lianping::ui
