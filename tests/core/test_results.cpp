#include "TestDatabase.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Enrollments.h"
#include "core/scoring/ResultService.h"
#include "core/scoring/ScoreRepository.h"

using namespace lianping;
using namespace lianping::test;

namespace {
UnitResult resultOf(TestDatabase& t, const char* code, int year = 2026) {
    ResultQuery query;
    query.year = year;
    query.unitCode = QString::fromUtf8(code);
    const std::vector<UnitResult> rows = require(ResultService(t.db()).compute(query));
    REQUIRE(rows.size() == 1);
    return rows.front();
}
} // namespace

TEST_CASE("the final result is the county review until the city rechecks, indicator by indicator") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    CHECK_FALSE(resultOf(t, "A1").finalStep); // nothing entered yet
    t.scoreAll(2026, QStringLiteral("A1"), Step::Self, 10);
    CHECK_FALSE(resultOf(t, "A1").finalStep); // the self-check is for comparison only
    t.scoreAll(2026, QStringLiteral("A1"), Step::County, 10);
    ScoreRepository scores(t.db());
    require(scores.setSurvey(2026, QStringLiteral("A1"), Step::County, Survey{40, 8, 2}));
    UnitResult county = resultOf(t, "A1");
    CHECK(county.finalStep == Step::County);
    CHECK(county.outcome.sOrg == Approx(100.0));
    CHECK(*county.outcome.sMass == Approx(89.6)); // 100 × (40 + 4.8) / 50
    CHECK(county.outcome.total == Approx(96.88)); // 70 + 26.88
    CHECK(county.outcome.grade == Grade::Excellent);
    // The city changes one score: the rest stay the county's.
    require(scores.setScore(2026, QStringLiteral("A1"), QStringLiteral("D1.1"), 0, Step::City));
    UnitResult city = resultOf(t, "A1");
    CHECK(city.finalStep == Step::City);
    CHECK(city.outcome.sOrg == Approx(90.0));   // 100 − 10 + 0
    CHECK(*city.outcome.sMass == Approx(89.6)); // the county's survey stands
    CHECK(city.outcome.total == Approx(89.88)); // 63 + 26.88
    CHECK(city.outcome.grade == Grade::Qualified);
    // Clearing the city's only score leaves an empty recheck: the county's points stand.
    require(scores.clearScore(require(Enrollments::find(t.db(), 2026, QStringLiteral("A1"))),
                              QStringLiteral("D1.1"), Step::City));
    CHECK(resultOf(t, "A1").outcome.sOrg == Approx(100.0));
}

TEST_CASE("sheet totals kept by triggers always equal the scores") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    t.scoreAll(2026, QStringLiteral("A1"), Step::County, 7.5);
    ScoreRepository scores(t.db());
    require(scores.setScore(2026, QStringLiteral("A1"), QStringLiteral("D1.1"), 3, Step::County));
    require(scores.clearScore(require(Enrollments::find(t.db(), 2026, QStringLiteral("A1"))),
                              QStringLiteral("D1.2"), Step::County));
    Statement check =
        t.db().prepare("SELECT sh.points, sh.scored, (SELECT sum(half_points) FROM scores WHERE "
                       "sheet_id = sh.id), "
                       "(SELECT count(*) FROM scores WHERE sheet_id = sh.id) FROM sheets sh");
    REQUIRE(check.step());
    CHECK(check.integer(0) == check.integer(2));
    CHECK(check.integer(1) == check.integer(3));
    CHECK(check.integer(1) == 9);
    CHECK(resultOf(t, "A1").outcome.sOrg == Approx(7.5 * 8 + 1.5));
}

TEST_CASE("the excellence quota applies per county over its enrolled units") {
    TestDatabase t;
    CampaignSettings settings;
    settings.excellentQuota = 50;
    require(CampaignRepository(t.db()).create(2026, settings));
    const double points[] = {10, 9.5, 9, 7};
    for (int i = 0; i < 4; ++i) {
        const QString code = QStringLiteral("A%1").arg(i);
        t.addUnit(code, QStringLiteral("单位%1").arg(i));
        t.enroll(2026, code);
        t.scoreAll(2026, code, Step::County, points[i]);
    }
    t.addUnit(QStringLiteral("B1"), QStringLiteral("外县单位"), QStringLiteral("agency"),
              QStringLiteral("旺苍县"));
    t.enroll(2026, QStringLiteral("B1"));
    t.scoreAll(2026, QStringLiteral("B1"), Step::County, 9.5);
    ResultQuery all;
    all.year = 2026;
    std::map<QString, Grade> grades;
    for (const UnitResult& row : require(ResultService(t.db()).compute(all)))
        grades[row.unitCode] = row.outcome.grade;
    CHECK(grades[QStringLiteral("A0")] == Grade::Excellent);
    CHECK(grades[QStringLiteral("A1")] == Grade::Excellent);
    CHECK(grades[QStringLiteral("A2")] == Grade::Qualified); // 90, but beyond ⌊50 % × 4⌋ = 2
    CHECK(grades[QStringLiteral("A3")] == Grade::Unqualified);
    CHECK(grades[QStringLiteral("B1")] == Grade::Qualified); // ⌊50 % × 1⌋ = 0
    // A single-unit query gives the same grade as the whole county.
    CHECK(resultOf(t, "A2").outcome.grade == Grade::Qualified);
    CHECK(resultOf(t, "A1").outcome.grade == Grade::Excellent);
}
