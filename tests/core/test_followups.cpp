#include "TestDatabase.h"
#include "core/followup/FollowUps.h"
#include "core/followup/Rectifications.h"
#include "core/scoring/ScoreRepository.h"
#include "core/services/Assessment.h"

using namespace lianping;
using namespace lianping::test;

namespace {
QStringList kinds(const std::vector<FollowUp>& items,
                  const QString& status = QStringLiteral("open")) {
    QStringList list;
    for (const FollowUp& item : items)
        if (item.status == status)
            list << QStringLiteral("%1:%2:%3").arg(item.year).arg(item.unitCode, item.kind);
    return list;
}
} // namespace

TEST_CASE("an unqualified result gets an admonition talk once it is accepted") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    t.scoreAll(2026, QStringLiteral("A1"), Step::County, 6);
    FollowUps followUps(t.db());
    t.advanceTo(2026, QStringLiteral("A1"), QStringLiteral("submitted"));
    CHECK(followUps.list(2026).empty()); // not final yet
    t.advanceTo(2026, QStringLiteral("A1"), QStringLiteral("county-accepted"));
    CHECK(kinds(followUps.list(2026)) == QStringList{QStringLiteral("2026:A1:admonition")});
    // The city recheck lifts the grade: the follow-up is withdrawn, not deleted.
    t.scoreAll(2026, QStringLiteral("A1"), Step::City, 8);
    t.advanceTo(2026, QStringLiteral("A1"), QStringLiteral("city-rechecked"));
    CHECK(kinds(followUps.list(2026)).isEmpty());
    CHECK(kinds(followUps.list(2026), QStringLiteral("cancelled")) ==
          QStringList{QStringLiteral("2026:A1:admonition")});
}

TEST_CASE("two consecutive unqualified years lead to organisational handling") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    for (int year : {2025, 2026}) {
        t.createCampaign(year);
        t.enroll(year, QStringLiteral("A1"));
        t.scoreAll(year, QStringLiteral("A1"), Step::County, 5);
        t.advanceTo(year, QStringLiteral("A1"), QStringLiteral("submitted"));
        t.advanceTo(year, QStringLiteral("A1"), QStringLiteral("county-accepted"));
    }
    CHECK(kinds(FollowUps(t.db()).list(std::nullopt)) ==
          QStringList{QStringLiteral("2025:A1:admonition"), QStringLiteral("2026:A1:admonition"),
                      QStringLiteral("2026:A1:organisational")});
}

TEST_CASE("a veto creates the admonition at once") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    t.scoreAll(2026, QStringLiteral("A1"), Step::County, 10);
    require(Assessment(t.db()).setVeto(2026, QStringLiteral("A1"), QStringLiteral("V1"),
                                       Step::County, QStringLiteral("班子成员受处分")));
    CHECK(kinds(FollowUps(t.db()).list(2026)) == QStringList{QStringLiteral("2026:A1:admonition")});
}

TEST_CASE("rectification items move open → done → verified") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    Rectifications items(t.db());
    const std::int64_t id =
        require(items.add(2026, QStringLiteral("A1"), QStringLiteral("公务接待台账不全"),
                          QStringLiteral("2027-03-31"), QStringLiteral("办公室 王伟")));
    CHECK_THAT(failure(items.add(2026, QStringLiteral("A1"), QStringLiteral("x"),
                                 QStringLiteral("31/03/2027"), QStringLiteral("y"))),
               Catch::Contains("deadline"));
    CHECK_THAT(failure(items.setStatus(id, QStringLiteral("verified"), {})),
               Catch::Contains("still open"));
    require(items.setStatus(id, QStringLiteral("done"), QStringLiteral("已补齐")));
    require(items.setStatus(id, QStringLiteral("verified"), QStringLiteral("复核通过")));
    const std::vector<Rectification> list = items.list(2026);
    REQUIRE(list.size() == 1);
    CHECK(list[0].status == QStringLiteral("verified"));
    CHECK(list[0].responsible == QStringLiteral("办公室 王伟"));
}
