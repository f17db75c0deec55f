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

// What the naming notice (命名通知, GB/T 9704) takes from the campaign. Local to this database.
struct NoticeSettings {
    QString issuer;     // 发文机关: 中共广元市纪委 广元市监委
    QString docPrefix;  // 发文机关代字: 广委, as in 广委〔2026〕12号
    QString addressees; // 主送机关: 各县（区）纪委监委，市直各部门
};

struct Campaign {
    std::int64_t id = 0;
    QString uid;
    int year = 0;
    CampaignSettings settings;
    NoticeSettings notice;
};

// The rubric a campaign froze for a unit type, and how many of its units are enrolled.
struct CampaignRubric {
    QString typeCode;
    int rubricYear = 0;
    int version = 0;
    int enrolled = 0;
};

} // namespace lianping
