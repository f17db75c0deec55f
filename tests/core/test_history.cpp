#include "TestDatabase.h"
#include "core/history/History.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/ScoreRepository.h"

using namespace lianping;
using namespace lianping::test;

TEST_CASE("every overwritten score keeps its old value, who changed it and the note") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    ScoreRepository scores(t.db());
    require(scores.setScore(2026, QStringLiteral("A1"), QStringLiteral("D1.1"), 18, Step::County,
                            QStringLiteral("初评")));
    t.db().setOperatorName(QStringLiteral("李四"));
    require(scores.setScore(2026, QStringLiteral("A1"), QStringLiteral("D1.1"), 15, Step::County,
                            QStringLiteral("复核扣分")));
    require(scores.setScore(2026, QStringLiteral("A1"), QStringLiteral("D1.1"), 15,
                            Step::County)); // unchanged: no entry
    require(scores.setSurvey(2026, QStringLiteral("A1"), Step::County, Survey{30, 5, 1}));
    require(scores.setSurvey(2026, QStringLiteral("A1"), Step::County, Survey{31, 5, 0}));
    std::vector<HistoryEntry> entries =
        History::forUnit(t.db(), UnitRepository(t.db()).find(QStringLiteral("A1"))->id);
    std::vector<HistoryEntry> scoreEntries;
    for (const HistoryEntry& entry : entries)
        if (entry.entity == QStringLiteral("score") || entry.entity == QStringLiteral("survey"))
            scoreEntries.push_back(entry);
    REQUIRE(scoreEntries.size() == 4);
    CHECK(scoreEntries[0].field == QStringLiteral("county:D1.1"));
    CHECK(scoreEntries[0].oldValue.isNull());
    CHECK(scoreEntries[0].newValue == QStringLiteral("9"));
    CHECK(scoreEntries[0].operatorName == QStringLiteral("tester"));
    CHECK(scoreEntries[1].oldValue == QStringLiteral("9"));
    CHECK(scoreEntries[1].newValue == QStringLiteral("7.5"));
    CHECK(scoreEntries[1].note == QStringLiteral("复核扣分"));
    CHECK(scoreEntries[1].operatorName == QStringLiteral("李四"));
    CHECK(scoreEntries[1].year == 2026);
    CHECK(scoreEntries[3].oldValue == QStringLiteral("30/5/1"));
    CHECK(scoreEntries[3].newValue == QStringLiteral("31/5/0"));
}
