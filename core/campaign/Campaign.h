#pragma once
// An annual campaign: the scoring numbers in force (every default of DOMAIN.md is a setting
// here) and, per unit type, the rubric version it was created with.

#include <QString>

#include <cstdint>
#include <optional>

namespace lianping {

struct CampaignSettings {
    double orgWeight = 0.7;               // T = w·S_org + (1 − w)·S_mass
    double basicWeight = 0.6;             // weight of a "basically satisfied" ballot in S_mass
    double excellent = 90.0;              // T ≥ this ⇒ excellent
    double qualified = 75.0;              // T ≥ this ⇒ qualified
    std::optional<double> excellentQuota; // at most this % of a county's units excellent
};

struct Campaign {
    std::int64_t id = 0;
    QString uid;
    int year = 0;
    CampaignSettings settings;
};

} // namespace lianping
