#include "Coverage.h"

#include "core/campaign/CampaignRepository.h"
#include "core/common/CoreText.h"
#include "core/common/Ids.h"
#include "core/history/History.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QHash>

#include <algorithm>

namespace lianping {

Result<std::vector<CoverageRow>> Coverage::compute(int year) const {
    Result<Campaign> campaign = CampaignRepository(m_db).require(year);
    if (!campaign)
        return campaign.error();
    Statement& query = m_db.cached(
        "SELECT c.name, t.code, t.name, count(*), count(e.id), "
        "count(CASE WHEN e.state = 'named' THEN 1 END), "
        "coalesce((SELECT target FROM coverage_targets ct WHERE ct.campaign_id = ?1 AND "
        "ct.type_id = t.id), (SELECT coverage_target FROM campaigns WHERE id = ?1)) "
        "FROM units u JOIN counties c ON c.id = u.county_id JOIN unit_types t ON t.id = u.type_id "
        "LEFT JOIN enrollments e ON e.unit_id = u.id AND e.campaign_id = ?1 "
        "WHERE u.active = 1 GROUP BY c.id, t.id ORDER BY c.name, t.position, t.id");
    query.bind(1, campaign->id);
    std::vector<CoverageRow> rows;
    while (query.step())
        rows.push_back({query.text(0), query.text(1), query.text(2), query.integer(3),
                        query.integer(4), query.integer(5), query.optReal(6)});
    return rows;
}

std::vector<CoverageRow> Coverage::totals(const std::vector<CoverageRow>& rows) {
    std::vector<CoverageRow> totals;
    QHash<QString, std::size_t> at;
    for (const CoverageRow& row : rows) {
        auto found = at.constFind(row.typeCode);
        if (found == at.constEnd()) {
            found = at.insert(row.typeCode, totals.size());
            totals.push_back(
                {QStringLiteral("全市"), row.typeCode, row.typeName, 0, 0, 0, row.target});
        }
        CoverageRow& total = totals[*found];
        total.registered += row.registered;
        total.enrolled += row.enrolled;
        total.named += row.named;
    }
    std::sort(totals.begin(), totals.end(), [&](const CoverageRow& a, const CoverageRow& b) {
        return at.value(a.typeCode) < at.value(b.typeCode);
    });
    return totals;
}

Result<void> Coverage::setTarget(int year, double target, const QString& typeCode) {
    if (!(target >= 0.0 && target <= 1.0))
        return fail(CoreText::tr("a coverage target is between 0 % and 100 %, not %1 %")
                        .arg(target * 100.0));
    Result<Campaign> campaign = CampaignRepository(m_db).require(year);
    if (!campaign)
        return campaign.error();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    QString old;
    if (typeCode.isEmpty()) {
        Statement& current = m_db.cached("SELECT coverage_target FROM campaigns WHERE id = ?");
        current.bind(1, campaign->id).step();
        if (const std::optional<double> value = current.optReal(0))
            old = QString::number(*value);
        current.reset();
        Statement& update =
            m_db.cached("UPDATE campaigns SET coverage_target = ?, updated_at = ? WHERE id = ?");
        if (!update.bind(1, target).bind(2, nowMs()).bind(3, campaign->id).exec())
            return fail(m_db.lastError());
    } else {
        Statement& type = m_db.cached("SELECT id FROM unit_types WHERE code = ?");
        if (!type.bind(1, typeCode).step())
            return fail(CoreText::tr("no unit type %1").arg(typeCode));
        const std::int64_t typeId = type.int64(0);
        type.reset();
        Statement& current = m_db.cached(
            "SELECT target FROM coverage_targets WHERE campaign_id = ? AND type_id = ?");
        if (current.bind(1, campaign->id).bind(2, typeId).step())
            old = QString::number(current.real(0));
        current.reset();
        Statement& upsert = m_db.cached(
            "INSERT INTO coverage_targets(campaign_id, type_id, target) VALUES (?,?,?) "
            "ON CONFLICT (campaign_id, type_id) DO UPDATE SET target = excluded.target");
        if (!upsert.bind(1, campaign->id).bind(2, typeId).bind(3, target).exec())
            return fail(m_db.lastError());
    }
    LP_TRY(History::record(m_db,
                           {std::nullopt,
                            year,
                            QStringLiteral("campaign"),
                            typeCode.isEmpty() ? QStringLiteral("coverage_target")
                                               : QStringLiteral("coverage_target %1").arg(typeCode),
                            old.isEmpty() ? QString() : old,
                            QString::number(target),
                            {}}));
    return transaction.commit();
}

} // namespace lianping
