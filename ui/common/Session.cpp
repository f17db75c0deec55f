#include "Session.h"

#include "campaign/CampaignRepository.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QFileInfo>

namespace lianping::ui {

Session::Session(QObject* parent)
    : QObject(parent) {}

Session::~Session() = default;

Result<void> Session::open(const QString& path, const QString& operatorName) {
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable())
        return fail(
            tr("%1 is read-only: copy it to a folder you can write to, or ask for write access.")
                .arg(path));
    Result<std::unique_ptr<Database>> db = Workspace::open(path, operatorName);
    if (!db)
        return db.error();
    close();
    m_db = std::move(*db);
    const QList<int> available = years();
    m_year = available.isEmpty() ? QDate::currentDate().year() : available.front();
    emit opened(); // screens reload for the new file and its year: no separate yearChanged
    return {};
}

void Session::close() {
    if (!m_db)
        return;
    m_db.reset();
    emit closed();
}

void Session::setYear(int year) {
    if (year == m_year)
        return;
    m_year = year;
    emit yearChanged(year);
}

QList<int> Session::years() const {
    return m_db ? CampaignRepository(*m_db).years() : QList<int>{};
}

void Session::notifyChanged() {
    // Work on another connection (imports, demo data) committed: a statement of ours still
    // holding a row would keep reading the snapshot from before it.
    if (m_db)
        m_db->releaseReads();
    emit changed();
}

} // namespace lianping::ui
