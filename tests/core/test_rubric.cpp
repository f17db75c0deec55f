#include "TestDatabase.h"
#include "core/campaign/CampaignRepository.h"
#include "core/registry/TypeRepository.h"
#include "core/rubric/RubricJson.h"
#include "core/rubric/RubricRepository.h"

#include <QDir>
#include <QFile>

using namespace lianping;
using namespace lianping::test;

namespace {

QByteArray rubricJson(const char* type, int year, const char* indicators) {
    return QStringLiteral(
               R"({"type":"%1","year":%2,"title":"测试细则","dimensions":[{"id":"D1","title":"组织领导","indicators":[%3]}]})")
        .arg(QString::fromUtf8(type))
        .arg(year)
        .arg(QString::fromUtf8(indicators))
        .toUtf8();
}

const char* const validIndicators =
    R"({"id":"D1.1","text":"班子重视","max":60,"guidance":"未研究扣5分","evidence":"会议纪要"},)"
    R"({"id":"D1.2","text":"责任落实","max":40},{"id":"V1","text":"发生严重违纪案件","kind":"veto"})";

} // namespace

TEST_CASE("a valid rubric parses with scored and veto indicators") {
    const Rubric rubric = require(
        RubricJson::parse(rubricJson("agency", 2027, validIndicators), QStringLiteral("r.json")));
    CHECK(rubric.typeCode == QStringLiteral("agency"));
    CHECK(rubric.year == 2027);
    REQUIRE(rubric.dimensions.size() == 1);
    REQUIRE(rubric.dimensions[0].indicators.size() == 3);
    CHECK(*rubric.indicator(QStringLiteral("D1.1"))->max == 120);
    CHECK(rubric.indicator(QStringLiteral("D1.1"))->guidance == QStringLiteral("未研究扣5分"));
    CHECK_FALSE(rubric.indicator(QStringLiteral("D1.2"))->veto); // kind defaults to scored
    CHECK(rubric.indicator(QStringLiteral("V1"))->veto);
    CHECK_FALSE(rubric.indicator(QStringLiteral("V1"))->max);
}

TEST_CASE("rubric validation names the indicator at fault") {
    auto error = [](const char* indicators) {
        return failure(
            RubricJson::parse(rubricJson("agency", 2027, indicators), QStringLiteral("r.json")));
    };
    CHECK_THAT(error(R"({"id":"D1.1","text":"a","max":60},{"id":"D1.1","text":"b","max":40})"),
               Catch::Contains("D1.1") && Catch::Contains("twice"));
    CHECK_THAT(error(R"({"id":"D1.1","text":"a","max":0},{"id":"D1.2","text":"b","max":100})"),
               Catch::Contains("D1.1") && Catch::Contains("greater than 0"));
    CHECK_THAT(error(R"({"id":"D1.1","text":"a","max":60},{"id":"D1.2","text":"b","max":30})"),
               Catch::Contains("90") && Catch::Contains("not 100"));
    CHECK_THAT(
        error(
            R"({"id":"D1.1","text":"a","max":60},{"id":"D1.2","text":"b","max":40},{"id":"V1","text":"c","kind":"veto","max":5})"),
        Catch::Contains("V1") && Catch::Contains("no max"));
    CHECK_THAT(
        error(
            R"({"id":"D1.1","text":"a","max":60},{"id":"D1.2","text":"b","max":40,"kind":"bonus"})"),
        Catch::Contains("D1.2") && Catch::Contains("kind"));
    CHECK_THAT(error(R"({"id":"D1.1","max":100})"),
               Catch::Contains("D1.1") && Catch::Contains("text"));
    CHECK_THAT(error(R"({"id":"D1.1","text":"a","max":99.7},{"id":"D1.2","text":"b","max":0.3})"),
               Catch::Contains("0.5"));
    CHECK_THAT(failure(RubricJson::parse("{not json", QStringLiteral("bad.json"))),
               Catch::Contains("bad.json") && Catch::Contains("invalid JSON"));
}

TEST_CASE("years and maxima past an int's range are refused, not converted or wrapped") {
    // From fuzz_rubric: the year was converted to int before its range was checked (undefined
    // for 2e44; UBSan: float-cast-overflow).
    CHECK_THAT(
        failure(RubricJson::parse(R"({"type":"agency","year":2e44,"title":"t","dimensions":[]})",
                                  QStringLiteral("y.json"))),
        Catch::Contains("y.json") && Catch::Contains("year"));
    CHECK_THAT(failure(RubricJson::parse(
                   rubricJson("agency", 2027, validIndicators).replace("2027", "-1e300"),
                   QStringLiteral("y.json"))),
               Catch::Contains("year"));
    // 42 maxima of 50,000,000 points and one of 47,483,748 are 2^32 + 200 half-points: summed in
    // an int they wrapped to exactly 200 and the rubric was accepted as totalling 100.
    QByteArray indicators;
    for (int i = 0; i < 42; ++i)
        indicators +=
            QStringLiteral(R"({"id":"D1.%1","text":"t","max":50000000},)").arg(i).toUtf8();
    indicators += R"({"id":"D1.99","text":"t","max":47483748})";
    CHECK_THAT(failure(RubricJson::parse(rubricJson("agency", 2027, indicators.constData()),
                                         QStringLiteral("wrap.json"))),
               Catch::Contains("wrap.json") && Catch::Contains("2147483748") &&
                   Catch::Contains("not 100"));
}

TEST_CASE("every shipped default rubric is valid, totals 100 and has a veto") {
    const QDir folder(QStringLiteral(":/lianping/rubrics"));
    const QStringList files = folder.entryList({QStringLiteral("*.json")});
    CHECK(files.size() == 8);
    for (const QString& name : files) {
        QFile file(folder.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const Rubric rubric = require(RubricJson::parse(file.readAll(), name));
        INFO(name.toStdString());
        CHECK(rubric.maxTotal() == 200);
        int vetoes = 0;
        for (const Dimension& dimension : rubric.dimensions)
            for (const Indicator& indicator : dimension.indicators) {
                vetoes += indicator.veto ? 1 : 0;
                CHECK_FALSE(indicator.text.isEmpty());
                CHECK_FALSE(indicator.guidance.isEmpty());
                CHECK_FALSE(indicator.evidence.isEmpty());
            }
        CHECK(vetoes >= 1);
    }
}

TEST_CASE("export writes the import format back") {
    TestDatabase t;
    const Rubric parsed = require(
        RubricJson::parse(rubricJson("agency", 2027, validIndicators), QStringLiteral("r.json")));
    const Rubric stored = require(RubricRepository(t.db()).add(parsed));
    const Rubric again =
        require(RubricJson::parse(RubricJson::serialize(stored), QStringLiteral("export")));
    CHECK(RubricJson::serialize(again) == RubricJson::serialize(stored));
    CHECK(again.indicator(QStringLiteral("V1"))->veto);
    CHECK(*again.indicator(QStringLiteral("D1.2"))->max == 80);
}

TEST_CASE("importing adds versions — a campaign keeps the versions it was created with") {
    TestDatabase t;
    RubricRepository rubrics(t.db());
    const Rubric v1 = require(rubrics.add(require(
        RubricJson::parse(rubricJson("agency", 2027, validIndicators), QStringLiteral("a")))));
    CHECK(v1.version == 1);
    t.createCampaign(2027);
    CHECK(rubrics.load(v1.id)->frozen);
    const Rubric v2 = require(rubrics.add(require(RubricJson::parse(
        rubricJson(
            "agency", 2027,
            R"({"id":"X1","text":"新指标","max":100},{"id":"V1","text":"否决","kind":"veto"})"),
        QStringLiteral("b")))));
    CHECK(v2.version == 2);
    CHECK_FALSE(rubrics.load(v2.id)->frozen);
    CHECK(rubrics.find(QStringLiteral("agency"), 2027)->version == 2);
    CampaignRepository campaigns(t.db());
    const Campaign c2027 = *campaigns.find(2027);
    CHECK(require(campaigns.rubricFor(
              c2027, TypeRepository(t.db()).find(QStringLiteral("agency"))->id)) == v1.id);
    // A campaign created after the import uses the new version.
    t.createCampaign(2028);
    CHECK(require(campaigns.rubricFor(*campaigns.find(2028),
                                      TypeRepository(t.db()).find(QStringLiteral("agency"))->id)) ==
          v2.id);
}

TEST_CASE("a rubric for an unknown type is refused") {
    TestDatabase t;
    const Rubric rubric = require(
        RubricJson::parse(rubricJson("township", 2027, validIndicators), QStringLiteral("t.json")));
    CHECK_THAT(failure(RubricRepository(t.db()).add(rubric)), Catch::Contains("township"));
    require(TypeRepository(t.db()).add(QStringLiteral("township"), QStringLiteral("廉洁乡镇"), {}));
    CHECK(require(RubricRepository(t.db()).add(rubric)).version == 1);
}
