#include "NamingList.h"

#include "core/campaign/CampaignRepository.h"
#include "core/office/Office.h"
#include "core/scoring/ResultService.h"
#include "core/storage/Database.h"

#include <unordered_map>

namespace lianping {

int NamingDecision::units() const {
    int count = 0;
    for (const NamingGroup& group : groups)
        count += static_cast<int>(group.units.size());
    return count;
}

int NamingList::units() const {
    int count = 0;
    for (const NamingDecision& decision : decisions)
        count += decision.units();
    return count;
}

Result<NamingList> NamingList::load(Database& db, int year, bool withResults, bool withRevoked) {
    Result<Campaign> campaign = CampaignRepository(db).require(year);
    if (!campaign)
        return campaign.error();
    NamingList list;
    list.year = year;
    const Office office = Offices::current(db);
    if (office.role == Role::City)
        list.issuer = office.name;

    // Grades and totals as `result` computes them.
    std::vector<UnitResult> results;
    if (withResults) {
        ResultQuery query;
        query.year = year;
        Result<std::vector<UnitResult>> computed = ResultService(db).compute(query);
        if (!computed)
            return computed.error();
        results = std::move(*computed);
    }
    std::unordered_map<std::int64_t, const UnitResult*> byEnrollment;
    for (const UnitResult& result : results)
        if (result.state == State::Named)
            byEnrollment.emplace(result.enrollmentId, &result);

    Statement& named = db.cached(
        "SELECT n.decision, n.decided_on, t.name, c.name, u.code, u.name, e.id, e.state "
        "FROM enrollments e JOIN namings n ON n.id = e.naming_id JOIN units u ON u.id = e.unit_id "
        "JOIN unit_types t ON t.id = u.type_id JOIN counties c ON c.id = u.county_id "
        "WHERE e.campaign_id = ?1 AND (e.state = 'named' OR (?2 AND e.state = 'revoked')) "
        "ORDER BY n.decided_on, n.decision, t.position, t.code, c.name, u.code");
    named.bind(1, campaign->id).bind(2, withRevoked ? 1 : 0);
    while (named.step()) {
        const QString decision = named.text(0);
        if (list.decisions.empty() || list.decisions.back().decision != decision)
            list.decisions.push_back(NamingDecision{decision, named.text(1), {}});
        std::vector<NamingGroup>& groups = list.decisions.back().groups;
        const QString typeName = named.text(2);
        const QString county = named.text(3);
        if (groups.empty() || groups.back().typeName != typeName || groups.back().county != county)
            groups.push_back(NamingGroup{typeName, county, {}});
        NamedUnit unit;
        unit.code = named.text(4);
        unit.name = named.text(5);
        unit.county = county;
        unit.revoked = named.text(7) == QLatin1String("revoked");
        const auto found = byEnrollment.find(named.int64(6));
        if (found != byEnrollment.end()) {
            unit.grade = found->second->outcome.grade;
            unit.total = found->second->outcome.total;
        }
        groups.back().units.push_back(std::move(unit));
    }
    named.reset();
    return list;
}

} // namespace lianping
