// The row writers the exchange codecs and the demo write through (one writer per table).
#include "TestDatabase.h"
#include "core/campaign/Enrollments.h"
#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRepository.h"
#include "core/registry/UnitRows.h"
#include "core/rubric/RubricRepository.h"
#include "core/scoring/ScoreRepository.h"
#include "core/scoring/SheetRows.h"
#include "core/services/RecheckSampleRows.h"
#include "core/storage/Database.h"
#include "core/tasks/TaskRepository.h"
#include "core/tasks/TaskRows.h"

using namespace lianping;
using namespace lianping::test;

namespace {

std::int64_t typeId(Database& db, const QString& code) {
    for (const UnitType& type : TypeRepository(db).list())
        if (type.code == code)
            return type.id;
    FAIL("no type " << code.toStdString());
    return 0;
}

std::vector<QString> namesFound(Database& db, const QString& search) {
    UnitFilter filter;
    filter.search = search;
    std::vector<QString> names;
    for (const Unit& unit : UnitRepository(db).list(filter))
        names.push_back(unit.name);
    return names;
}

} // namespace

TEST_CASE("a unit written as given keeps its owner and stamp and is found by its new name") {
    TestDatabase t;
    Database& db = t.db();
    UnitFields fields{.code = QStringLiteral("X0001"),
                      .name = QStringLiteral("朝天区林业局"),
                      .typeId = typeId(db, QStringLiteral("agency")),
                      .countyId = require(LookupTables::ensureCounty(db, QStringLiteral("朝天区"))),
                      .leadId = std::nullopt,
                      .demo = false,
                      .contact = QStringLiteral("王五"),
                      .active = true,
                      .owner = db.officeId(),
                      .updatedAt = 1'700'000'000'000};
    const std::int64_t id = require(UnitRows::insert(db, fields));
    const std::optional<Unit> stored = UnitRepository(db).find(QStringLiteral("X0001"));
    REQUIRE(stored);
    CHECK(stored->id == id);
    CHECK(stored->county == QStringLiteral("朝天区"));
    CHECK(stored->contact == QStringLiteral("王五"));
    CHECK(namesFound(db, QStringLiteral("林业")) == std::vector<QString>{fields.name});

    fields.name = QStringLiteral("朝天区自然资源局");
    fields.active = false;
    fields.updatedAt += 1;
    require(UnitRows::update(db, fields));
    CHECK(namesFound(db, QStringLiteral("林业")).empty());
    CHECK(namesFound(db, QStringLiteral("自然资源")) == std::vector<QString>{fields.name});
    CHECK_FALSE(UnitRepository(db).find(QStringLiteral("X0001"))->active);
    Statement stamp = db.prepare("SELECT updated_at FROM units WHERE code = 'X0001'");
    REQUIRE(stamp.step());
    CHECK(stamp.int64(0) == 1'700'000'000'001);
}

TEST_CASE("a reopened sheet loses its scores and vetoes and counts one revision more") {
    TestDatabase t;
    Database& db = t.db();
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    t.scoreAll(2026, QStringLiteral("A1"), Step::County, 2);
    const Enrollment enrollment = require(Enrollments::find(db, 2026, QStringLiteral("A1")));
    ScoreRepository scores(db);
    const Sheet before = scores.load(enrollment.id, Step::County);
    REQUIRE(before.id != 0);
    REQUIRE(before.scores.size() > 2);

    SheetFields head{.enrollmentId = enrollment.id,
                     .step = static_cast<int>(Step::County),
                     .satisfied = 30,
                     .basic = 4,
                     .unsatisfied = 1,
                     .points = 0,
                     .scored = 0,
                     .owner = db.officeId(),
                     .updatedAt = 42};
    require(SheetRows::reopen(db, before.id, head));
    Sheet reopened = scores.load(enrollment.id, Step::County);
    CHECK(reopened.id == before.id);
    CHECK(reopened.scores.empty());
    CHECK(reopened.vetoes.empty());
    REQUIRE(reopened.survey);
    CHECK(reopened.survey->satisfied == 30);

    const std::int64_t first = before.scores.begin()->first;
    const std::int64_t second = std::next(before.scores.begin())->first;
    require(SheetRows::insertScores(db, before.id,
                                    {{first, 7, QStringLiteral("台账齐全")}, {second, 3, {}}}));
    require(SheetRows::insertVeto(db, before.id, second, QStringLiteral("经查属实")));
    const Sheet after = scores.load(enrollment.id, Step::County);
    REQUIRE(after.scores.size() == 2);
    CHECK(after.scores.at(first).points == 7);
    CHECK(after.scores.at(first).note == QStringLiteral("台账齐全"));
    CHECK(after.scores.at(second).note.isEmpty());
    CHECK(after.vetoes.at(second) == QStringLiteral("经查属实"));
    Statement totals = db.prepare("SELECT points, scored, revision FROM sheets WHERE id = ?");
    REQUIRE(totals.bind(1, before.id).step());
    CHECK(totals.integer(0) == 10); // kept by the triggers outside a bulk write
    CHECK(totals.integer(1) == 2);
    CHECK(totals.integer(2) >= 2);
}

TEST_CASE("a task written twice by its uid stays one task with the second version's fields") {
    TestDatabase t;
    Database& db = t.db();
    TaskFields fields{.uid = QStringLiteral("task-1"),
                      .year = 2026,
                      .title = QStringLiteral("开展廉洁文化进校园"),
                      .kind = QStringLiteral("common"),
                      .action = QStringLiteral(""),
                      .lead = QStringLiteral("市教育局"),
                      .co = QStringLiteral(""),
                      .county = QStringLiteral(""),
                      .parentId = std::nullopt,
                      .split = QString(),
                      .target = QStringLiteral("100%"),
                      .due = QStringLiteral("2026-06-30"),
                      .owner = db.officeId(),
                      .updatedAt = 1};
    const std::int64_t id = require(TaskRows::upsert(db, fields));
    require(TaskRows::replaceMilestones(db, id,
                                        {{QStringLiteral("2026-03-31"), QStringLiteral("方案")},
                                         {QStringLiteral("2026-05-31"), QStringLiteral("推进")}}));
    fields.title = QStringLiteral("开展廉洁文化进校园活动");
    fields.updatedAt = 2;
    CHECK(require(TaskRows::upsert(db, fields)) == id);
    require(TaskRows::replaceMilestones(db, id,
                                        {{QStringLiteral("2026-04-30"), QStringLiteral("总结")}}));
    TaskRepository tasks(db);
    REQUIRE(tasks.list(2026).size() == 1);
    CHECK(tasks.find(id)->title == fields.title);
    const std::vector<TaskMilestone> milestones = tasks.milestonesOf(id);
    REQUIRE(milestones.size() == 1);
    CHECK(milestones[0].text == QStringLiteral("总结"));
}

TEST_CASE("a recheck sample written again by its uid replaces its units") {
    TestDatabase t;
    Database& db = t.db();
    t.createCampaign(2026);
    for (const char* code : {"A1", "A2", "A3"}) {
        t.addUnit(QString::fromLatin1(code), QStringLiteral("单位") + QString::fromLatin1(code));
        t.enroll(2026, QString::fromLatin1(code));
    }
    const auto enrolled = [&](const char* code) {
        return require(Enrollments::find(db, 2026, QString::fromLatin1(code))).id;
    };
    RecheckSampleFields fields{
        .uid = QStringLiteral("sample-1"),
        .campaignId = require(Enrollments::find(db, 2026, QStringLiteral("A1"))).campaignId,
        .percent = 10,
        .seed = QStringLiteral("abc"),
        .createdAt = 5,
        .operatorName = QStringLiteral("市纪委"),
        .owner = db.officeId(),
        .updatedAt = 5};
    const std::int64_t sample = require(RecheckSampleRows::upsert(db, fields));
    require(RecheckSampleRows::addUnit(db, sample, enrolled("A1"), QStringLiteral("random")));
    require(RecheckSampleRows::addUnit(db, sample, enrolled("A2"), QStringLiteral("random")));
    fields.percent = 20;
    CHECK(require(RecheckSampleRows::upsert(db, fields)) == sample);
    require(RecheckSampleRows::addUnit(db, sample, enrolled("A3"), QStringLiteral("excellent")));
    Statement units = db.prepare("SELECT enrollment_id, reason FROM recheck_sample_units");
    REQUIRE(units.step());
    CHECK(units.int64(0) == enrolled("A3"));
    CHECK(units.text(1) == QStringLiteral("excellent"));
    CHECK_FALSE(units.step());
    Statement percent = db.prepare("SELECT count(*), max(percent) FROM recheck_samples");
    REQUIRE(percent.step());
    CHECK(percent.integer(0) == 1);
    CHECK(percent.real(1) == 20);
}
