#include "RecordMerger.h"

#include "core/common/CoreText.h"
#include "core/exchange/Conflicts.h"
#include "core/exchange/OwnershipPolicy.h"
#include "core/followup/FollowUps.h"
#include "core/history/History.h"

#include <QCoreApplication>

#include <algorithm>

namespace lianping {

RecordMerger::RecordMerger(Database& db, const OfficeKey& origin, ImportReport& report,
                           std::map<QString, std::int64_t> offices)
    : m_db(db)
    , m_origin(origin)
    , m_report(report)
    , m_offices(std::move(offices))
    , m_store(db)
    , m_note(
          CoreText::tr("package %1 from %2").arg(report.packageId.right(12), origin.office.name)) {
    m_offices[origin.office.uid] = origin.office.id;
}

Result<void> RecordMerger::merge(const Record& incoming, OwnershipPolicy& policy) {
    KindTally& tally = m_report.kinds[kindName(incoming.kind)];
    if (m_store.knows(incoming.key, incoming.version)) {
        ++tally.unchanged;
        return {};
    }
    Result<std::optional<Record>> local = m_store.local(incoming.kind, incoming.key);
    if (!local)
        return local.error();
    if (*local && (*local)->version.hash == incoming.version.hash) {
        ++tally.unchanged;
        return rememberAll(incoming);
    }
    const QString refused = policy.refusal(m_origin.office, incoming);
    if (!refused.isEmpty()) {
        ++tally.refused;
        if (m_report.refusals.size() < 10)
            m_report.refusals << refused;
        return {};
    }
    const bool descends = !*local || std::find(incoming.known.begin(), incoming.known.end(),
                                               (*local)->version) != incoming.known.end();
    if (!descends) {
        ++tally.conflicts;
        return Conflicts(m_db).store(incoming, m_origin.office.uid, m_report.packageId);
    }
    const auto owner = m_offices.find(incoming.owner);
    const std::int64_t ownerId = owner == m_offices.end() ? m_origin.office.id : owner->second;
    LP_TRY(m_store.write(incoming, *local, ownerId, m_note));
    ++(*local ? tally.updated : tally.added);
    if (*local)
        LP_TRY(m_store.remember(incoming.key, (*local)->version));
    LP_TRY(rememberAll(incoming));
    if (incoming.kind == RecordKind::Sheet || incoming.kind == RecordKind::Enrollment)
        if (const std::optional<std::int64_t> enrollment =
                m_store.findEnrollment(incoming.year(), incoming.unitCode()))
            m_touched[incoming.year()].insert(*enrollment);
    return {};
}

Result<void> RecordMerger::rememberAll(const Record& record) {
    LP_TRY(m_store.remember(record.key, record.version));
    for (const Version& version : record.known)
        LP_TRY(m_store.remember(record.key, version));
    return {};
}

Result<void> RecordMerger::replayHistory(const QJsonArray& row) {
    if (row.size() != 11)
        return fail(CoreText::tr("a history line of the package is damaged"));
    const auto office = m_offices.find(row[3].toString());
    ReplayedHistory line;
    line.uid = row[0].toString();
    line.at = static_cast<std::int64_t>(row[1].toDouble());
    line.operatorName = row[2].toString();
    line.officeId = office == m_offices.end() ? m_origin.office.id : office->second;
    line.unitCode = row[4].toString();
    if (!row[5].isNull())
        line.year = row[5].toInt();
    line.entity = row[6].toString();
    line.field = row[7].toString();
    line.oldValue = row[8].isNull() ? QString() : row[8].toString();
    line.newValue = row[9].isNull() ? QString() : row[9].toString();
    line.note = row[10].toString();
    Result<bool> added = History::replay(m_db, line);
    if (!added)
        return added.error();
    if (*added)
        ++m_report.historyAdded;
    return {};
}

Result<void> RecordMerger::finish() {
    for (const auto& [year, enrollments] : m_touched)
        LP_TRY(FollowUps(m_db).syncMany(year, enrollments));
    return {};
}

} // namespace lianping
