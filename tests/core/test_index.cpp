// The integrity index (issue 17): t and Wilson intervals against independently known values,
// the index on hand-computed counties (weights, a missing aspect spread, ranks), survey
// answers scored as the brief says, a model whose weights do not add up refused, the county
// review's sub-steps.
#include "core/TestDatabase.h"
#include "core/campaign/ReviewSteps.h"
#include "core/index/IndexService.h"
#include "core/index/IndexStore.h"
#include "core/index/SurveyStats.h"
#include "core/index/Surveys.h"
#include "core/scoring/ResultService.h"

#include <cmath>
#include <numeric>

using namespace lianping;
using namespace lianping::test;

namespace {

// A two-dimension model: A = the assessment of every unit; B = half by hand, half survey.
const char* const smallModel = R"({"year":2026,"title":"测试","dimensions":[
 {"name":"不敢为","weight":0.6,"aspects":[
   {"name":"执纪问责","weight":1.0,"measures":[{"source":"assessment","weight":1.0}]}]},
 {"name":"不想为","weight":0.4,"aspects":[
   {"name":"清廉教育","weight":0.5,"measures":[{"source":"manual","weight":1.0}]},
   {"name":"公众参与","weight":0.5,"measures":[{"source":"survey","weight":1.0}]}]}]})";

double meanTotal(TestDatabase& t, const QString& county) {
    ResultQuery query;
    query.year = 2026;
    query.county = county;
    std::vector<double> totals;
    for (const UnitResult& r : require(ResultService(t.db()).compute(query)))
        if (r.finalStep)
            totals.push_back(r.outcome.total);
    REQUIRE_FALSE(totals.empty());
    return std::accumulate(totals.begin(), totals.end(), 0.0) / static_cast<double>(totals.size());
}

const IndexResult& of(const std::vector<IndexResult>& results, const char* county) {
    for (const IndexResult& r : results)
        if (r.county == QString::fromUtf8(county))
            return r;
    FAIL("no county " << county);
    return results.front();
}

} // namespace

TEST_CASE("Student's t quantiles and Wilson intervals match values computed elsewhere", "[index]") {
    // scipy.stats.t.ppf(0.975, df)
    CHECK(SurveyStats::tQuantile(0.975, 1) == Approx(12.706204736174707).epsilon(1e-9));
    CHECK(SurveyStats::tQuantile(0.975, 9) == Approx(2.2621571627409915).epsilon(1e-9));
    CHECK(SurveyStats::tQuantile(0.975, 29) == Approx(2.045229642132703).epsilon(1e-9));
    CHECK(SurveyStats::tQuantile(0.975, 1000) == Approx(1.9623390808264078).epsilon(1e-9));
    CHECK(SurveyStats::tQuantile(0.025, 9) == Approx(-2.2621571627409915).epsilon(1e-9));
    // Ten answers: mean ± t·s/√n, worked by hand.
    const std::vector<double> scores = {100, 60, 100, 0, 100, 60, 60, 100, 100, 0};
    const SurveyFigure figure = SurveyStats::mean(scores);
    const double mean = 68.0;
    double ss = 0;
    for (double s : scores)
        ss += (s - mean) * (s - mean);
    const double half = 2.2621571627409915 * std::sqrt(ss / 9) / std::sqrt(10.0);
    CHECK(figure.score == Approx(mean));
    CHECK(*figure.n == 10);
    CHECK(*figure.ciLow == Approx(mean - half));
    CHECK(*figure.ciHigh == Approx(mean + half));
    // Wilson for 12 yes of 40, worked by hand: centre 0.317524, half-width 0.136776.
    const SurveyFigure wilson = SurveyStats::proportion(12, 40);
    CHECK(wilson.score == Approx(30.0));
    CHECK(*wilson.ciLow == Approx(18.0748).epsilon(1e-5));
    CHECK(*wilson.ciHigh == Approx(45.4300).epsilon(1e-5));
}

TEST_CASE("the index of hand-computed counties: weights, a missing aspect spread, ranks",
          "[index]") {
    TestDatabase t;
    for (const char* code : {"A1", "A2"})
        t.addUnit(QString::fromLatin1(code), QStringLiteral("单位") + QLatin1String(code),
                  QStringLiteral("agency"), QStringLiteral("利州区"));
    t.addUnit(QStringLiteral("B1"), QStringLiteral("单位B1"), QStringLiteral("agency"),
              QStringLiteral("昭化区"));
    t.createCampaign(2026);
    for (const char* code : {"A1", "A2", "B1"})
        t.enroll(2026, QString::fromLatin1(code));
    t.scoreAll(2026, QStringLiteral("A1"), Step::County, 9);
    t.scoreAll(2026, QStringLiteral("A2"), Step::County, 7);
    t.scoreAll(2026, QStringLiteral("B1"), Step::County, 8);
    IndexStore store(t.db());
    require(store.importModel(QByteArray(smallModel), QStringLiteral("model.json")));
    require(store.setInput(2026, QStringLiteral("利州区"), QStringLiteral("清廉教育"), 80, {}));
    require(store.setInput(2026, QStringLiteral("昭化区"), QStringLiteral("清廉教育"), 90, {}));
    // Aggregated survey: 利州区 60 on 公众参与; 昭化区 none.
    Surveys surveys(t.db());
    const std::int64_t round = require(surveys.addRound({0,
                                                         2026,
                                                         QStringLiteral("群众测评"),
                                                         QStringLiteral("public"),
                                                         QStringLiteral("2026-10-01"),
                                                         {},
                                                         {}}));
    require(surveys.importFile(
        round, t.write(QStringLiteral("agg.csv"), "county,aspect,score,n\n利州区,公众参与,60,45\n"),
        false));

    const std::vector<IndexResult> results = require(IndexService(t.db()).compute(2026));
    const double a = meanTotal(t, QStringLiteral("利州区"));
    const double b = meanTotal(t, QStringLiteral("昭化区"));
    const IndexResult& lizhou = of(results, "利州区");
    CHECK_FALSE(lizhou.partial);
    CHECK(*lizhou.index == Approx(0.6 * a + 0.4 * (0.5 * 80 + 0.5 * 60)));
    CHECK(lizhou.aspects[2].second.score == Approx(60));
    CHECK_FALSE(lizhou.aspects[2].second.n); // not from raw answers
    // 昭化区 has no survey: 公众参与's weight goes to 清廉教育, and the index says partial.
    const IndexResult& zhaohua = of(results, "昭化区");
    CHECK(zhaohua.partial);
    CHECK(zhaohua.missing == QStringList{QStringLiteral("公众参与")});
    CHECK(*zhaohua.dimensions[1].second == Approx(90));
    CHECK(*zhaohua.index == Approx(0.6 * b + 0.4 * 90));
    // Ranks: the higher index first; the city unranked, from all units together.
    const bool lizhouFirst = *lizhou.index > *zhaohua.index;
    CHECK(*lizhou.rank == (lizhouFirst ? 1 : 2));
    CHECK(*zhaohua.rank == (lizhouFirst ? 2 : 1));
    const IndexResult& city = of(results, "全市");
    CHECK_FALSE(city.rank);
    CHECK(*city.dimensions[0].second ==
          Approx((meanTotal(t, QStringLiteral("利州区")) * 2 + b) / 3.0));
    // Used once, the model is kept: a later import makes version 2.
    CHECK(store.model(2026).frozen);
    CHECK(
        require(store.importModel(QByteArray(smallModel), QStringLiteral("again.json"))).version ==
        2);
}

TEST_CASE("raw survey answers: scored, pooled per county and for the city, flagged under 30",
          "[index]") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("单位A1"), QStringLiteral("agency"),
              QStringLiteral("利州区"));
    t.addUnit(QStringLiteral("B1"), QStringLiteral("单位B1"), QStringLiteral("agency"),
              QStringLiteral("昭化区"));
    t.createCampaign(2026);
    Surveys surveys(t.db());
    const std::int64_t round = require(surveys.addRound({0,
                                                         2026,
                                                         QStringLiteral("第三方评估"),
                                                         QStringLiteral("third-party"),
                                                         QStringLiteral("2026-10-01"),
                                                         {},
                                                         {}}));
    QByteArray csv = "县区,问题,回答\n";
    std::vector<double> lizhou;
    const char* answers[] = {"满意", "基本满意", "不满意", "5", "1"};
    const double scored[] = {100, 60, 0, 100, 0};
    for (int i = 0; i < 35; ++i) {
        csv += QStringLiteral("利州区,清廉教育满意度,%1\n")
                   .arg(QString::fromUtf8(answers[i % 5]))
                   .toUtf8();
        lizhou.push_back(scored[i % 5]);
    }
    for (int i = 0; i < 10; ++i)
        csv += QStringLiteral("昭化区,清廉教育满意度,%1\n")
                   .arg(i < 7 ? QStringLiteral("是") : QStringLiteral("否"))
                   .toUtf8();
    const QString map =
        t.write(QStringLiteral("map.csv"), "question,aspect\n清廉教育满意度,清廉教育\n");
    require(surveys.importFile(round, t.write(QStringLiteral("raw.csv"), csv), true, map));
    const SurveyFigure county =
        *surveys.figure(2026, QStringLiteral("利州区"), QStringLiteral("清廉教育"));
    const SurveyFigure expected = SurveyStats::mean(lizhou);
    CHECK(county.score == Approx(expected.score));
    CHECK(*county.n == 35);
    CHECK(*county.ciLow == Approx(*expected.ciLow));
    CHECK_FALSE(county.flagged);
    const SurveyFigure yesNo =
        *surveys.figure(2026, QStringLiteral("昭化区"), QStringLiteral("清廉教育"));
    CHECK(*yesNo.n == 10);
    CHECK(yesNo.score == Approx(70));
    CHECK(*yesNo.ciLow == Approx(SurveyStats::proportion(7, 10).ciLow.value()));
    CHECK(yesNo.flagged); // 10 < 30
    const SurveyFigure city =
        *surveys.figure(2026, QStringLiteral("全市"), QStringLiteral("清廉教育"));
    CHECK(*city.n == 45);
    CHECK_FALSE(surveys.figure(2026, QStringLiteral("利州区"), QStringLiteral("公众参与")));
    // A bad answer refuses the file, naming row and field, and keeps what the round held.
    const QByteArray before = t.snapshot();
    CHECK_THAT(failure(surveys.importFile(round,
                                          t.write(QStringLiteral("bad.csv"),
                                                  "县区,问题,回答\n利州区,清廉教育满意度,还行\n"),
                                          true, map)),
               Catch::Contains("row 2") && Catch::Contains("还行"));
    CHECK(t.snapshot() == before);
}

TEST_CASE("an index model whose weights do not add up, or names an unknown source, is refused",
          "[index]") {
    TestDatabase t;
    IndexStore store(t.db());
    QByteArray bad(smallModel);
    bad.replace("\"weight\":0.6", "\"weight\":0.7");
    CHECK_THAT(failure(store.importModel(bad, QStringLiteral("m.json"))),
               Catch::Contains("add up to 1.1"));
    QByteArray source(smallModel);
    source.replace("\"manual\"", "\"rumour\"");
    CHECK_THAT(failure(store.importModel(source, QStringLiteral("m.json"))),
               Catch::Contains("rumour"));
    QByteArray type(smallModel);
    type.replace("{\"source\":\"assessment\",\"weight\":1.0}",
                 "{\"source\":\"assessment\",\"weight\":1.0,\"types\":[\"castle\"]}");
    CHECK_THAT(failure(store.importModel(type, QStringLiteral("m.json"))),
               Catch::Contains("castle"));
    CHECK(store.model(2026).version == 0); // still the default
    CHECK(store.model(2026).aspectNames().size() == 9);
    CHECK_THAT(
        failure(store.setInput(2026, QStringLiteral("利州区"), QStringLiteral("执纪问责"), 50, {})),
        Catch::Contains("利州区"));
}

TEST_CASE("the county review's six sub-steps are recorded by name or number", "[index]") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("单位A1"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    ReviewSteps steps(t.db());
    CHECK(steps.names(2026).size() == 6);
    require(steps.record(2026, QStringLiteral("A1"), QStringLiteral("1"), QDate(2026, 9, 1),
                         QStringLiteral("公示7天")));
    require(steps.record(2026, QStringLiteral("A1"), QStringLiteral("民主测评"), QDate(2026, 9, 5),
                         {}));
    CHECK_THAT(failure(steps.record(2026, QStringLiteral("A1"), QStringLiteral("7"),
                                    QDate(2026, 9, 5), {})),
               Catch::Contains("考前公示"));
    const std::vector<ReviewStep> recorded = steps.forUnit(2026, QStringLiteral("A1"));
    REQUIRE(recorded.size() == 6);
    CHECK(recorded[0].name == QStringLiteral("考前公示"));
    CHECK(recorded[0].date == QDate(2026, 9, 1));
    CHECK(recorded[2].date == QDate(2026, 9, 5));
    CHECK_FALSE(recorded[5].date.isValid());
}
