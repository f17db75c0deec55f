// Who may do what: a unit its self-check, a county office its county's review (and a
// unit's self-check on its behalf), the city the recheck, naming and revocation.
#include "TestDatabase.h"
#include "core/office/Office.h"
#include "core/pipeline/Pipeline.h"
#include "core/scoring/ScoreRepository.h"

using namespace lianping;
using namespace lianping::test;

namespace {
struct OfficeFixture : TestDatabase {
    OfficeFixture() {
        addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
        addUnit(QStringLiteral("B1"), QStringLiteral("旺苍县财政局"), QStringLiteral("agency"),
                QStringLiteral("旺苍县"));
        createCampaign(2026);
        enroll(2026, QStringLiteral("A1"));
        enroll(2026, QStringLiteral("B1"));
    }
    Result<void> score(const char* unit, Step step) {
        return ScoreRepository(db()).setScore(2026, QString::fromUtf8(unit), QStringLiteral("D1.1"),
                                              10, step);
    }
};
} // namespace

TEST_CASE("a database without an office acts for every role") {
    OfficeFixture t;
    CHECK(Offices::current(t.db()).role == Role::All);
    for (Step step : {Step::Self, Step::County, Step::City})
        require(t.score("A1", step));
}

TEST_CASE("a county office reviews its own county only, and cannot recheck or name") {
    OfficeFixture t;
    require(Offices::configure(t.db(), QStringLiteral("利州区纪委"), Role::County,
                               QStringLiteral("利州区"), {}));
    require(t.score("A1", Step::Self)); // on the unit's behalf
    require(t.score("A1", Step::County));
    CHECK_THAT(failure(t.score("A1", Step::City)),
               Catch::Contains("county office of 利州区") && Catch::Contains("city"));
    CHECK_THAT(failure(t.score("B1", Step::County)), Catch::Contains("B1"));
    Pipeline pipeline(t.db());
    require(pipeline.advance(2026, QStringLiteral("A1"), State::Submitted));
    require(pipeline.advance(2026, QStringLiteral("A1"), State::CountyAccepted));
    CHECK_THAT(failure(pipeline.advance(2026, QStringLiteral("A1"), State::CityRechecked)),
               Catch::Contains("cannot move"));
    CHECK_THAT(
        failure(pipeline.name(NamingBatch{
            2026, QStringLiteral("D"), QStringLiteral("2026-12-01"), {QStringLiteral("A1")}})),
        Catch::Contains("city office's"));
    CHECK_THAT(failure(pipeline.advance(2026, QStringLiteral("B1"), State::Submitted)),
               Catch::Contains("B1"));
    // The office is set once.
    CHECK_THAT(failure(Offices::configure(t.db(), QStringLiteral("市纪委"), Role::City, {}, {})),
               Catch::Contains("already belongs"));
}

TEST_CASE("the city rechecks and names — a unit office records its own self-check only") {
    OfficeFixture city;
    require(Offices::configure(city.db(), QStringLiteral("市纪委"), Role::City, {}, {}));
    require(city.score("B1", Step::City));
    CHECK_THAT(failure(city.score("B1", Step::County)), Catch::Contains("county office of 旺苍县"));
    CHECK_FALSE(ScoreRepository(city.db())
                    .setVeto(2026, QStringLiteral("B1"), QStringLiteral("V1"), Step::County,
                             QStringLiteral("x"))
                    .ok());

    OfficeFixture unit;
    require(Offices::configure(unit.db(), QStringLiteral("利州区财政局"), Role::Unit, {},
                               QStringLiteral("A1")));
    require(unit.score("A1", Step::Self));
    CHECK_FALSE(unit.score("B1", Step::Self).ok());
    CHECK_FALSE(unit.score("A1", Step::County).ok());
    require(Pipeline(unit.db()).advance(2026, QStringLiteral("A1"), State::Submitted));
    CHECK_FALSE(
        Pipeline(unit.db()).advance(2026, QStringLiteral("A1"), State::CountyAccepted).ok());
}
