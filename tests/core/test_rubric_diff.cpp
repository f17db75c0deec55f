// Comparing two rubric versions: indicators matched by code, every changed field named,
// dimensions added, removed and renamed, the totals of both.
#include "TestDatabase.h"
#include "core/rubric/RubricDiff.h"
#include "core/rubric/RubricJson.h"

#include <QFile>

using namespace lianping;
using namespace lianping::test;

namespace {

Rubric shipped(const char* name) {
    QFile file(QStringLiteral(":/lianping/rubrics/") + QString::fromUtf8(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return require(RubricJson::parse(file.readAll(), QString::fromUtf8(name)));
}

Indicator& find(Rubric& rubric, const QString& code) {
    for (Dimension& dimension : rubric.dimensions)
        for (Indicator& indicator : dimension.indicators)
            if (indicator.code == code)
                return indicator;
    FAIL("no indicator " << code.toStdString());
    return rubric.dimensions[0].indicators[0];
}

} // namespace

TEST_CASE("rubric diff: the same rubric has no change") {
    const Rubric rubric = shipped("agency.json");
    const RubricComparison comparison = RubricDiff::compare(rubric, rubric);
    CHECK(comparison.identical());
    CHECK(comparison.totalBefore == 200);
    CHECK(comparison.totalAfter == 200);
}

TEST_CASE("rubric diff: added, removed and changed indicators and dimensions") {
    const Rubric before = shipped("agency.json");
    Rubric after = before;
    REQUIRE(after.dimensions.size() >= 2);
    const QString first = after.dimensions[0].indicators[0].code;
    const QString second = after.dimensions[0].indicators[1].code;
    const HalfPoints secondMax = *after.dimensions[0].indicators[1].max;
    Indicator& changed = find(after, first);
    changed.max = *changed.max - 2; // one point less
    changed.guidance = QStringLiteral("新的评分标准");
    // The second indicator is removed; a new one takes the point.
    after.dimensions[0].indicators.erase(after.dimensions[0].indicators.begin() + 1);
    Indicator added;
    added.code = QStringLiteral("D9.1");
    added.text = QStringLiteral("新增指标");
    added.max = 2 + secondMax;
    after.dimensions.push_back(Dimension{QStringLiteral("D9"), QStringLiteral("新维度"), {added}});
    after.dimensions[1].title = QStringLiteral("改名的维度");
    const QString lastDimension = before.dimensions.back().code;

    const RubricComparison comparison = RubricDiff::compare(before, after);
    CHECK_FALSE(comparison.identical());
    CHECK(comparison.totalBefore == comparison.totalAfter);
    REQUIRE(comparison.indicators.size() == 3);
    const IndicatorChange& maxChange = comparison.indicators[0];
    CHECK(maxChange.kind == IndicatorChange::Kind::Changed);
    CHECK(maxChange.code == first);
    CHECK(maxChange.fields == std::vector<IndicatorChange::Field>{
                                  IndicatorChange::Field::Max, IndicatorChange::Field::Guidance});
    CHECK(*maxChange.after->max + 2 == *maxChange.before->max);
    CHECK(RubricDiff::value(*maxChange.after, IndicatorChange::Field::Guidance) ==
          QStringLiteral("新的评分标准"));
    CHECK(comparison.indicators[1].kind == IndicatorChange::Kind::Added);
    CHECK(comparison.indicators[1].code == QStringLiteral("D9.1"));
    CHECK(comparison.indicators[1].dimension == QStringLiteral("D9"));
    CHECK(comparison.indicators[2].kind == IndicatorChange::Kind::Removed);
    CHECK(comparison.indicators[2].code == second);
    CHECK_FALSE(comparison.indicators[2].after);

    REQUIRE(comparison.dimensions.size() == 2);
    CHECK(comparison.dimensions[0].kind == DimensionChange::Kind::Renamed);
    CHECK(comparison.dimensions[0].after == QStringLiteral("改名的维度"));
    CHECK(comparison.dimensions[1].kind == DimensionChange::Kind::Added);
    CHECK(comparison.dimensions[1].code == QStringLiteral("D9"));
    CHECK(lastDimension != QStringLiteral("D9"));
}

TEST_CASE("rubric diff: veto, deduction, text and a move to another dimension") {
    const Rubric before = shipped("school.json");
    Rubric after = before;
    Indicator moved = after.dimensions[0].indicators.back();
    after.dimensions[0].indicators.pop_back();
    moved.text += QStringLiteral("（修订）");
    after.dimensions[1].indicators.push_back(moved);
    Indicator& scored = after.dimensions[1].indicators[0];
    scored.deduct = !scored.deduct;
    // A removed dimension: its indicators go with it.
    Rubric smaller = before;
    smaller.dimensions.erase(smaller.dimensions.begin() + 3);

    const RubricComparison comparison = RubricDiff::compare(before, after);
    REQUIRE(comparison.indicators.size() == 2);
    CHECK(comparison.indicators[0].fields ==
          std::vector<IndicatorChange::Field>{IndicatorChange::Field::Deduct});
    CHECK(RubricDiff::value(*comparison.indicators[0].after, IndicatorChange::Field::Deduct) ==
          (scored.deduct ? QStringLiteral("yes") : QStringLiteral("no")));
    CHECK(comparison.indicators[1].code == moved.code);
    CHECK(comparison.indicators[1].fields ==
          std::vector<IndicatorChange::Field>{IndicatorChange::Field::Dimension,
                                              IndicatorChange::Field::Text});
    CHECK(comparison.indicators[1].beforeDimension == before.dimensions[0].code);
    CHECK(comparison.indicators[1].dimension == before.dimensions[1].code);

    const RubricComparison removed = RubricDiff::compare(before, smaller);
    REQUIRE(removed.dimensions.size() == 1);
    CHECK(removed.dimensions[0].kind == DimensionChange::Kind::Removed);
    CHECK(removed.indicators.size() == before.dimensions[3].indicators.size());
    CHECK(removed.totalAfter < removed.totalBefore);

    Rubric vetoChanged = before;
    for (Dimension& dimension : vetoChanged.dimensions)
        for (Indicator& indicator : dimension.indicators)
            if (indicator.veto) {
                indicator.veto = false;
                indicator.max = 2;
            }
    const RubricComparison vetoes = RubricDiff::compare(before, vetoChanged);
    REQUIRE_FALSE(vetoes.indicators.empty());
    CHECK(vetoes.indicators[0].fields ==
          std::vector<IndicatorChange::Field>{IndicatorChange::Field::Max,
                                              IndicatorChange::Field::Veto});
    CHECK(RubricDiff::value(*vetoes.indicators[0].before, IndicatorChange::Field::Max).isEmpty());
}
