// Every transition of the four steps, legal and illegal, naming and revocation.
#include "TestDatabase.h"
#include "core/campaign/Enrollments.h"
#include "core/pipeline/Pipeline.h"
#include "core/scoring/ResultService.h"
#include "core/scoring/ScoreRepository.h"
#include "core/services/Assessment.h"

using namespace lianping;
using namespace lianping::test;

namespace {

struct PipelineFixture : TestDatabase {
    PipelineFixture() {
        addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
        addUnit(QStringLiteral("A2"), QStringLiteral("利州区民政局"));
        createCampaign(2026);
        enroll(2026, QStringLiteral("A1"));
        enroll(2026, QStringLiteral("A2"));
    }
    State state(const char* code = "A1") {
        return require(Enrollments::find(db(), 2026, QString::fromUtf8(code))).state;
    }
    Result<void> advance(const char* to, const char* code = "A1") {
        return Pipeline(db()).advance(2026, QString::fromUtf8(code),
                                      *parseState(QString::fromUtf8(to)));
    }
};

} // namespace

TEST_CASE("the legal path draft → submitted → county-accepted → city-rechecked → named") {
    PipelineFixture t;
    CHECK(t.state() == State::Draft);
    require(t.advance("submitted"));
    CHECK(t.state() == State::Submitted);
    require(t.advance("county-accepted"));
    CHECK(t.state() == State::CountyAccepted);
    require(t.advance("city-rechecked"));
    CHECK(t.state() == State::CityRechecked);
    t.scoreAll(2026, QStringLiteral("A1"), Step::County, 8);
    require(Pipeline(t.db()).name(NamingBatch{2026,
                                              QStringLiteral("广委〔2026〕12号"),
                                              QStringLiteral("2026-12-01"),
                                              {QStringLiteral("A1")}}));
    CHECK(t.state() == State::Named);
}

TEST_CASE("a named unit's sheet opens on the step of its final result") {
    PipelineFixture t;
    CHECK(Pipeline::stepShown(t.db(), require(Enrollments::find(
                                          t.db(), 2026, QStringLiteral("A1")))) == Step::Self);
    require(t.advance("submitted"));
    require(t.advance("county-accepted"));
    t.scoreAll(2026, QStringLiteral("A1"), Step::County, 8);
    CHECK(Pipeline::stepShown(t.db(),
                              require(Enrollments::find(t.db(), 2026, QStringLiteral("A1")))) ==
          Step::City); // accepted: the city's recheck is next
    const NamingBatch batch{2026,
                            QStringLiteral("广委〔2026〕12号"),
                            QStringLiteral("2026-12-01"),
                            {QStringLiteral("A1"), QStringLiteral("A2")}};
    require(t.advance("submitted", "A2"));
    require(t.advance("county-accepted", "A2"));
    require(t.advance("city-rechecked", "A2"));
    t.scoreAll(2026, QStringLiteral("A2"), Step::County, 8);
    t.scoreAll(2026, QStringLiteral("A2"), Step::City, 8);
    require(Pipeline(t.db()).name(batch));
    REQUIRE(t.state() == State::Named);
    // Named after the county's review alone: its sheet; rechecked by the city: the city's.
    CHECK(Pipeline::stepShown(t.db(), require(Enrollments::find(
                                          t.db(), 2026, QStringLiteral("A1")))) == Step::County);
    CHECK(Pipeline::stepShown(t.db(), require(Enrollments::find(
                                          t.db(), 2026, QStringLiteral("A2")))) == Step::City);
}

TEST_CASE("illegal transitions are refused with the way forward, and change nothing") {
    PipelineFixture t;
    const QByteArray before = t.snapshot();
    CHECK_THAT(failure(t.advance("county-accepted")),
               Catch::Contains("draft") && Catch::Contains("submitted"));
    CHECK_THAT(failure(t.advance("city-rechecked")),
               Catch::Contains("cannot go to city-rechecked"));
    CHECK_THAT(failure(t.advance("named")), Catch::Contains("batch"));
    CHECK_THAT(failure(t.advance("draft")), Catch::Contains("cannot go to draft"));
    CHECK_THAT(
        failure(Pipeline(t.db()).returnUnit(2026, QStringLiteral("A1"), QStringLiteral("x"))),
        Catch::Contains("only a submitted"));
    CHECK_THAT(failure(Pipeline(t.db()).advance(2026, QStringLiteral("ZZ"), State::Submitted)),
               Catch::Contains("unknown unit ZZ"));
    CHECK_THAT(failure(Pipeline(t.db()).advance(2031, QStringLiteral("A1"), State::Submitted)),
               Catch::Contains("no campaign"));
    CHECK(t.snapshot() == before);
    require(t.advance("submitted"));
    CHECK_THAT(failure(t.advance("submitted")), Catch::Contains("submitted"));
}

TEST_CASE("a return goes back one step with its reason, and the unit comes forward again") {
    PipelineFixture t;
    require(t.advance("submitted"));
    CHECK_THAT(
        failure(Pipeline(t.db()).returnUnit(2026, QStringLiteral("A1"), QStringLiteral("  "))),
        Catch::Contains("reason"));
    require(
        Pipeline(t.db()).returnUnit(2026, QStringLiteral("A1"), QStringLiteral("佐证材料不全")));
    const Enrollment returned = require(Enrollments::find(t.db(), 2026, QStringLiteral("A1")));
    CHECK(returned.state == State::Returned);
    CHECK(returned.returnedFrom == State::Submitted);
    CHECK_THAT(failure(t.advance("county-accepted")), Catch::Contains("can go to submitted"));
    require(t.advance("submitted"));
    require(t.advance("county-accepted"));
    // The city returns an accepted unit to the county, which accepts it again.
    require(
        Pipeline(t.db()).returnUnit(2026, QStringLiteral("A1"), QStringLiteral("复查发现问题")));
    CHECK(require(Enrollments::find(t.db(), 2026, QStringLiteral("A1"))).returnedFrom ==
          State::CountyAccepted);
    require(t.advance("county-accepted"));
    require(t.advance("city-rechecked"));
    require(Pipeline(t.db()).returnUnit(2026, QStringLiteral("A1"), QStringLiteral("重新复查")));
    require(t.advance("city-rechecked"));
}

TEST_CASE("naming takes only accepted units graded qualified or better, all or nothing") {
    PipelineFixture t;
    for (const char* code : {"A1", "A2"}) {
        require(t.advance("submitted", code));
        require(t.advance("county-accepted", code));
    }
    t.scoreAll(2026, QStringLiteral("A1"), Step::County, 9);
    t.scoreAll(2026, QStringLiteral("A2"), Step::County, 7); // 70: unqualified
    const QByteArray before = t.snapshot();
    Pipeline pipeline(t.db());
    const NamingBatch both{2026,
                           QStringLiteral("广委〔2026〕12号"),
                           QStringLiteral("2026-12-01"),
                           {QStringLiteral("A1"), QStringLiteral("A2")}};
    CHECK_THAT(failure(pipeline.name(both)),
               Catch::Contains("A2") && Catch::Contains("unqualified"));
    CHECK(t.snapshot() == before);
    NamingBatch badDate = both;
    badDate.units = {QStringLiteral("A1")};
    badDate.date = QStringLiteral("2026-13-01");
    CHECK_THAT(failure(pipeline.name(badDate)), Catch::Contains("YYYY-MM-DD"));
    NamingBatch noDecision = badDate;
    noDecision.date = QStringLiteral("2026-12-01");
    noDecision.decision.clear();
    CHECK_THAT(failure(pipeline.name(noDecision)), Catch::Contains("decision"));
    CHECK(t.snapshot() == before);
    require(pipeline.name(NamingBatch{2026,
                                      QStringLiteral("广委〔2026〕12号"),
                                      QStringLiteral("2026-12-01"),
                                      {QStringLiteral("A1")}}));
    CHECK(t.state("A1") == State::Named);
    CHECK(t.state("A2") == State::CountyAccepted);
    // Named scores are final.
    CHECK_THAT(failure(ScoreRepository(t.db()).setScore(2026, QStringLiteral("A1"),
                                                        QStringLiteral("D1.1"), 2, Step::County)),
               Catch::Contains("final"));
}

TEST_CASE("an unscored unit cannot be named") {
    PipelineFixture t;
    require(t.advance("submitted"));
    require(t.advance("county-accepted"));
    CHECK_THAT(
        failure(Pipeline(t.db()).name(NamingBatch{
            2026, QStringLiteral("D"), QStringLiteral("2026-12-01"), {QStringLiteral("A1")}})),
        Catch::Contains("not yet"));
}

TEST_CASE("revoking a naming records reason, date and document — a veto revokes at once") {
    PipelineFixture t;
    for (const char* code : {"A1", "A2"}) {
        require(t.advance("submitted", code));
        require(t.advance("county-accepted", code));
        t.scoreAll(2026, QString::fromUtf8(code), Step::County, 9);
    }
    Pipeline pipeline(t.db());
    require(pipeline.name(NamingBatch{2026,
                                      QStringLiteral("广委〔2026〕12号"),
                                      QStringLiteral("2026-12-01"),
                                      {QStringLiteral("A1"), QStringLiteral("A2")}}));
    CHECK_THAT(failure(pipeline.revoke(QStringLiteral("A1"), QStringLiteral("违纪"),
                                       QStringLiteral("2026-12-20"), QString())),
               Catch::Contains("document"));
    require(pipeline.revoke(QStringLiteral("A1"), QStringLiteral("发生违纪案件"),
                            QStringLiteral("2026-12-20"), QStringLiteral("广委〔2026〕30号")));
    CHECK(t.state("A1") == State::Revoked);
    CHECK_THAT(failure(pipeline.revoke(QStringLiteral("A1"), QStringLiteral("x"),
                                       QStringLiteral("2026-12-20"), QStringLiteral("y"))),
               Catch::Contains("already revoked"));
    CHECK_THAT(failure(pipeline.revoke(QStringLiteral("ZZ"), QStringLiteral("x"),
                                       QStringLiteral("2026-12-20"), QStringLiteral("y"))),
               Catch::Contains("unknown unit"));

    // A veto recorded after naming revokes the naming at once; the decision completes it.
    require(Assessment(t.db()).setVeto(2026, QStringLiteral("A2"), QStringLiteral("V1"), Step::City,
                                       QStringLiteral("发生重大责任事故")));
    CHECK(t.state("A2") == State::Revoked);
    const UnitResult result = require(ResultService(t.db()).forEnrollment(
        require(Enrollments::find(t.db(), 2026, QStringLiteral("A2"))).id));
    CHECK(result.outcome.veto);
    CHECK(result.outcome.grade == Grade::Unqualified);
    require(pipeline.revoke(QStringLiteral("A2"), QStringLiteral("一票否决"),
                            QStringLiteral("2026-12-21"), QStringLiteral("广委〔2026〕31号")));
    Statement revocations = t.db().prepare("SELECT document FROM revocations ORDER BY id");
    QStringList documents;
    while (revocations.step())
        documents << revocations.text(0);
    CHECK(documents ==
          QStringList{QStringLiteral("广委〔2026〕30号"), QStringLiteral("广委〔2026〕31号")});
}
