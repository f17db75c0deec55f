#include "PreviousGrades.h"

#include "core/services/CampaignSetup.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Session.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lianping::ui {

PreviousGrades& PreviousGrades::of(Session& session) {
    if (auto* found = session.findChild<PreviousGrades*>(QString(), Qt::FindDirectChildrenOnly))
        return *found;
    return *new PreviousGrades(session);
}

PreviousGrades::PreviousGrades(Session& session)
    : QObject(&session)
    , m_session(session)
    , m_watcher(new QFutureWatcher<Shared>(this)) {
    // A write to results of any year forgets them all; a sheet edited only the year in front.
    const auto forget = [this] {
        m_cache.clear();
        m_wanted.clear();
        ++m_generation; // what is being computed now may be stale
    };
    connect(&session, &Session::opened, this, forget);
    connect(&session, &Session::closed, this, forget);
    for (const auto signal : {&Session::namingChanged, &Session::recordsMerged})
        connect(&session, signal, this, forget);
    connect(&session, &Session::sheetsChanged, this, forget);
    connect(&session, &Session::campaignChanged, this, forget);
    connect(&session, &Session::enrollmentsChanged, this, forget);
    connect(&session, &Session::stateChanged, this, forget);
    connect(&session, &Session::sheetChanged, this, [this] {
        m_cache.erase(m_session.year());
        if (m_computing == m_session.year())
            ++m_generation;
    });
    connect(m_watcher, &QFutureWatcher<Shared>::finished, this, [this] {
        const int year = m_computing;
        m_computing = 0;
        // After a write during the computation its answer is stale: computed again if wanted.
        if (m_computedGeneration == m_generation && m_wanted.contains(year)) {
            m_wanted.erase(year);
            m_cache[year] = m_watcher->result();
            emit ready(year);
        }
        startNext();
    });
}

bool PreviousGrades::busy() const {
    return m_computing != 0 || !m_wanted.empty();
}

PreviousGrades::Shared PreviousGrades::grades(int year) {
    if (const auto found = m_cache.find(year); found != m_cache.end())
        return found->second;
    if (!m_session.isOpen())
        return nullptr;
    m_wanted.insert(year);
    startNext();
    return nullptr;
}

void PreviousGrades::startNext() {
    if (m_computing != 0 || m_wanted.empty() || !m_session.isOpen())
        return;
    const int year = *m_wanted.begin();
    const QString path = m_session.path();
    m_computing = year;
    m_computedGeneration = m_generation;
    m_watcher->setFuture(QtConcurrent::run([path, year]() -> Shared {
        auto grades = std::make_shared<Map>();
        if (Result<std::unique_ptr<Database>> db =
                Workspace::open(path, QString(), Database::Mode::ReadOnly))
            if (Result<Map> computed = CampaignSetup(**db).grades(year))
                *grades = std::move(*computed);
        return grades;
    }));
}

} // namespace lianping::ui
