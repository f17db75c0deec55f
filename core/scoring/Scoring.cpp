#include "Scoring.h"

#include "core/common/Labels.h"

#include <algorithm>
#include <cmath>

namespace lianping {

namespace {
// Totals such as 0.7·90 + 0.3·90 land a hair below 90 in binary; compare with tolerance.
constexpr double tolerance = 1e-9;
} // namespace

std::optional<double> Scoring::massScore(const Survey& survey, const CampaignSettings& settings) {
    if (survey.ballots() <= 0)
        return std::nullopt;
    return 100.0 * (survey.satisfied + settings.basicWeight * survey.basic) / survey.ballots();
}

Grade Scoring::gradeFor(double total, bool veto, const CampaignSettings& settings) {
    if (veto)
        return Grade::Unqualified;
    if (total + tolerance >= settings.excellent)
        return Grade::Excellent;
    if (total + tolerance >= settings.qualified)
        return Grade::Qualified;
    return Grade::Unqualified;
}

Outcome Scoring::evaluate(HalfPoints points, const std::optional<Survey>& survey, bool veto,
                          const CampaignSettings& settings) {
    Outcome outcome;
    outcome.sOrg = toPoints(points);
    if (survey)
        outcome.sMass = massScore(*survey, settings);
    // 1 − 0.7 is 0.30000000000000004 in binary; use the decimal the user meant (0.3).
    const double massWeight = std::round((1.0 - settings.orgWeight) * 1e12) / 1e12;
    outcome.total = outcome.sMass ? settings.orgWeight * outcome.sOrg + massWeight * *outcome.sMass
                                  : outcome.sOrg;
    outcome.veto = veto;
    outcome.grade = gradeFor(outcome.total, veto, settings);
    return outcome;
}

void Scoring::applyQuota(std::vector<Outcome*>& countyOutcomes, int countyUnits,
                         double quotaPercent) {
    const auto allowed =
        static_cast<std::size_t>(std::floor(quotaPercent * countyUnits / 100.0 + tolerance));
    std::vector<Outcome*> excellent;
    for (Outcome* outcome : countyOutcomes)
        if (outcome->grade == Grade::Excellent)
            excellent.push_back(outcome);
    std::stable_sort(excellent.begin(), excellent.end(), [](const Outcome* a, const Outcome* b) {
        return a->total > b->total + tolerance;
    });
    for (std::size_t i = allowed; i < excellent.size(); ++i)
        excellent[i]->grade = Grade::Qualified;
}

} // namespace lianping
