#pragma once
// The scoring rules of DOMAIN.md as pure functions of a campaign's settings:
// S_mass = 100·(satisfied + b·basic)/ballots, T = w·S_org + (1 − w)·S_mass (T = S_org with no
// ballots), grade by thresholds, any veto ⇒ unqualified, and the county excellence quota.

#include "core/common/Points.h"
#include "core/model/Campaign.h"
#include "core/model/Grade.h"

#include <optional>
#include <vector>

namespace lianping {

struct Survey {
    int satisfied = 0;
    int basic = 0;
    int unsatisfied = 0;
    int ballots() const { return satisfied + basic + unsatisfied; }
};

struct Outcome {
    double sOrg = 0;
    std::optional<double> sMass;
    double total = 0;
    Grade grade = Grade::Unqualified;
    bool veto = false;
};

class Scoring {
public:
    static std::optional<double> massScore(const Survey& survey, const CampaignSettings& settings);
    static Outcome evaluate(HalfPoints points, const std::optional<Survey>& survey, bool veto,
                            const CampaignSettings& settings);
    static Grade gradeFor(double total, bool veto, const CampaignSettings& settings);

    // Ranks the excellent outcomes of one county by total and demotes those beyond the
    // quota (⌊quota % × units⌋) to qualified. Ties at the boundary go by the given order.
    static void applyQuota(std::vector<Outcome*>& countyOutcomes, int countyUnits,
                           double quotaPercent);
};

} // namespace lianping
