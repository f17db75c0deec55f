#pragma once
// Each unit's final grade in a campaign year (CampaignSetup::grades), computed once per year in
// the background on its own read-only connection — ResultService over the whole year takes a
// second or so at 200,000 units — and kept until something is written. One per session,
// shared by the registry's 上年等次 column and the scoring sheet's 上年度 label.

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <set>

namespace lianping::ui {

class Session;

class PreviousGrades : public QObject {
    Q_OBJECT
public:
    using Map = std::map<QString, QString>; // unit code → excellent, qualified, unqualified
    using Shared = std::shared_ptr<const Map>;

    // The session's instance, created on first use.
    static PreviousGrades& of(Session& session);

    // The grades of the year if known; otherwise nullptr, and ready(year) follows.
    Shared grades(int year);
    bool busy() const;

signals:
    void ready(int year);

private:
    explicit PreviousGrades(Session& session);
    void startNext();

    Session& m_session;
    std::map<int, Shared> m_cache;
    std::set<int> m_wanted;
    int m_computing = 0; // the year being computed, or 0
    int m_generation = 0;
    int m_computedGeneration = 0;
    QFutureWatcher<Shared>* m_watcher = nullptr;
};

} // namespace lianping::ui
