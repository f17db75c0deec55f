#include "TestDatabase.h"
#include "core/campaign/CampaignRepository.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRepository.h"

using namespace lianping;
using namespace lianping::test;

TEST_CASE("a campaign stores its settings and refuses nonsense") {
    TestDatabase t;
    CampaignRepository campaigns(t.db());
    CampaignSettings settings;
    settings.orgWeight = 0.6;
    settings.excellent = 92;
    settings.qualified = 70;
    settings.excellentQuota = 25;
    require(campaigns.create(2026, settings));
    const Campaign stored = *campaigns.find(2026);
    CHECK(stored.settings.orgWeight == 0.6);
    CHECK(stored.settings.excellent == 92);
    CHECK(*stored.settings.excellentQuota == 25);
    CHECK_THAT(failure(campaigns.create(2026, CampaignSettings{})),
               Catch::Contains("already exists"));
    CampaignSettings bad;
    bad.qualified = 95;
    CHECK_THAT(failure(campaigns.create(2027, bad)), Catch::Contains("qualified"));
    bad = CampaignSettings{};
    bad.orgWeight = 1.5;
    CHECK_THAT(failure(campaigns.create(2027, bad)), Catch::Contains("org-weight"));
    CHECK_FALSE(campaigns.find(2027));
}

TEST_CASE("enrolment by filter takes active units once — by code it names unknown units") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.addUnit(QStringLiteral("S1"), QStringLiteral("白水中学"), QStringLiteral("school"),
              QStringLiteral("旺苍县"));
    t.addUnit(QStringLiteral("S2"), QStringLiteral("城南小学"), QStringLiteral("school"));
    require(UnitRepository(t.db()).retire(QStringLiteral("S2"), {}));
    t.createCampaign(2026);
    CampaignRepository campaigns(t.db());
    UnitFilter schools;
    schools.typeCode = QStringLiteral("school");
    CHECK(require(campaigns.enroll(2026, schools, {})) == 1);
    CHECK(require(campaigns.enroll(2026, UnitFilter{}, {})) == 1);
    CHECK(require(campaigns.enroll(2026, UnitFilter{}, {})) == 0);
    const QByteArray before = t.snapshot();
    CHECK_THAT(failure(campaigns.enroll(2026, UnitFilter{},
                                        {QStringLiteral("A1"), QStringLiteral("NOPE")})),
               Catch::Contains("NOPE"));
    CHECK_THAT(failure(campaigns.enroll(2026, UnitFilter{}, {QStringLiteral("S2")})),
               Catch::Contains("retired"));
    CHECK_THAT(failure(campaigns.enroll(2030, UnitFilter{}, {})),
               Catch::Contains("campaign create 2030"));
    CHECK(t.snapshot() == before);
}

TEST_CASE("a type without a rubric cannot be enrolled until it has one") {
    TestDatabase t;
    require(TypeRepository(t.db()).add(QStringLiteral("township"), QStringLiteral("廉洁乡镇"), {}));
    t.addUnit(QStringLiteral("T1"), QStringLiteral("白水镇"), QStringLiteral("township"));
    t.createCampaign(2026);
    CHECK_THAT(
        failure(CampaignRepository(t.db()).enroll(2026, UnitFilter{}, {QStringLiteral("T1")})),
        Catch::Contains("township has no rubric"));
}
