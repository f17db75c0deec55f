// The scoring rules of DOMAIN.md on hand-computed cases.
#include "core/scoring/Scoring.h"

#include <catch2/catch.hpp>

using namespace lianping;

namespace {
HalfPoints pts(double points) {
    return *toHalfPoints(points);
}
} // namespace

TEST_CASE("S_mass weighs basically satisfied ballots at 0.6") {
    const CampaignSettings defaults;
    // 100 × (40 + 0.6 × 8) / 50 = 89.6
    CHECK(*Scoring::massScore(Survey{40, 8, 2}, defaults) == Approx(89.6));
    CHECK(*Scoring::massScore(Survey{10, 0, 0}, defaults) == Approx(100.0));
    CHECK(*Scoring::massScore(Survey{0, 0, 7}, defaults) == Approx(0.0));
    CHECK(*Scoring::massScore(Survey{0, 5, 0}, defaults) == Approx(60.0));
    CHECK_FALSE(Scoring::massScore(Survey{0, 0, 0}, defaults));
    CampaignSettings custom;
    custom.basicWeight = 0.5;
    CHECK(*Scoring::massScore(Survey{1, 2, 1}, custom) == Approx(50.0)); // 100 × (1 + 1) / 4
}

TEST_CASE("T = 0.7·S_org + 0.3·S_mass, or S_org without ballots") {
    const CampaignSettings defaults;
    const Outcome withSurvey = Scoring::evaluate(pts(94.5), Survey{40, 8, 2}, false, defaults);
    CHECK(withSurvey.sOrg == Approx(94.5));
    CHECK(*withSurvey.sMass == Approx(89.6));
    CHECK(withSurvey.total == Approx(93.03)); // 66.15 + 26.88
    CHECK(withSurvey.grade == Grade::Excellent);

    const Outcome noSurvey = Scoring::evaluate(pts(80), std::nullopt, false, defaults);
    CHECK_FALSE(noSurvey.sMass);
    CHECK(noSurvey.total == Approx(80.0));
    CHECK(noSurvey.grade == Grade::Qualified);

    CampaignSettings half;
    half.orgWeight = 0.5;
    const Outcome weighted = Scoring::evaluate(pts(80), Survey{1, 0, 1}, false, half);
    CHECK(weighted.total == Approx(65.0)); // 40 + 25
    CHECK(weighted.grade == Grade::Unqualified);
}

TEST_CASE("grades at their thresholds, including totals that land a hair below in binary") {
    const CampaignSettings defaults;
    CHECK(Scoring::gradeFor(90.0, false, defaults) == Grade::Excellent);
    CHECK(Scoring::gradeFor(89.95, false, defaults) == Grade::Qualified);
    CHECK(Scoring::gradeFor(75.0, false, defaults) == Grade::Qualified);
    CHECK(Scoring::gradeFor(74.5, false, defaults) == Grade::Unqualified);
    // 0.7·90 + 0.3·90 is 89.99999999999999 or 90.00000000000001 depending on order: still
    // excellent.
    CHECK(Scoring::evaluate(pts(90), Survey{9, 0, 1}, false, defaults).grade == Grade::Excellent);
    CampaignSettings strict;
    strict.excellent = 95;
    strict.qualified = 80;
    CHECK(Scoring::gradeFor(94.9, false, strict) == Grade::Qualified);
    CHECK(Scoring::gradeFor(79.9, false, strict) == Grade::Unqualified);
}

TEST_CASE("any veto makes the unit unqualified whatever its score") {
    const Outcome outcome = Scoring::evaluate(pts(100), Survey{50, 0, 0}, true, CampaignSettings{});
    CHECK(outcome.total == Approx(100.0));
    CHECK(outcome.veto);
    CHECK(outcome.grade == Grade::Unqualified);
}

TEST_CASE("the excellence quota keeps the best ⌊p % × units⌋ of a county excellent") {
    const CampaignSettings defaults;
    std::vector<Outcome> outcomes;
    for (double points : {99.0, 95.0, 92.0, 91.0, 80.0, 70.0, 60.0, 96.0, 50.0, 40.0})
        outcomes.push_back(Scoring::evaluate(pts(points), std::nullopt, false, defaults));
    std::vector<Outcome*> county;
    for (Outcome& outcome : outcomes)
        county.push_back(&outcome);
    Scoring::applyQuota(county, 10, 30.0);        // at most 3 of 10
    CHECK(outcomes[0].grade == Grade::Excellent); // 99
    CHECK(outcomes[7].grade == Grade::Excellent); // 96
    CHECK(outcomes[1].grade == Grade::Excellent); // 95
    CHECK(outcomes[2].grade == Grade::Qualified); // 92 demoted
    CHECK(outcomes[3].grade == Grade::Qualified); // 91 demoted
    CHECK(outcomes[4].grade == Grade::Qualified); // untouched
    CHECK(outcomes[5].grade == Grade::Unqualified);

    std::vector<Outcome> few{Scoring::evaluate(pts(95), std::nullopt, false, defaults)};
    std::vector<Outcome*> small{&few[0]};
    Scoring::applyQuota(small, 3, 30.0); // ⌊0.9⌋ = 0 excellent allowed
    CHECK(few[0].grade == Grade::Qualified);
}
