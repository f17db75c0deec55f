// A year's campaign set up as offices do it (issue 13): settings changed until the first
// score, a new year started from the last with its units, rubric versions in force, open
// rectification items and follow-ups carried over, and last year's grades read beside.
#include "TestDatabase.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Enrollments.h"
#include "core/campaign/ReviewSteps.h"
#include "core/followup/FollowUps.h"
#include "core/followup/Rectifications.h"
#include "core/registry/UnitRepository.h"
#include "core/rubric/RubricRepository.h"
#include "core/scoring/ScoreRepository.h"
#include "core/services/CampaignSetup.h"

using namespace lianping;
using namespace lianping::test;

TEST_CASE("campaign settings change until the first score and are fixed after it") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A001"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A001"));
    CampaignSetup setup(t.db());
    CampaignSettings settings;
    settings.orgWeight = 0.8;
    settings.qualified = 70;
    settings.excellentQuota = 30;
    require(setup.updateSettings(2026, settings));
    const Campaign campaign = *CampaignRepository(t.db()).find(2026);
    CHECK(campaign.settings.orgWeight == 0.8);
    CHECK(campaign.settings.qualified == 70);
    CHECK(campaign.settings.excellentQuota == 30.0);
    Statement history = t.db().prepare(
        "SELECT field, old_value, new_value FROM history WHERE entity = 'campaign' AND field = "
        "'qualified'");
    REQUIRE(history.step());
    CHECK(history.text(1) == QStringLiteral("75"));
    CHECK(history.text(2) == QStringLiteral("70"));
    history.reset();
    settings.excellent = 120;
    CHECK_THAT(failure(setup.updateSettings(2026, settings)), Catch::Contains("thresholds"));

    require(ScoreRepository(t.db()).setScore(2026, QStringLiteral("A001"), QStringLiteral("D1.1"),
                                             10, Step::County));
    CHECK(setup.scoredSheets(2026) == 1);
    settings.excellent = 92;
    const QByteArray before = t.snapshot();
    CHECK_THAT(failure(setup.updateSettings(2026, settings)),
               Catch::Contains("fixed once scoring has begun"));
    CHECK(t.snapshot() == before);
}

TEST_CASE("a new year starts from the last: units, settings, open items carried, grades beside") {
    TestDatabase t;
    for (const char* code : {"A001", "A002", "A003"})
        t.addUnit(QString::fromLatin1(code), QStringLiteral("单位") + QLatin1String(code));
    CampaignSettings settings;
    settings.orgWeight = 0.6;
    settings.excellentQuota = 50; // of 3 units: 1 may be excellent
    require(CampaignRepository(t.db()).create(2026, settings));
    require(ReviewSteps(t.db()).setNames(2026,
                                         {QStringLiteral("考前公示"), QStringLiteral("综合评定")}));
    for (const char* code : {"A001", "A002", "A003"})
        t.enroll(2026, QString::fromLatin1(code));
    // A001 excellent, A002 unqualified (a follow-up), A003 retired since.
    t.scoreAll(2026, QStringLiteral("A001"), Step::County, 10);
    t.scoreAll(2026, QStringLiteral("A002"), Step::County, 5);
    t.advanceTo(2026, QStringLiteral("A002"), QStringLiteral("submitted"));
    t.advanceTo(2026, QStringLiteral("A002"), QStringLiteral("county-accepted"));
    Rectifications items(t.db());
    const std::int64_t open =
        require(items.add(2026, QStringLiteral("A002"), QStringLiteral("台账不全"),
                          QStringLiteral("2027-03-31"), QStringLiteral("李明")));
    const std::int64_t verified =
        require(items.add(2026, QStringLiteral("A001"), QStringLiteral("已整改"),
                          QStringLiteral("2026-12-31"), QStringLiteral("王芳")));
    require(items.setStatus(verified, QStringLiteral("done"), {}));
    require(items.setStatus(verified, QStringLiteral("verified"), {}));
    Q_UNUSED(open);
    require(UnitRepository(t.db()).retire(QStringLiteral("A003"), QStringLiteral("撤并")));
    const std::vector<FollowUp> lastYear = FollowUps(t.db()).list(2026);
    REQUIRE_FALSE(lastYear.empty()); // A002's admonition talk

    const CarryOver carried = require(CampaignSetup(t.db()).startFromLastYear(2027, 2026));
    CHECK(carried.enrolled == 2);
    CHECK(carried.rectifications == 1);
    CHECK(carried.followUps ==
          static_cast<int>(std::count_if(lastYear.begin(), lastYear.end(), [](const FollowUp& f) {
              return f.status == QStringLiteral("open");
          })));
    const Campaign next = *CampaignRepository(t.db()).find(2027);
    CHECK(next.settings.orgWeight == 0.6);
    CHECK(next.settings.excellentQuota == 50.0);
    CHECK(ReviewSteps(t.db()).names(2027) ==
          QStringList{QStringLiteral("考前公示"), QStringLiteral("综合评定")});
    CHECK(Enrollments::find(t.db(), 2027, QStringLiteral("A001")).ok());
    CHECK_FALSE(Enrollments::find(t.db(), 2027, QStringLiteral("A003")).ok());
    const std::vector<Rectification> nextItems = items.list(2027);
    REQUIRE(nextItems.size() == 1);
    CHECK(nextItems[0].unitCode == QStringLiteral("A002"));
    CHECK(nextItems[0].text == QStringLiteral("【2026年度结转】台账不全"));
    CHECK(nextItems[0].responsible == QStringLiteral("李明"));

    // A carried follow-up stays open when the new year's result is no longer unqualified.
    t.scoreAll(2027, QStringLiteral("A002"), Step::County, 9);
    t.advanceTo(2027, QStringLiteral("A002"), QStringLiteral("submitted"));
    t.advanceTo(2027, QStringLiteral("A002"), QStringLiteral("county-accepted"));
    for (const FollowUp& followUp : FollowUps(t.db()).list(2027))
        if (followUp.note.startsWith(QStringLiteral("【2026年度结转】")))
            CHECK(followUp.status == QStringLiteral("open"));

    const std::map<QString, QString> grades = require(CampaignSetup(t.db()).grades(2026));
    CHECK(grades.at(QStringLiteral("A001")) == QStringLiteral("excellent"));
    CHECK(grades.at(QStringLiteral("A002")) == QStringLiteral("unqualified"));
    CHECK(require(CampaignSetup(t.db()).grades(2025)).empty());

    CHECK_THAT(failure(CampaignSetup(t.db()).startFromLastYear(2027, 2026)),
               Catch::Contains("already exists"));
    CHECK_THAT(failure(CampaignSetup(t.db()).startFromLastYear(2029, 2024)),
               Catch::Contains("no campaign 2024"));
    CHECK(CampaignRepository(t.db()).years() == QList<int>{2027, 2026});
}

TEST_CASE("a rubric version made after the year began is adopted until the type is scored") {
    TestDatabase t;
    t.createCampaign(2026);
    t.addUnit(QStringLiteral("A1"), QStringLiteral("甲局"));
    t.addUnit(QStringLiteral("A2"), QStringLiteral("乙局"));
    t.enroll(2026, QStringLiteral("A1"));
    t.enroll(2026, QStringLiteral("A2"));
    RubricRepository rubrics(t.db());
    const Rubric inForce = *rubrics.find(QStringLiteral("agency"), 2026);
    Rubric edited = inForce;
    edited.dimensions[0].indicators[0].text += QStringLiteral("（修订）");
    const Rubric second = require(rubrics.add(edited));
    REQUIRE(second.version == inForce.version + 1);

    CHECK(require(CampaignSetup(t.db()).adoptRubric(2026, second.id)) == 2);
    CHECK(Enrollments::find(t.db(), 2026, QStringLiteral("A1"))->rubricId == second.id);
    CHECK(Enrollments::find(t.db(), 2026, QStringLiteral("A2"))->rubricId == second.id);
    const Campaign campaign = *CampaignRepository(t.db()).find(2026);
    bool listed = false;
    for (const CampaignRubric& used : CampaignRepository(t.db()).rubrics(campaign.id))
        if (used.typeCode == QStringLiteral("agency"))
            listed = used.version == second.version;
    CHECK(listed);
    Statement history =
        t.db().prepare("SELECT old_value, new_value FROM history WHERE field = 'rubric:agency' AND "
                       "campaign_year = 2026");
    REQUIRE(history.step());
    CHECK(history.text(0) == QStringLiteral("2026 v%1").arg(inForce.version));
    CHECK(history.text(1) == QStringLiteral("2026 v%1").arg(second.version));
    history.reset();

    // Once a unit of the type is scored, another version is refused and nothing moves.
    t.scoreAll(2026, QStringLiteral("A1"), Step::Self, 5);
    edited.dimensions[0].indicators[0].text += QStringLiteral("（再修订）");
    const Rubric third = require(rubrics.add(edited));
    const QByteArray before = t.snapshot();
    const Result<int> refused = CampaignSetup(t.db()).adoptRubric(2026, third.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("2026")));
    CHECK(t.snapshot() == before);
}
