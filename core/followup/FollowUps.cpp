#include "FollowUps.h"

#include "core/common/CoreText.h"

#include <map>

#include <QCoreApplication>

#include "core/campaign/Enrollments.h"
#include "core/common/Ids.h"
#include "core/history/History.h"
#include "core/scoring/ResultService.h"
#include "core/storage/Database.h"

namespace lianping {

Result<std::optional<bool>> FollowUps::unqualified(std::int64_t unitId, int year) const {
    Statement& query =
        m_db.cached("SELECT e.id FROM enrollments e JOIN campaigns c ON c.id = e.campaign_id "
                    "WHERE e.unit_id = ? AND c.year = ?");
    if (!query.bind(1, unitId).bind(2, year).step())
        return std::optional<bool>();
    const std::int64_t enrollmentId = query.int64(0);
    query.reset();
    Result<UnitResult> result = ResultService(m_db).forEnrollment(enrollmentId);
    if (!result)
        return result.error();
    return finalUnqualified(*result);
}

std::optional<bool> FollowUps::finalUnqualified(const UnitResult& result) {
    // A result is final once the county has accepted (or a veto has been recorded).
    const State state = result.state;
    const bool final = state == State::CountyAccepted || state == State::CityRechecked ||
                       state == State::Named || state == State::Revoked || result.outcome.veto;
    if (!final || !result.finalStep)
        return std::nullopt;
    return result.outcome.grade == Grade::Unqualified;
}

Result<void> FollowUps::syncMany(int year, const std::set<std::int64_t>& enrollmentIds) {
    if (enrollmentIds.empty())
        return {};
    // Two whole-campaign passes instead of one result per unit.
    ResultQuery query;
    query.year = year;
    Result<std::vector<UnitResult>> results = ResultService(m_db).compute(query);
    if (!results)
        return results.error();
    std::map<std::int64_t, bool> lastYear; // unit → unqualified, final results only
    query.year = year - 1;
    Statement& exists = m_db.cached("SELECT id FROM campaigns WHERE year = ?");
    const bool hasLastYear = exists.bind(1, year - 1).step();
    std::int64_t campaignId = 0;
    exists.reset();
    if (exists.bind(1, year).step())
        campaignId = exists.int64(0);
    exists.reset();
    if (hasLastYear) {
        Result<std::vector<UnitResult>> previous = ResultService(m_db).compute(query);
        if (!previous)
            return previous.error();
        for (const UnitResult& result : *previous)
            if (const std::optional<bool> unqualified = finalUnqualified(result))
                lastYear[result.unitId] = *unqualified;
    }
    for (const UnitResult& result : *results) {
        if (!enrollmentIds.count(result.enrollmentId))
            continue;
        const std::optional<bool> now = finalUnqualified(result);
        if (!now)
            continue;
        if (!*now) {
            LP_TRY(withdraw(result.unitId, campaignId, year));
            continue;
        }
        LP_TRY(ensure(result.unitId, campaignId, year, QStringLiteral("admonition"),
                      QStringLiteral("%1年度考评不合格,对主要负责人进行诫勉谈话").arg(year)));
        const auto before = lastYear.find(result.unitId);
        if (before != lastYear.end() && before->second)
            LP_TRY(ensure(result.unitId, campaignId, year, QStringLiteral("organisational"),
                          QStringLiteral("%1、%2年度连续两年考评不合格,予以组织处理")
                              .arg(year - 1)
                              .arg(year)));
    }
    return {};
}

Result<void> FollowUps::sync(std::int64_t enrollmentId) {
    Result<Enrollment> enrollment = Enrollments::findById(m_db, enrollmentId);
    if (!enrollment)
        return enrollment.error();
    Result<std::optional<bool>> now = unqualified(enrollment->unitId, enrollment->year);
    if (!now)
        return now.error();
    if (!now->has_value())
        return {};
    if (!**now)
        return withdraw(enrollment->unitId, enrollment->campaignId, enrollment->year);
    LP_TRY(ensure(
        enrollment->unitId, enrollment->campaignId, enrollment->year, QStringLiteral("admonition"),
        QStringLiteral("%1年度考评不合格,对主要负责人进行诫勉谈话").arg(enrollment->year)));
    Result<std::optional<bool>> before = unqualified(enrollment->unitId, enrollment->year - 1);
    if (!before)
        return before.error();
    if (before->value_or(false))
        LP_TRY(ensure(enrollment->unitId, enrollment->campaignId, enrollment->year,
                      QStringLiteral("organisational"),
                      QStringLiteral("%1、%2年度连续两年考评不合格,予以组织处理")
                          .arg(enrollment->year - 1)
                          .arg(enrollment->year)));
    return {};
}

Result<void> FollowUps::ensure(std::int64_t unitId, std::int64_t campaignId, int year,
                               const QString& kind, const QString& note) {
    Statement& existing = m_db.cached(
        "SELECT id, status FROM followups WHERE unit_id = ? AND campaign_id = ? AND kind = ?");
    if (existing.bind(1, unitId).bind(2, campaignId).bind(3, kind).step()) {
        if (existing.text(1) != QStringLiteral("cancelled"))
            return {};
        const std::int64_t id = existing.int64(0);
        existing.reset();
        return setStatus(id, QStringLiteral("open"), note);
    }
    LP_TRY(insertOpen(unitId, campaignId, kind, note, nowMs()));
    return History::record(
        m_db, {unitId, year, QStringLiteral("followup"), kind, {}, QStringLiteral("open"), note});
}

Result<void> FollowUps::insertOpen(std::int64_t unitId, std::int64_t campaignId,
                                   const QString& kind, const QString& note,
                                   std::int64_t updatedAt) {
    Statement& insert = m_db.cached(
        "INSERT INTO followups(uid, unit_id, campaign_id, kind, status, note, owner, updated_at) "
        "VALUES (?,?,?,?,'open',?,?,?)");
    insert.bind(1, newUid())
        .bind(2, unitId)
        .bind(3, campaignId)
        .bind(4, kind)
        .bind(5, note)
        .bind(6, m_db.officeId())
        .bind(7, updatedAt);
    if (!insert.exec())
        return fail(m_db.lastError());
    return {};
}

Result<void> FollowUps::withdraw(std::int64_t unitId, std::int64_t campaignId, int year) {
    Statement& open = m_db.cached(
        "SELECT id FROM followups WHERE unit_id = ? AND campaign_id = ? AND status = 'open' "
        "AND note NOT LIKE '【%年度结转】%'");
    open.bind(1, unitId).bind(2, campaignId);
    std::vector<std::int64_t> ids;
    while (open.step())
        ids.push_back(open.int64(0));
    for (std::int64_t id : ids)
        LP_TRY(setStatus(id, QStringLiteral("cancelled"),
                         QStringLiteral("%1年度结果已不再为不合格").arg(year)));
    return {};
}

Result<int> FollowUps::carryOver(int from, int to, const QString& mark) {
    Statement query = m_db.prepare(
        "SELECT f.unit_id, f.kind, f.note, c2.id FROM followups f JOIN campaigns c ON c.id = "
        "f.campaign_id JOIN campaigns c2 ON c2.year = ? WHERE c.year = ? AND f.status = 'open' "
        "AND NOT EXISTS (SELECT 1 FROM followups g WHERE g.unit_id = f.unit_id AND "
        "g.campaign_id = c2.id AND g.kind = f.kind) ORDER BY f.id");
    query.bind(1, to).bind(2, from);
    int carried = 0;
    while (query.step()) {
        Statement& insert = m_db.cached(
            "INSERT INTO followups(uid, unit_id, campaign_id, kind, status, note, owner, "
            "updated_at) VALUES (?,?,?,?,'open',?,?,?)");
        const QString note = mark + query.text(2);
        insert.bind(1, newUid())
            .bind(2, query.int64(0))
            .bind(3, query.int64(3))
            .bind(4, query.text(1))
            .bind(5, note)
            .bind(6, m_db.officeId())
            .bind(7, nowMs());
        if (!insert.exec())
            return fail(m_db.lastError());
        LP_TRY(History::record(m_db, {query.int64(0),
                                      to,
                                      QStringLiteral("followup"),
                                      query.text(1),
                                      {},
                                      QStringLiteral("open"),
                                      note}));
        ++carried;
    }
    return carried;
}

std::vector<FollowUp> FollowUps::list(std::optional<int> year) const {
    Statement& query = m_db.cached(
        "SELECT f.id, c.year, u.code, u.name, co.name, f.kind, f.status, f.note, f.updated_at "
        "FROM followups f JOIN campaigns c ON c.id = f.campaign_id JOIN units u ON u.id = "
        "f.unit_id "
        "JOIN counties co ON co.id = u.county_id WHERE (?1 IS NULL OR c.year = ?1) "
        "ORDER BY c.year, u.code, f.kind");
    query.bind(1, year);
    std::vector<FollowUp> items;
    while (query.step()) {
        items.push_back(FollowUp{query.int64(0), query.integer(1), query.text(2), query.text(3),
                                 query.text(4), query.text(5), query.text(6), query.text(7),
                                 query.int64(8)});
    }
    return items;
}

Result<void> FollowUps::setStatus(std::int64_t id, const QString& status, const QString& note) {
    if (status != QStringLiteral("open") && status != QStringLiteral("done") &&
        status != QStringLiteral("cancelled"))
        return fail(CoreText::tr("follow-up status must be open, done or cancelled"));
    Statement& current = m_db.cached("SELECT f.unit_id, c.year, f.kind, f.status FROM followups f "
                                     "JOIN campaigns c ON c.id = f.campaign_id WHERE f.id = ?");
    if (!current.bind(1, id).step())
        return fail(CoreText::tr("no follow-up %1").arg(id));
    const std::int64_t unitId = current.int64(0);
    const int year = current.integer(1);
    const QString kind = current.text(2);
    const QString old = current.text(3);
    current.reset();
    Statement& update = m_db.cached(
        "UPDATE followups SET status = ?, note = coalesce(?, note), updated_at = ? WHERE id = ?");
    if (!update.bind(1, status)
             .bind(2, note.isEmpty() ? QString() : note)
             .bind(3, nowMs())
             .bind(4, id)
             .exec())
        return fail(m_db.lastError());
    return History::record(m_db,
                           {unitId, year, QStringLiteral("followup"), kind, old, status, note});
}

} // namespace lianping
