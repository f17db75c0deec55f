// Working offline across laptops: offices' keys, signed packages, the merge by ownership,
// conflicts, refusals that leave the database unchanged, recheck sampling and deviations.
#include "TestDatabase.h"
#include "core/campaign/Enrollments.h"
#include "core/campaign/ReviewSteps.h"
#include "core/demo/DemoGenerator.h"
#include "core/exchange/Conflicts.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageFile.h"
#include "core/exchange/PackageImporter.h"
#include "core/history/History.h"
#include "core/index/IndexStore.h"
#include "core/index/Surveys.h"
#include "core/office/Office.h"
#include "core/pipeline/Pipeline.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/Deviations.h"
#include "core/scoring/ResultService.h"
#include "core/scoring/ScoreRepository.h"
#include "core/services/RecheckSampler.h"
#include "core/storage/Schema.h"
#include "core/tasks/Ledger.h"
#include "core/tasks/TaskRepository.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <QJsonDocument>

#include <set>

using namespace lianping;
using namespace lianping::test;

namespace {

const QStringList indicators = {
    QStringLiteral("D1.1"), QStringLiteral("D1.2"), QStringLiteral("D2.1"), QStringLiteral("D2.2"),
    QStringLiteral("D2.3"), QStringLiteral("D2.4"), QStringLiteral("D3.1"), QStringLiteral("D3.2"),
    QStringLiteral("D4.1"), QStringLiteral("D4.2")};

void configure(TestDatabase& t, const QString& name, Role role, const QString& county = {},
               const QString& unit = {}) {
    require(Offices::configure(t.db(), name, role, county, unit));
    require(OfficeKeys::ensureOwn(t.db(), testKey()));
}

// `truster` trusts `office`'s key file.
void trust(TestDatabase& truster, TestDatabase& office) {
    const QByteArray key = require(OfficeKeys::exportKeyFile(office.db(), testKey()));
    require(OfficeKeys::trust(truster.db(), key, QStringLiteral("key.json")));
}

QString exportPackage(TestDatabase& from, const QString& name, const QByteArray& passphrase = {}) {
    RecordScope scope;
    scope.year = 2026;
    const QString path = from.file(name);
    require(PackageExporter::write(from.db(), scope, path, passphrase, testKey()));
    return path;
}

ImportReport importPackage(TestDatabase& into, const QString& path,
                           const QByteArray& passphrase = {}) {
    return require(PackageImporter::run(into.db(), path, passphrase, false));
}

QByteArray resultsOf(TestDatabase& t) {
    ResultQuery query;
    query.year = 2026;
    QByteArray out;
    for (const UnitResult& result : require(ResultService(t.db()).compute(query)))
        out += QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(result.unitCode, stateName(result.state))
                   .arg(result.outcome.total, 0, 'f', 6)
                   .arg(result.finalStep ? gradeName(result.outcome.grade) : QStringLiteral("-"))
                   .arg(result.vetoReason)
                   .toUtf8();
    return out;
}

void score(TestDatabase& t, const QString& unit, Step step, double points) {
    for (const QString& indicator : indicators)
        require(
            ScoreRepository(t.db()).setScore(2026, unit, indicator, *toHalfPoints(points), step));
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString writeBytes(TestDatabase& t, const char* name, const QByteArray& bytes) {
    return t.write(QString::fromLatin1(name), bytes);
}

// A county office with three enrolled units and, trusting each other, a city office.
struct CountyAndCity {
    TestDatabase county;
    TestDatabase city;
    CountyAndCity() {
        configure(county, QStringLiteral("利州区纪委"), Role::County, QStringLiteral("利州区"));
        configure(city, QStringLiteral("广元市纪委"), Role::City);
        trust(county, city);
        trust(city, county);
        for (const char* code : {"A001", "A002", "A003"})
            county.addUnit(QString::fromLatin1(code), QStringLiteral("单位") + QLatin1String(code));
        county.createCampaign(2026);
        for (const char* code : {"A001", "A002", "A003"})
            county.enroll(2026, QString::fromLatin1(code));
    }
};

} // namespace

TEST_CASE("a unit, its county and the city complete a campaign by packages, ending identical") {
    TestDatabase unit;
    CountyAndCity offices;
    TestDatabase& county = offices.county;
    TestDatabase& city = offices.city;
    configure(unit, QStringLiteral("单位A001"), Role::Unit, QStringLiteral("利州区"),
              QStringLiteral("A001"));
    trust(unit, county);
    trust(unit, city);
    trust(county, unit);

    // The county sends the registry and the campaign; the unit checks itself and applies.
    const ImportReport first =
        importPackage(unit, exportPackage(county, QStringLiteral("c1.lpkg")));
    CHECK(first.kinds.at(QStringLiteral("unit")).added == 3);
    CHECK(first.kinds.at(QStringLiteral("enrollment")).added == 3);
    score(unit, QStringLiteral("A001"), Step::Self, 9);
    require(Pipeline(unit.db()).advance(2026, QStringLiteral("A001"), State::Submitted, {}));
    const ImportReport applied =
        importPackage(county, exportPackage(unit, QStringLiteral("u1.lpkg")));
    CHECK(applied.kinds.at(QStringLiteral("sheet")).added == 1);
    CHECK(applied.kinds.at(QStringLiteral("enrollment")).updated == 1);

    // The county reviews (and applies for the two units that sent paper forms).
    for (const char* code : {"A001", "A002", "A003"}) {
        score(county, QString::fromLatin1(code), Step::County, 9.5);
        if (QLatin1String(code) != QLatin1String("A001"))
            require(Pipeline(county.db())
                        .advance(2026, QString::fromLatin1(code), State::Submitted, {}));
        require(Pipeline(county.db())
                    .advance(2026, QString::fromLatin1(code), State::CountyAccepted, {}));
    }
    const QString reviewed = exportPackage(county, QStringLiteral("c2.lpkg"));
    importPackage(city, reviewed);
    importPackage(unit, reviewed);

    // The city samples, rechecks one indicator, names; everyone takes the city's package.
    const RecheckSample sample =
        require(RecheckSampler::draw(city.db(), 2026, 50, QStringLiteral("s1")));
    CHECK_FALSE(sample.units.empty());
    require(ScoreRepository(city.db()).setScore(2026, QStringLiteral("A002"),
                                                QStringLiteral("D1.1"), 16, Step::City));
    for (const char* code : {"A001", "A002", "A003"})
        require(
            Pipeline(city.db()).advance(2026, QString::fromLatin1(code), State::CityRechecked, {}));
    NamingBatch batch;
    batch.year = 2026;
    batch.decision = QStringLiteral("广纪〔2027〕1号");
    batch.date = QStringLiteral("2027-03-01");
    batch.units = {QStringLiteral("A001"), QStringLiteral("A002"), QStringLiteral("A003")};
    require(Pipeline(city.db()).name(batch));
    const QString named = exportPackage(city, QStringLiteral("m1.lpkg"));
    importPackage(county, named);
    const ImportReport atUnit = importPackage(unit, named);
    CHECK(atUnit.kinds.at(QStringLiteral("naming")).added == 1);

    const QByteArray expected = resultsOf(city);
    CHECK(expected.contains("A002 named"));
    CHECK(resultsOf(county) == expected);
    CHECK(resultsOf(unit) == expected);
    // Every score is where it belongs, with its history: the unit's self-check at the city,
    // the city's recheck at the unit, and who changed what travelled along.
    CHECK(require(Enrollments::find(city.db(), 2026, QStringLiteral("A001"))).state ==
          State::Named);
    const Sheet self = ScoreRepository(city.db()).load(
        require(Enrollments::find(city.db(), 2026, QStringLiteral("A001"))).id, Step::Self);
    CHECK(self.scores.size() == 10);
    bool recheckInHistory = false;
    const std::int64_t unitId = UnitRepository(unit.db()).find(QStringLiteral("A002"))->id;
    for (const HistoryEntry& entry : History::forUnit(unit.db(), unitId))
        recheckInHistory = recheckInHistory || (entry.field == QLatin1String("city:D1.1") &&
                                                entry.newValue == QLatin1String("8"));
    CHECK(recheckInHistory);
    // The sample travelled with the campaign's record.
    Statement samples = county.db().prepare("SELECT seed FROM recheck_samples");
    REQUIRE(samples.step());
    CHECK(samples.text(0) == QStringLiteral("s1"));
}

TEST_CASE("two copies of one office editing the same sheet give a listed conflict, nothing lost") {
    CountyAndCity offices;
    TestDatabase& county = offices.county;
    TestDatabase& city = offices.city;
    score(county, QStringLiteral("A001"), Step::County, 9);
    importPackage(city, exportPackage(county, QStringLiteral("base.lpkg")));

    // A second laptop of the same county office: a consistent copy of the database.
    TestDatabase copy;
    require(county.db().backupTo(copy.file(QStringLiteral("copy.lpdb"))));
    Result<std::unique_ptr<Database>> opened =
        Workspace::open(copy.file(QStringLiteral("copy.lpdb")), QStringLiteral("二号机"));
    REQUIRE(opened.ok());
    std::unique_ptr<Database> second = std::move(*opened);
    require(ScoreRepository(county.db())
                .setScore(2026, QStringLiteral("A001"), QStringLiteral("D1.1"), 14, Step::County));
    require(ScoreRepository(*second).setScore(2026, QStringLiteral("A001"), QStringLiteral("D1.1"),
                                              12, Step::County));
    importPackage(city, exportPackage(county, QStringLiteral("first.lpkg")));
    RecordScope scope;
    scope.year = 2026;
    const QString secondPath = copy.file(QStringLiteral("second.lpkg"));
    require(PackageExporter::write(*second, scope, secondPath, {}, testKey()));
    const ImportReport report = importPackage(city, secondPath);
    CHECK(report.kinds.at(QStringLiteral("sheet")).conflicts == 1);

    // The first laptop's 7 stays in place; the second's 6 waits in the conflict list.
    const std::int64_t enrollment =
        require(Enrollments::find(city.db(), 2026, QStringLiteral("A001"))).id;
    auto cityPoints = [&] {
        const Sheet sheet = ScoreRepository(city.db()).load(enrollment, Step::County);
        for (const auto& [id, entry] : sheet.scores)
            if (entry.points != 18) // the other indicators are all 9
                return entry.points;
        return 0;
    };
    CHECK(cityPoints() == 14);
    const std::vector<Conflict> open = Conflicts(city.db()).open();
    REQUIRE(open.size() == 1);
    CHECK(open[0].unitCode == QStringLiteral("A001"));
    CHECK_THAT(open[0].differences.toStdString(), Catch::Contains("D1.1: 7 ≠ 6"));

    // Keeping theirs replaces ours; ours stays in history.
    require(Conflicts(city.db()).resolve(open[0].id, true));
    CHECK(cityPoints() == 12);
    CHECK(Conflicts(city.db()).open().empty());
    bool oursInHistory = false;
    for (const HistoryEntry& entry :
         History::forUnit(city.db(), UnitRepository(city.db()).find(QStringLiteral("A001"))->id))
        oursInHistory = oursInHistory || (entry.field == QLatin1String("county:D1.1") &&
                                          entry.oldValue == QLatin1String("7") &&
                                          entry.newValue == QLatin1String("6"));
    CHECK(oursInHistory);
}

TEST_CASE("refused packages name the problem and leave the database exactly as it was") {
    CountyAndCity offices;
    TestDatabase& county = offices.county;
    TestDatabase& city = offices.city;
    score(county, QStringLiteral("A001"), Step::County, 9);
    const QString good = exportPackage(county, QStringLiteral("good.lpkg"));
    const QByteArray bytes = fileBytes(good);
    const QByteArray before = city.snapshot();
    auto refused = [&](const QString& path, const QByteArray& passphrase = {}) {
        const std::string message =
            failure(PackageImporter::run(city.db(), path, passphrase, false));
        CHECK(city.snapshot() == before);
        return message;
    };

    QByteArray payloadFlip = bytes;
    payloadFlip[payloadFlip.size() - 10] =
        static_cast<char>(payloadFlip[payloadFlip.size() - 10] ^ 1);
    CHECK_THAT(refused(writeBytes(county, "payload.lpkg", payloadFlip)),
               Catch::Contains("altered"));
    QByteArray manifestFlip = bytes;
    const qsizetype at = manifestFlip.indexOf("2026");
    manifestFlip[at + 3] = '7';
    CHECK_THAT(refused(writeBytes(county, "manifest.lpkg", manifestFlip)),
               Catch::Contains("signature does not match"));
    CHECK_THAT(refused(writeBytes(county, "short.lpkg", bytes.left(bytes.size() / 2))),
               Catch::Contains("truncated"));
    CHECK_THAT(refused(writeBytes(county, "tiny.lpkg", bytes.left(20))),
               Catch::Contains("truncated"));
    CHECK_THAT(refused(writeBytes(county, "junk.lpkg", "PK\x03\x04 not a package")),
               Catch::Contains("not a Lianping package"));

    // An office the city has never trusted.
    TestDatabase stranger;
    configure(stranger, QStringLiteral("外县纪委"), Role::County, QStringLiteral("苍溪县"));
    stranger.addUnit(QStringLiteral("C001"), QStringLiteral("苍溪县财政局"),
                     QStringLiteral("agency"), QStringLiteral("苍溪县"));
    stranger.createCampaign(2026);
    CHECK_THAT(refused(exportPackage(stranger, QStringLiteral("stranger.lpkg"))),
               Catch::Contains("does not trust"));

    // Encrypted: no passphrase, a wrong one; the right one works.
    const QString sealed =
        exportPackage(county, QStringLiteral("sealed.lpkg"), "正确的口令二〇二六");
    RecordScope shortScope;
    shortScope.year = 2026;
    CHECK_THAT(failure(PackageExporter::write(county.db(), shortScope,
                                              county.file(QStringLiteral("short.lpkg")),
                                              QByteArray("口令1234"), testKey())),
               Catch::Contains("too short"));
    CHECK_THAT(refused(sealed), Catch::Contains("passphrase"));
    CHECK_THAT(refused(sealed, "wrong"), Catch::Contains("passphrase is wrong"));

    // Signed properly, but by a newer Lianping.
    PackageFile parsed = require(PackageFile::parse(bytes, QStringLiteral("good.lpkg")));
    QJsonObject manifest = parsed.manifest;
    manifest.insert(QStringLiteral("schema_version"), Schema::currentVersion + 1);
    manifest.insert(QStringLiteral("package_id"), QStringLiteral("newer-schema"));
    const QByteArray newer = PackageFile::build(
        manifest, parsed.payload, false, require(OfficeKeys::secretKey(county.db(), testKey())));
    CHECK_THAT(refused(writeBytes(county, "newer.lpkg", newer)), Catch::Contains("newer Lianping"));

    // The good one, then the same again: a replay.
    importPackage(city, good);
    const QByteArray afterImport = city.snapshot();
    CHECK(afterImport != before);
    CHECK_THAT(failure(PackageImporter::run(city.db(), good, {}, false)),
               Catch::Contains("already imported"));
    CHECK(city.snapshot() == afterImport);
    require(PackageImporter::run(city.db(), sealed, "正确的口令二〇二六", false));
}

TEST_CASE("a dry run previews exactly what the import does and stores nothing") {
    CountyAndCity offices;
    score(offices.county, QStringLiteral("A002"), Step::County, 8);
    const QString path = exportPackage(offices.county, QStringLiteral("p.lpkg"));
    const QByteArray before = offices.city.snapshot();
    const ImportReport preview = require(PackageImporter::run(offices.city.db(), path, {}, true));
    CHECK(offices.city.snapshot() == before);
    const ImportReport done = importPackage(offices.city, path);
    for (const auto& [kind, tally] : done.kinds) {
        INFO(kind.toStdString());
        CHECK(preview.kinds.at(kind).added == tally.added);
        CHECK(preview.kinds.at(kind).updated == tally.updated);
    }
    CHECK(done.kinds.at(QStringLiteral("sheet")).added == 1);
}

TEST_CASE("a county cannot send the city's recheck, nor the city a county's review") {
    CountyAndCity offices;
    score(offices.county, QStringLiteral("A001"), Step::County, 9);
    importPackage(offices.city, exportPackage(offices.county, QStringLiteral("c.lpkg")));
    require(
        Pipeline(offices.county.db()).advance(2026, QStringLiteral("A001"), State::Submitted, {}));
    require(Pipeline(offices.county.db())
                .advance(2026, QStringLiteral("A001"), State::CountyAccepted, {}));
    importPackage(offices.city, exportPackage(offices.county, QStringLiteral("c2.lpkg")));
    score(offices.city, QStringLiteral("A001"), Step::City, 7);
    // The county, given the city's package, is refused nothing of its own; a third county
    // laptop receiving the city's package through the county is refused the city's sheet.
    importPackage(offices.county, exportPackage(offices.city, QStringLiteral("m.lpkg")));
    TestDatabase other;
    configure(other, QStringLiteral("利州区纪委二号机"), Role::County, QStringLiteral("利州区"));
    trust(other, offices.county);
    const ImportReport forwarded =
        importPackage(other, exportPackage(offices.county, QStringLiteral("fwd.lpkg")));
    CHECK(forwarded.kinds.at(QStringLiteral("sheet")).refused == 1);
    CHECK_THAT(forwarded.refusals.join(QLatin1Char('\n')).toStdString(),
               Catch::Contains("A001 city recheck score sheet of 2026"));
}

TEST_CASE("the recheck sample takes every proposed excellent unit and p % of the rest, by seed") {
    TestDatabase t;
    for (int i = 1; i <= 20; ++i) {
        const QString code = QStringLiteral("B%1").arg(i, 3, 10, QLatin1Char('0'));
        t.addUnit(code, QStringLiteral("单位") + code, QStringLiteral("agency"),
                  i % 2 ? QStringLiteral("利州区") : QStringLiteral("昭化区"));
    }
    t.createCampaign(2026);
    for (int i = 1; i <= 20; ++i) {
        const QString code = QStringLiteral("B%1").arg(i, 3, 10, QLatin1Char('0'));
        t.enroll(2026, code);
        t.scoreAll(2026, code, Step::County, i <= 4 ? 9.5 : 8); // B001–B004 proposed excellent
        t.advanceTo(2026, code, QStringLiteral("submitted"));
        t.advanceTo(2026, code, QStringLiteral("county-accepted"));
    }
    const RecheckSample a =
        require(RecheckSampler::draw(t.db(), 2026, 25, QStringLiteral("seed-1")));
    const RecheckSample b =
        require(RecheckSampler::draw(t.db(), 2026, 25, QStringLiteral("seed-1")));
    std::set<QString> excellent;
    std::map<QString, int> random;
    QStringList codesA;
    for (const SampledUnit& unit : a.units) {
        codesA << unit.code;
        if (unit.reason == QLatin1String("excellent"))
            excellent.insert(unit.code);
        else
            ++random[unit.county];
    }
    CHECK(excellent == std::set<QString>{QStringLiteral("B001"), QStringLiteral("B002"),
                                         QStringLiteral("B003"), QStringLiteral("B004")});
    CHECK(random[QStringLiteral("利州区")] == 2); // ⌈25 % × 8⌉
    CHECK(random[QStringLiteral("昭化区")] == 2);
    QStringList codesB;
    for (const SampledUnit& unit : b.units)
        codesB << unit.code;
    CHECK(codesA == codesB);
    CHECK(a.seed == QStringLiteral("seed-1"));
    // The pure draw: a seed always selects the same units; most seeds select others.
    std::vector<QString> pool;
    for (int i = 0; i < 40; ++i)
        pool.push_back(QStringLiteral("X%1").arg(i));
    CHECK(RecheckSampler::pick(pool, 10, QStringLiteral("s"), QStringLiteral("c")) ==
          RecheckSampler::pick(pool, 10, QStringLiteral("s"), QStringLiteral("c")));
    int differing = 0;
    for (int s = 0; s < 10; ++s)
        differing += RecheckSampler::pick(pool, 10, QString::number(s), QStringLiteral("c")) !=
                     RecheckSampler::pick(pool, 10, QStringLiteral("s"), QStringLiteral("c"));
    CHECK(differing >= 8);
    Statement stored = t.db().prepare("SELECT count(*) FROM recheck_samples WHERE seed = 'seed-1'");
    REQUIRE(stored.step());
    CHECK(stored.integer(0) == 2);
}

TEST_CASE("deviations: county against city totals per unit and county, flagged above D") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A001"), QStringLiteral("甲"));
    t.addUnit(QStringLiteral("A002"), QStringLiteral("乙"));
    t.addUnit(QStringLiteral("A003"), QStringLiteral("丙"));
    t.createCampaign(2026);
    for (const char* code : {"A001", "A002", "A003"}) {
        t.enroll(2026, QString::fromLatin1(code));
        t.scoreAll(2026, QString::fromLatin1(code), Step::County, 9); // 90
    }
    t.scoreAll(2026, QStringLiteral("A001"), Step::City, 8); // 80: Δ −10
    require(ScoreRepository(t.db()).setScore(2026, QStringLiteral("A002"), QStringLiteral("D1.1"),
                                             14, Step::City)); // 88: Δ −2
    const DeviationReport report = require(Deviations::compute(t.db(), 2026, 5));
    REQUIRE(report.units.size() == 2);
    CHECK(report.units[0].unitCode == QStringLiteral("A001"));
    CHECK(*report.units[0].countyTotal == Approx(90));
    CHECK(report.units[0].cityTotal == Approx(80));
    CHECK(report.units[0].delta == Approx(-10));
    CHECK(report.units[0].flagged);
    CHECK(report.units[1].delta == Approx(-2));
    CHECK_FALSE(report.units[1].flagged);
    REQUIRE(report.counties.size() == 1);
    CHECK(report.counties[0].rechecked == 2);
    CHECK(report.counties[0].flagged == 1);
    CHECK(report.counties[0].meanDelta == Approx(-6));
    CHECK(report.counties[0].meanAbsDelta == Approx(6));
    CHECK(report.counties[0].maxAbsDelta == Approx(10));
}

TEST_CASE("a large package keeps every sheet's total equal to its scores, results identical") {
    TestDatabase county;
    TestDatabase city;
    require(DemoGenerator(county.db()).generate(DemoOptions{400, 9, 2026}));
    // One county office holding every unit, reviewed and not yet rechecked.
    require(county.db().exec(
        "UPDATE units SET county_id = (SELECT min(id) FROM counties);"
        "DELETE FROM scores WHERE sheet_id IN (SELECT id FROM sheets WHERE step = 2);"
        "DELETE FROM vetoes WHERE sheet_id IN (SELECT id FROM sheets WHERE step = 2);"
        "DELETE FROM sheets WHERE step = 2; DELETE FROM revocations;"
        "UPDATE enrollments SET state = 'county-accepted', naming_id = NULL, returned_from = NULL "
        "WHERE state IN ('city-rechecked', 'named', 'revoked', 'returned'); DELETE FROM namings;"));
    Statement name =
        county.db().prepare("SELECT name FROM counties WHERE id = (SELECT min(id) FROM counties)");
    REQUIRE(name.step());
    const QString countyName = name.text(0);
    name.reset();
    configure(county, QStringLiteral("县纪委"), Role::County, countyName);
    configure(city, QStringLiteral("市纪委"), Role::City);
    trust(city, county);
    const ImportReport report =
        importPackage(city, exportPackage(county, QStringLiteral("big.lpkg")));
    CHECK(report.kinds.at(QStringLiteral("sheet")).added > 500);
    Statement wrong = city.db().prepare(
        "SELECT count(*) FROM sheets s WHERE points != (SELECT coalesce(sum(half_points), 0) FROM "
        "scores WHERE sheet_id = s.id) OR scored != (SELECT count(*) FROM scores WHERE sheet_id = "
        "s.id)");
    REQUIRE(wrong.step());
    CHECK(wrong.integer(0) == 0);
    wrong.reset();
    CHECK(resultsOf(city) == resultsOf(county));

    // The county changes 20 reviews and sends the whole year again: the changed sheets are
    // reopened inside the bulk write and keep totals equal to their scores.
    Statement reviewed = county.db().prepare(
        "SELECT u.code FROM enrollments e JOIN units u ON u.id = e.unit_id WHERE e.state = "
        "'county-accepted' ORDER BY u.code LIMIT 20");
    QStringList codes; // read first: a write transaction resets the statements open
    while (reviewed.step())
        codes << reviewed.text(0);
    REQUIRE(codes.size() == 20);
    for (const QString& code : codes)
        require(ScoreRepository(county.db())
                    .setScore(2026, code, QStringLiteral("D1.1"), 1, Step::County));
    const ImportReport again =
        importPackage(city, exportPackage(county, QStringLiteral("again.lpkg")));
    // (a sheet whose D1.1 was half a point already is unchanged)
    CHECK(again.kinds.at(QStringLiteral("sheet")).updated >= 15);
    CHECK(again.kinds.at(QStringLiteral("sheet")).updated <= 20);
    REQUIRE(wrong.step());
    CHECK(wrong.integer(0) == 0);
    wrong.reset();
    CHECK(resultsOf(city) == resultsOf(county));
    // The trigger is back: a later score still moves the total.
    const std::int64_t before = [&] {
        Statement total = city.db().prepare("SELECT sum(points) FROM sheets");
        total.step();
        return total.int64(0);
    }();
    Statement some = city.db().prepare(
        "SELECT u.code FROM enrollments e JOIN units u ON u.id = e.unit_id WHERE e.state = "
        "'county-accepted' ORDER BY u.code LIMIT 1");
    REQUIRE(some.step());
    const QString code = some.text(0);
    some.reset();
    require(ScoreRepository(city.db()).setScore(2026, code, QStringLiteral("D1.1"), 2, Step::City));
    Statement total = city.db().prepare("SELECT sum(points) FROM sheets");
    REQUIRE(total.step());
    CHECK(total.int64(0) == before + 2);

    // The name index was filled at the end: every unit is found by its name's search, in the
    // city as in the county; and a unit added later is indexed by the trigger again.
    Statement names = county.db().prepare("SELECT name FROM units ORDER BY id LIMIT 30");
    while (names.step()) {
        UnitFilter filter;
        filter.search = names.text(0);
        INFO(filter.search.toStdString());
        CHECK(UnitRepository(city.db()).count(filter) == UnitRepository(county.db()).count(filter));
        CHECK(UnitRepository(city.db()).count(filter) >= 1);
    }
    require(UnitRepository(city.db()).add(UnitInput{QStringLiteral("LATE1"),
                                                    QStringLiteral("迟到的清廉测试单位"),
                                                    QStringLiteral("agency"),
                                                    countyName,
                                                    {},
                                                    false,
                                                    {}}));
    UnitFilter late;
    late.search = QStringLiteral("清廉测试单位");
    CHECK(UnitRepository(city.db()).count(late) == 1);
}

TEST_CASE("the task ledger travels: the city's tasks out, the county's progress on its part back",
          "[tasks]") {
    CountyAndCity offices;
    TestDatabase& county = offices.county;
    TestDatabase& city = offices.city;
    importPackage(city, exportPackage(county, QStringLiteral("campaign.lpkg")));

    // The city's task, a part of it for 利州区 (下分) and one for a co-organiser (外分).
    TaskRepository cityTasks(city.db());
    TaskInput input;
    input.year = 2026;
    input.title = QStringLiteral("清廉学校建设");
    input.kind = QStringLiteral("common");
    input.lead = QStringLiteral("市教育局");
    input.co = {QStringLiteral("市财政局")};
    input.due = QStringLiteral("2026-09-30");
    input.milestones = {{QDate(2026, 6, 30), QStringLiteral("中期检查")}};
    const std::int64_t whole = require(cityTasks.add(input));
    input.parent = whole;
    input.milestones.clear();
    input.title = QStringLiteral("利州区推进");
    input.lead = QStringLiteral("利州区教育局");
    input.county = QStringLiteral("利州区");
    input.split = QStringLiteral("down");
    const std::int64_t countyPart = require(cityTasks.add(input));
    input.title = QStringLiteral("经费保障");
    input.lead = QStringLiteral("市财政局");
    input.county.clear();
    input.split = QStringLiteral("outer");
    const std::int64_t cityPart = require(cityTasks.add(input));
    require(cityTasks.progress(cityPart, 30, QStringLiteral("已拨付一半"), QDate(2026, 5, 1)));

    const ImportReport toCounty =
        importPackage(county, exportPackage(city, QStringLiteral("t1.lpkg")));
    CHECK(toCounty.kinds.at(QStringLiteral("task")).added == 3);
    CHECK(toCounty.kinds.at(QStringLiteral("task_progress")).added == 1);
    TaskRepository countyTasks(county.db());
    const std::vector<Task> received = countyTasks.list(2026);
    REQUIRE(received.size() == 3);
    CHECK(received[1].parent == received[0].id);
    CHECK(received[1].split == QStringLiteral("down"));
    CHECK(countyTasks.milestonesOf(received[0].id).size() == 1);
    CHECK(received[2].percent == 30.0);

    // The county records its part's progress, and may not record the city's part.
    require(countyTasks.progress(received[1].id, 50, QStringLiteral("过半"), QDate(2026, 6, 1)));
    require(countyTasks.done(received[1].id, QDate(2026, 8, 1)));
    CHECK_THAT(failure(countyTasks.progress(received[2].id, 60, {}, QDate(2026, 6, 1))),
               Catch::Contains("city office"));

    RecordScope scope;
    scope.year = 2026;
    scope.county = QStringLiteral("利州区");
    const QString back = county.file(QStringLiteral("t2.lpkg"));
    require(PackageExporter::write(county.db(), scope, back, {}, testKey()));
    const ImportReport toCity = importPackage(city, back);
    CHECK(toCity.kinds.at(QStringLiteral("task_progress")).added == 2);
    CHECK(toCity.kinds.at(QStringLiteral("task")).unchanged == 2); // its part and the task
    const Ledger ledger = Ledger::load(city.db(), 2026, QDate(2026, 8, 15));
    CHECK(ledger.row(countyPart)->done);
    CHECK(ledger.row(countyPart)->doneOn == QDate(2026, 8, 1));
    CHECK(ledger.row(whole)->percent == Approx((100.0 + 30.0) / 2.0));

    // A county that writes progress on the city's part behind Lianping's back is refused.
    require(county.db().exec(
        "INSERT INTO task_progress(uid, task_id, on_date, percent, note, operator, owner, "
        "updated_at) SELECT 'forged', id, '2026-08-02', 100, '', 'x', "
        "(SELECT value FROM meta WHERE key = 'office_id'), 1 FROM tasks WHERE title = '经费保障'"));
    const ImportReport forged =
        importPackage(city, exportPackage(county, QStringLiteral("t3.lpkg")));
    CHECK(forged.kinds.at(QStringLiteral("task_progress")).refused == 1);
    CHECK_FALSE(Ledger::load(city.db(), 2026, QDate(2026, 8, 15)).row(cityPart)->done);
    // A county cannot change the city's task either.
    require(county.db().exec("UPDATE tasks SET title = '改过的标题', updated_at = 99999999999999 "
                             "WHERE title = '清廉学校建设'"));
    const ImportReport changed =
        importPackage(city, exportPackage(county, QStringLiteral("t4.lpkg")));
    CHECK(changed.kinds.at(QStringLiteral("task")).refused == 1);
    CHECK(cityTasks.find(whole)->title == QStringLiteral("清廉学校建设"));
}

TEST_CASE("the integrity index travels: the city's model and survey out, the county's inputs and "
          "sub-steps back, another county's refused",
          "[index]") {
    CountyAndCity offices;
    TestDatabase& county = offices.county;
    TestDatabase& city = offices.city;
    importPackage(city, exportPackage(county, QStringLiteral("campaign.lpkg")));

    // The city: the year's model, a city-wide survey, a value for 全市.
    IndexStore cityIndex(city.db());
    IndexModel model = IndexModel::defaultModel(2026);
    model.title = QStringLiteral("2026年清廉指数模型");
    require(cityIndex.importModel(model.toJson(), QStringLiteral("model.json")));
    Surveys citySurveys(city.db());
    const std::int64_t round = require(citySurveys.addRound({0,
                                                             2026,
                                                             QStringLiteral("第三方评估"),
                                                             QStringLiteral("third-party"),
                                                             QStringLiteral("2026-10-01"),
                                                             {},
                                                             120}));
    require(citySurveys.importFile(
        round,
        city.write(QStringLiteral("raw.csv"),
                   "县区,问题,回答\n利州区,公众参与,满意\n利州区,公众参与,不满意\n"),
        true));
    require(cityIndex.setInput(2026, QStringLiteral("全市"), QStringLiteral("执纪问责"), 90, {}));
    const ImportReport toCounty =
        importPackage(county, exportPackage(city, QStringLiteral("i1.lpkg")));
    CHECK(toCounty.kinds.at(QStringLiteral("index_model")).added == 1);
    CHECK(toCounty.kinds.at(QStringLiteral("survey_round")).added == 1);
    CHECK(toCounty.kinds.at(QStringLiteral("index_input")).added == 1);
    CHECK(IndexStore(county.db()).model(2026).title == QStringLiteral("2026年清廉指数模型"));
    const SurveyFigure figure =
        *Surveys(county.db()).figure(2026, QStringLiteral("利州区"), QStringLiteral("公众参与"));
    CHECK(*figure.n == 2);
    CHECK(figure.score == Approx(50));

    // The county: its own value and the review sub-steps of its unit go back.
    require(IndexStore(county.db())
                .setInput(2026, QStringLiteral("利州区"), QStringLiteral("制度治吏"), 77,
                          QStringLiteral("核查")));
    require(ReviewSteps(county.db())
                .record(2026, QStringLiteral("A001"), QStringLiteral("1"), QDate(2026, 9, 1), {}));
    const ImportReport toCity =
        importPackage(city, exportPackage(county, QStringLiteral("i2.lpkg")));
    CHECK(toCity.kinds.at(QStringLiteral("index_input")).added == 1);
    CHECK(toCity.kinds.at(QStringLiteral("review_step")).added == 1);
    CHECK(toCity.kinds.at(QStringLiteral("index_model")).unchanged == 1);
    CHECK(IndexStore(city.db()).inputs(2026).value(
              {QStringLiteral("利州区"), QStringLiteral("制度治吏")}) == 77);
    CHECK(ReviewSteps(city.db()).forUnit(2026, QStringLiteral("A001"))[0].date ==
          QDate(2026, 9, 1));

    // Behind Lianping's back the county writes another county's value and changes the model:
    // both refused, the city's unchanged.
    require(county.db().exec("INSERT INTO index_inputs(year, county, aspect, value, note, owner, "
                             "updated_at) VALUES (2026, '昭化区', '执纪问责', 10, '', 1, 5)"));
    require(county.db().exec("UPDATE index_models SET model = replace(model, '清廉指数模型', "
                             "'改过的模型'), updated_at = 99999999999999"));
    const ImportReport forged =
        importPackage(city, exportPackage(county, QStringLiteral("i3.lpkg")));
    CHECK(forged.kinds.at(QStringLiteral("index_input")).refused == 1);
    CHECK(forged.kinds.at(QStringLiteral("index_model")).refused == 1);
    CHECK(IndexStore(city.db()).model(2026).title == QStringLiteral("2026年清廉指数模型"));
    CHECK_FALSE(IndexStore(city.db()).inputs(2026).contains(
        {QStringLiteral("昭化区"), QStringLiteral("执纪问责")}));
}
