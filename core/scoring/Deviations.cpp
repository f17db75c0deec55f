#include "Deviations.h"

#include "core/campaign/CampaignRepository.h"
#include "core/scoring/ResultService.h"
#include "core/storage/Database.h"

#include <cmath>
#include <map>
#include <unordered_map>

namespace lianping {

Result<DeviationReport> Deviations::compute(Database& db, int year, double threshold,
                                            const std::vector<UnitResult>* results) {
    Result<Campaign> campaign = CampaignRepository(db).require(year);
    if (!campaign)
        return campaign.error();
    DeviationReport report;
    report.threshold = threshold;

    // The county's own outcome of every rechecked unit (few: the city samples).
    std::unordered_map<std::int64_t, std::optional<double>> countyTotals;
    Statement& rows =
        db.cached("SELECT e.id, c1.id, c1.points, c1.satisfied, c1.basic, c1.unsatisfied, "
                  "(SELECT count(*) FROM vetoes v WHERE v.sheet_id = c1.id) "
                  "FROM sheets c2 JOIN enrollments e ON e.id = c2.enrollment_id "
                  "LEFT JOIN sheets c1 ON c1.enrollment_id = e.id AND c1.step = 1 "
                  "WHERE c2.step = 2 AND e.campaign_id = ?");
    rows.bind(1, campaign->id);
    while (rows.step()) {
        std::optional<double> total;
        if (!rows.isNull(1)) {
            std::optional<Survey> survey;
            if (!rows.isNull(3))
                survey = Survey{rows.integer(3), rows.integer(4), rows.integer(5)};
            if (survey && survey->ballots() == 0)
                survey.reset();
            total =
                Scoring::evaluate(rows.integer(2), survey, rows.integer(6) > 0, campaign->settings)
                    .total;
        }
        countyTotals.emplace(rows.int64(0), total);
    }
    rows.reset();
    if (countyTotals.empty())
        return report;

    std::vector<UnitResult> computed;
    if (!results) {
        ResultQuery query;
        query.year = year;
        Result<std::vector<UnitResult>> all = ResultService(db).compute(query);
        if (!all)
            return all.error();
        computed = std::move(*all);
        results = &computed;
    }
    std::map<QString, CountyDeviation> counties;
    for (const UnitResult& result : *results) {
        const auto found = countyTotals.find(result.enrollmentId);
        if (found == countyTotals.end())
            continue;
        UnitDeviation row;
        row.unitCode = result.unitCode;
        row.name = result.name;
        row.typeCode = result.typeCode;
        row.county = result.county;
        row.countyTotal = found->second;
        row.cityTotal = result.outcome.total;
        row.delta = row.countyTotal ? row.cityTotal - *row.countyTotal : 0;
        row.flagged = row.countyTotal && std::abs(row.delta) > threshold + 1e-9;
        CountyDeviation& county = counties[row.county];
        county.county = row.county;
        ++county.rechecked;
        county.flagged += row.flagged ? 1 : 0;
        county.meanDelta += row.delta;
        county.meanAbsDelta += std::abs(row.delta);
        county.maxAbsDelta = std::max(county.maxAbsDelta, std::abs(row.delta));
        report.units.push_back(std::move(row));
    }
    for (auto& [name, county] : counties) {
        if (county.rechecked > 0) {
            county.meanDelta /= county.rechecked;
            county.meanAbsDelta /= county.rechecked;
        }
        report.counties.push_back(county);
    }
    return report;
}

} // namespace lianping
