#include "TestDatabase.h"
#include "core/history/History.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRepository.h"
#include "core/storage/Transaction.h"

using namespace lianping;
using namespace lianping::test;

namespace {
QStringList codes(const std::vector<Unit>& units) {
    QStringList list;
    for (const Unit& unit : units)
        list << unit.code;
    return list;
}
} // namespace

TEST_CASE("the eight built-in types ship with Chinese names and lead departments") {
    TestDatabase t;
    TypeRepository types(t.db());
    const std::optional<UnitType> school = types.find(QStringLiteral("廉洁学校"));
    REQUIRE(school);
    CHECK(school->code == QStringLiteral("school"));
    CHECK(school->lead == QStringLiteral("市教育局"));
    CHECK(types.find(QStringLiteral("intermediary"))->name == QStringLiteral("廉洁中介"));
}

TEST_CASE("an office adds its own type — bad and duplicate types are refused") {
    TestDatabase t;
    TypeRepository types(t.db());
    const UnitType township = require(types.add(
        QStringLiteral("township"), QStringLiteral("廉洁乡镇"), QStringLiteral("县委组织部")));
    CHECK(township.lead == QStringLiteral("县委组织部"));
    CHECK_FALSE(township.builtin);
    CHECK_THAT(failure(types.add(QStringLiteral("township"), QStringLiteral("乡镇2"), {})),
               Catch::Contains("already exists"));
    CHECK_THAT(failure(types.add(QStringLiteral("Bad Code"), QStringLiteral("x"), {})),
               Catch::Contains("lower-case"));
    CHECK(types.list().size() == 9);
}

TEST_CASE("units are found by Chinese substrings of one, two and more characters") {
    TestDatabase t;
    t.addUnit(QStringLiteral("H1"), QStringLiteral("市第四人民医院"), QStringLiteral("hospital"));
    t.addUnit(QStringLiteral("H2"), QStringLiteral("旺苍县中医医院"), QStringLiteral("hospital"),
              QStringLiteral("旺苍县"));
    t.addUnit(QStringLiteral("S1"), QStringLiteral("旺苍县白水中学"), QStringLiteral("school"),
              QStringLiteral("旺苍县"));
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    UnitRepository units(t.db());
    auto search = [&](const char* text) {
        UnitFilter filter;
        filter.search = QString::fromUtf8(text);
        return codes(units.list(filter));
    };
    CHECK(search("医") == QStringList{QStringLiteral("H1"), QStringLiteral("H2")});
    CHECK(search("医院") == QStringList{QStringLiteral("H1"), QStringLiteral("H2")});
    CHECK(search("人民医院") == QStringList{QStringLiteral("H1")});
    CHECK(search("旺苍县") == QStringList{QStringLiteral("H2"), QStringLiteral("S1")});
    CHECK(search("白水中").size() == 1);
    CHECK(search("不存在的单位").isEmpty());
    CHECK(search("\"").isEmpty()); // quotes are escaped, not an FTS syntax error
    UnitFilter byCounty;
    byCounty.county = QStringLiteral("旺苍县");
    byCounty.typeCode = QStringLiteral("hospital");
    CHECK(codes(units.list(byCounty)) == QStringList{QStringLiteral("H2")});
    CHECK(units.count(byCounty) == 1);
    CHECK(units.count(UnitFilter{}) == 4);
    // Paging.
    CHECK(codes(units.list(UnitFilter{}, 2, 1)) ==
          QStringList{QStringLiteral("H1"), QStringLiteral("H2")});
}

TEST_CASE("renaming a unit keeps the search index and the history right") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    UnitRepository units(t.db());
    require(
        units.update(QStringLiteral("A1"), QStringLiteral("name"), QStringLiteral("利州区审计局")));
    UnitFilter filter;
    filter.search = QStringLiteral("审计局");
    CHECK(units.list(filter).size() == 1);
    filter.search = QStringLiteral("财政局");
    CHECK(units.list(filter).empty());
    require(units.update(QStringLiteral("A1"), QStringLiteral("demo"), QStringLiteral("是")));
    CHECK(units.find(QStringLiteral("A1"))->demo);
    const std::vector<HistoryEntry> history =
        History::forUnit(t.db(), units.find(QStringLiteral("A1"))->id);
    REQUIRE(history.size() == 3);
    CHECK(history[1].field == QStringLiteral("name"));
    CHECK(history[1].oldValue == QStringLiteral("利州区财政局"));
    CHECK(history[1].newValue == QStringLiteral("利州区审计局"));
    CHECK(history[1].operatorName == QStringLiteral("tester"));
    CHECK(history[2].oldValue == QStringLiteral("no"));
    CHECK(history[2].newValue == QStringLiteral("yes"));
}

TEST_CASE("bad unit edits are refused and change nothing") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    UnitRepository units(t.db());
    const QByteArray before = t.snapshot();
    CHECK_THAT(failure(units.update(QStringLiteral("A1"), QStringLiteral("type"),
                                    QStringLiteral("castle"))),
               Catch::Contains("unknown type"));
    CHECK_THAT(failure(units.update(QStringLiteral("A1"), QStringLiteral("name"), QString())),
               Catch::Contains("empty"));
    CHECK_THAT(
        failure(units.update(QStringLiteral("A1"), QStringLiteral("colour"), QStringLiteral("x"))),
        Catch::Contains("unknown unit field"));
    CHECK_THAT(
        failure(units.update(QStringLiteral("ZZ"), QStringLiteral("name"), QStringLiteral("x"))),
        Catch::Contains("unknown unit ZZ"));
    Transaction transaction(t.db());
    CHECK_THAT(failure(units.add(UnitInput{QStringLiteral("A1"),
                                           QStringLiteral("x"),
                                           QStringLiteral("agency"),
                                           QStringLiteral("y"),
                                           {},
                                           false,
                                           {}})),
               Catch::Contains("already exists"));
    CHECK(t.snapshot() == before);
}

TEST_CASE("a retired unit stays in the registry but leaves active lists") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.addUnit(QStringLiteral("A2"), QStringLiteral("利州区民政局"));
    UnitRepository units(t.db());
    require(units.retire(QStringLiteral("A1"), QStringLiteral("机构改革撤并")));
    CHECK_FALSE(units.find(QStringLiteral("A1"))->active);
    UnitFilter active;
    active.includeRetired = false;
    CHECK(units.count(active) == 1);
    CHECK(units.count(UnitFilter{}) == 2);
    CHECK_THAT(failure(units.retire(QStringLiteral("A1"), {})), Catch::Contains("already retired"));
}

TEST_CASE("a unit without its own lead department answers to its type's") {
    TestDatabase t;
    t.addUnit(QStringLiteral("S1"), QStringLiteral("白水中学"), QStringLiteral("school"));
    CHECK(UnitRepository(t.db()).find(QStringLiteral("S1"))->lead == QStringLiteral("市教育局"));
}
