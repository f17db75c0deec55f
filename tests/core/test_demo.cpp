#include "TestDatabase.h"
#include "core/demo/DemoGenerator.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/ResultService.h"

using namespace lianping;
using namespace lianping::test;

TEST_CASE("demo data covers counties, all types and every step, reproducibly and consistently") {
    TestDatabase a;
    const DemoSummary summary = require(DemoGenerator(a.db()).generate(DemoOptions{600, 42, 2026}));
    CHECK(summary.units == 600);
    CHECK(summary.counties >= 3);
    CHECK(summary.named > 0);
    CHECK(a.db().integrityCheck().ok()); // foreign keys hold although the bulk writer suspends them
    Statement types =
        a.db().prepare("SELECT count(DISTINCT type_id), count(DISTINCT county_id) FROM units");
    REQUIRE(types.step());
    CHECK(types.integer(0) == 8);
    Statement states = a.db().prepare("SELECT count(DISTINCT state) FROM enrollments");
    REQUIRE(states.step());
    CHECK(states.integer(0) >= 5);
    Statement steps = a.db().prepare("SELECT count(DISTINCT step) FROM sheets");
    REQUIRE(steps.step());
    CHECK(steps.integer(0) == 3);
    Statement totals = a.db().prepare("SELECT count(*) FROM sheets sh WHERE points != (SELECT "
                                      "coalesce(sum(half_points), 0) FROM scores "
                                      "WHERE sheet_id = sh.id) OR scored != (SELECT count(*) FROM "
                                      "scores WHERE sheet_id = sh.id)");
    REQUIRE(totals.step());
    CHECK(totals.integer(0) == 0);
    // Triggers are back after the bulk run.
    Statement triggers =
        a.db().prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'");
    REQUIRE(triggers.step());
    CHECK(triggers.integer(0) == 6);
    UnitFilter search;
    search.search = UnitRepository(a.db()).list(UnitFilter{}, 1)[0].name.left(3);
    CHECK(UnitRepository(a.db()).count(search) >= 1);

    TestDatabase b;
    require(DemoGenerator(b.db()).generate(DemoOptions{600, 42, 2026}));
    CHECK(UnitRepository(a.db()).list(UnitFilter{}, 5)[4].name ==
          UnitRepository(b.db()).list(UnitFilter{}, 5)[4].name);
    ResultQuery query;
    query.year = 2026;
    const std::vector<UnitResult> ra = require(ResultService(a.db()).compute(query));
    const std::vector<UnitResult> rb = require(ResultService(b.db()).compute(query));
    REQUIRE(ra.size() == rb.size());
    CHECK(ra[100].outcome.total == rb[100].outcome.total);
}

TEST_CASE("a cancelled demo leaves nothing behind") {
    TestDatabase t;
    const QByteArray before = t.snapshot();
    CHECK_THAT(failure(DemoGenerator(t.db()).generate(DemoOptions{5000, 1, 2026},
                                                      [](int done, int) { return done < 2000; })),
               Catch::Contains("cancelled"));
    CHECK(t.snapshot() == before);
}
