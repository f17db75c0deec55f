#pragma once
// 清廉指数: the integrity index of the campaign year per county and for the city — a ranking
// with each county's three dimensions, its change from last year and the aspects it lacks
// data for; the chosen county's aspects with the sample size and 95 % interval of every survey
// figure; a radar of its dimensions beside the city's; its index year on year. Computed on a
// worker thread with its own read-only connection. A model is imported, a survey round's
// results imported and values entered by hand from here.

#include "core/index/IndexService.h"
#include "core/index/Surveys.h"

#include <QFutureWatcher>
#include <QWidget>

#include <map>

class QChartView;
class QLabel;
class QTableWidget;

namespace lianping::ui {

class Session;

class IndexView : public QWidget {
    Q_OBJECT
public:
    explicit IndexView(Session& session, QWidget* parent = nullptr);
    QTableWidget* ranking() const { return m_ranking; }
    QTableWidget* aspects() const { return m_aspects; }
    QChartView* radar() const { return m_radar; }
    QChartView* trend() const { return m_trend; }
    QLabel* summary() const { return m_summary; }
    bool busy() const { return m_watcher.isRunning(); }

    // A new round with the file's results, in one transaction (what the dialog does).
    Result<SurveyImportReport> importSurveyFile(const SurveyRound& round, const QString& path,
                                                bool raw, const QString& questions);

public slots:
    void refresh();
    void importModel();
    void enterValue();
    void importSurvey();

signals:
    void refreshed();

private:
    using Years = std::map<int, std::vector<IndexResult>>;
    void show(const Result<Years>& years);
    void showCounty(int row);

    Session& m_session;
    QLabel* m_summary = nullptr;
    QTableWidget* m_ranking = nullptr;
    QTableWidget* m_aspects = nullptr;
    QChartView* m_radar = nullptr;
    QChartView* m_trend = nullptr;
    QFutureWatcher<Result<Years>> m_watcher;
    Years m_years;
    bool m_pending = false;
};

} // namespace lianping::ui
