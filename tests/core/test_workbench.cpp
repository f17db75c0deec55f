#include "TestDatabase.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Enrollments.h"
#include "core/registry/UnitRepository.h"
#include "core/workspace/Workbench.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

using namespace lianping;
using namespace lianping::test;

namespace {

// Every typed change signal of a Workbench as "name(arguments)", in the order emitted.
class SignalLog {
public:
    explicit SignalLog(Workbench& bench) {
        const auto id = [this](const char* name) {
            return [this, name](qint64 value) {
                add(QStringLiteral("%1(%2)").arg(QLatin1String(name)).arg(value));
            };
        };
        const auto year = [this](const char* name) {
            return [this, name](int value) {
                add(QStringLiteral("%1(%2)").arg(QLatin1String(name)).arg(value));
            };
        };
        const auto plain = [this](const char* name) {
            return [this, name] { add(QStringLiteral("%1()").arg(QLatin1String(name))); };
        };
        QObject::connect(&bench, &Workbench::unitChanged, id("unitChanged"));
        QObject::connect(&bench, &Workbench::unitsChanged, plain("unitsChanged"));
        QObject::connect(&bench, &Workbench::typesChanged, plain("typesChanged"));
        QObject::connect(&bench, &Workbench::campaignChanged, year("campaignChanged"));
        QObject::connect(&bench, &Workbench::enrollmentsChanged, year("enrollmentsChanged"));
        QObject::connect(&bench, &Workbench::sheetChanged, [this](qint64 enrollment, Step step) {
            add(QStringLiteral("sheetChanged(%1,%2)").arg(enrollment).arg(stepName(step)));
        });
        QObject::connect(&bench, &Workbench::sheetsChanged, year("sheetsChanged"));
        QObject::connect(&bench, &Workbench::stateChanged, id("stateChanged"));
        QObject::connect(&bench, &Workbench::reviewStepsChanged, id("reviewStepsChanged"));
        QObject::connect(&bench, &Workbench::namingChanged, plain("namingChanged"));
        QObject::connect(&bench, &Workbench::followUpsChanged, plain("followUpsChanged"));
        QObject::connect(&bench, &Workbench::evidenceChanged, id("evidenceChanged"));
        QObject::connect(&bench, &Workbench::findingsChanged, id("findingsChanged"));
        QObject::connect(&bench, &Workbench::tasksChanged, plain("tasksChanged"));
        QObject::connect(&bench, &Workbench::indexChanged, plain("indexChanged"));
        QObject::connect(&bench, &Workbench::officeChanged, plain("officeChanged"));
        QObject::connect(&bench, &Workbench::recordsMerged, plain("recordsMerged"));
    }
    // What was emitted since the last call.
    QStringList take() { return std::exchange(m_seen, {}); }

private:
    void add(const QString& entry) { m_seen << entry; }
    QStringList m_seen;
};

struct Bench {
    TestDatabase t;
    Workbench bench;
    std::unique_ptr<SignalLog> log;
    Bench() {
        t.addUnit(QStringLiteral("A001"), QStringLiteral("廉洁机关一"));
        t.addUnit(QStringLiteral("A002"), QStringLiteral("廉洁机关二"));
        t.createCampaign(2026);
        t.enroll(2026, QStringLiteral("A001"));
        require(bench.open(t.path(), QStringLiteral("tester")));
        log = std::make_unique<SignalLog>(bench);
    }
    qint64 enrollment(const QString& code) {
        return require(Enrollments::find(bench.db(), 2026, code)).id;
    }
    qint64 unit(const QString& code) { return UnitRepository(bench.db()).find(code)->id; }
};

} // namespace

TEST_CASE("Workbench opens a file on its newest campaign year") {
    Bench b;
    CHECK(b.bench.year() == 2026);
    CHECK(b.bench.years() == QList<int>{2026});
}

TEST_CASE("Workbench registry writes announce the unit they changed") {
    Bench b;
    const qint64 added = require(b.bench.addUnit(UnitInput{QStringLiteral("A003"),
                                                           QStringLiteral("新单位"),
                                                           QStringLiteral("agency"),
                                                           QStringLiteral("利州区"),
                                                           {},
                                                           false,
                                                           {}}));
    CHECK(b.log->take() == QStringList{QStringLiteral("unitChanged(%1)").arg(added)});
    require(b.bench.updateUnit(QStringLiteral("A002"),
                               {{QStringLiteral("name"), QStringLiteral("改名单位")}}));
    CHECK(b.log->take() ==
          QStringList{QStringLiteral("unitChanged(%1)").arg(b.unit(QStringLiteral("A002")))});
    require(b.bench.retireUnit(QStringLiteral("A003"), QStringLiteral("合并")));
    CHECK(b.log->take() == QStringList{QStringLiteral("unitChanged(%1)").arg(added)});

    const QString csv =
        b.t.write(QStringLiteral("units.csv"),
                  QByteArrayLiteral("code,name,type,county\nB001,imported,agency,利州区\n"));
    const UnitImportReport report = require(b.bench.importUnits(csv, {}));
    CHECK(report.added == 1);
    CHECK(b.log->take() == QStringList{QStringLiteral("unitsChanged()")});
}

TEST_CASE("Workbench refused writes announce nothing and change nothing") {
    Bench b;
    const QByteArray before = b.t.snapshot();
    CHECK_FALSE(b.bench.addUnit(UnitInput{QStringLiteral("A001"),
                                          QStringLiteral("重复"),
                                          QStringLiteral("agency"),
                                          QStringLiteral("利州区"),
                                          {},
                                          false,
                                          {}}));
    // The second field is refused: the first is not stored either.
    CHECK_FALSE(b.bench.updateUnit(QStringLiteral("A002"),
                                   {{QStringLiteral("name"), QStringLiteral("新名")},
                                    {QStringLiteral("nonsense"), QStringLiteral("x")}}));
    CHECK_FALSE(b.bench.retireUnit(QStringLiteral("ZZZ"), QStringLiteral("无")));
    CHECK_FALSE(b.bench.createCampaign(2026, CampaignSettings{}));
    CampaignChanges bad;
    bad.reviewSteps = QStringList{QStringLiteral("一")};
    bad.minimumSample = -5;
    CHECK_FALSE(b.bench.configureCampaign(2026, bad));
    CHECK_FALSE(b.bench.enroll(2026, {}, {QStringLiteral("ZZZ")}));
    CHECK_FALSE(b.bench.enrollUnit(2031, QStringLiteral("ZZZ")));
    CHECK_FALSE(
        b.bench.setScore(2026, QStringLiteral("A002"), QStringLiteral("D1.1"), 10, Step::Self));
    CHECK_FALSE(b.bench.advance(2026, QStringLiteral("A001"), State::Named));
    CHECK_FALSE(b.bench.returnUnit(2026, QStringLiteral("A001"), QStringLiteral("退回")));
    CHECK_FALSE(b.bench.name(NamingBatch{2026,
                                         QStringLiteral("广委〔2026〕1号"),
                                         QStringLiteral("2026-12-01"),
                                         {QStringLiteral("A001")}}));
    CHECK_FALSE(b.bench.revoke(QStringLiteral("A001"), QStringLiteral("x"),
                               QStringLiteral("2026-12-01"), QStringLiteral("文号")));
    CHECK_FALSE(b.bench.setFollowUpStatus(999, QStringLiteral("done"), {}));
    CHECK_FALSE(b.bench.addRectification(2026, QStringLiteral("ZZZ"), QStringLiteral("问题"),
                                         QStringLiteral("2026-12-31"), QStringLiteral("某人")));
    CHECK_FALSE(b.bench.removeEvidence(999, QStringLiteral("x")));
    CHECK_FALSE(b.bench.removeFinding(999, QStringLiteral("x")));
    CHECK_FALSE(b.bench.markTaskDone(999, QDate(2026, 5, 1)));
    CHECK_FALSE(
        b.bench.setIndexInput(2026, QStringLiteral("利州区"), QStringLiteral("无此方面"), 50, {}));
    CHECK_FALSE(b.bench.resolveConflict(999, true));
    CHECK_FALSE(b.bench.importUnits(b.t.file(QStringLiteral("missing.csv")), {}));
    CHECK(b.log->take().isEmpty());
    CHECK(b.t.snapshot() == before);
}

TEST_CASE("Workbench campaign writes announce the year") {
    Bench b;
    require(b.bench.createCampaign(2027, CampaignSettings{}));
    CHECK(b.log->take() == QStringList{QStringLiteral("campaignChanged(2027)")});
    CampaignChanges changes;
    changes.minimumSample = 40;
    require(b.bench.configureCampaign(2027, changes));
    CHECK(b.log->take() == QStringList{QStringLiteral("campaignChanged(2027)")});
    require(b.bench.setCoverageTarget(2027, 0.5));
    CHECK(b.log->take() == QStringList{QStringLiteral("campaignChanged(2027)")});
    CHECK(require(b.bench.enroll(2027, {}, {QStringLiteral("A002")})) == 1);
    CHECK(b.log->take() == QStringList{QStringLiteral("enrollmentsChanged(2027)")});
    // A year without a campaign gets one with the unit.
    CHECK(require(b.bench.enrollUnit(2028, QStringLiteral("A001"))) == 1);
    CHECK(b.log->take() == QStringList{QStringLiteral("campaignChanged(2028)"),
                                       QStringLiteral("enrollmentsChanged(2028)")});
    CHECK(require(b.bench.createCampaignFrom(2029, 2026, std::nullopt)).enrolled == 1);
    CHECK(b.log->take() == QStringList{QStringLiteral("campaignChanged(2029)"),
                                       QStringLiteral("enrollmentsChanged(2029)"),
                                       QStringLiteral("followUpsChanged()")});
}

TEST_CASE("Workbench sheet and pipeline writes announce the enrolment") {
    Bench b;
    const qint64 a001 = b.enrollment(QStringLiteral("A001"));
    const QString sheet = QStringLiteral("sheetChanged(%1,self)").arg(a001);
    require(b.bench.setScore(2026, QStringLiteral("A001"), QStringLiteral("D1.1"), 10, Step::Self));
    CHECK(b.log->take() == QStringList{sheet});
    const Enrollment enrollment = require(Enrollments::findById(b.bench.db(), a001));
    require(b.bench.clearScore(enrollment, QStringLiteral("D1.1"), Step::Self));
    CHECK(b.log->take() == QStringList{sheet});
    require(b.bench.setSurvey(2026, QStringLiteral("A001"), Step::Self, Survey{30, 25, 3}));
    CHECK(b.log->take() == QStringList{sheet});

    b.t.scoreAll(2026, QStringLiteral("A001"), Step::Self, 1);
    require(b.bench.advance(2026, QStringLiteral("A001"), State::Submitted));
    CHECK(b.log->take() == QStringList{QStringLiteral("stateChanged(%1)").arg(a001)});
    require(b.bench.returnUnit(2026, QStringLiteral("A001"), QStringLiteral("材料不全")));
    CHECK(b.log->take() == QStringList{QStringLiteral("stateChanged(%1)").arg(a001)});
}

TEST_CASE("Workbench follow-up, task and index writes announce their kind") {
    Bench b;
    require(b.bench.addRectification(2026, QStringLiteral("A001"), QStringLiteral("台账不全"),
                                     QStringLiteral("2026-12-31"), QStringLiteral("张三")));
    CHECK(b.log->take() == QStringList{QStringLiteral("followUpsChanged()")});
    TaskInput task;
    task.year = 2026;
    task.title = QStringLiteral("清廉机关建设");
    task.kind = QStringLiteral("common");
    task.lead = QStringLiteral("纪委");
    task.due = QStringLiteral("2026-12-31");
    const qint64 id = require(b.bench.addTask(task));
    CHECK(b.log->take() == QStringList{QStringLiteral("tasksChanged()")});
    require(b.bench.recordProgress(id, 50, QStringLiteral("过半"), QDate(2026, 6, 1)));
    CHECK(b.log->take() == QStringList{QStringLiteral("tasksChanged()")});
    require(b.bench.markTaskDone(id, QDate(2026, 7, 1)));
    CHECK(b.log->take() == QStringList{QStringLiteral("tasksChanged()")});
}

TEST_CASE("Workbench evidence writes announce the enrolment they belong to") {
    Bench b;
    const qint64 a001 = b.enrollment(QStringLiteral("A001"));
    const Enrollment enrollment = require(Enrollments::findById(b.bench.db(), a001));
    const QString file = b.t.write(QStringLiteral("制度.pdf"), QByteArrayLiteral("%PDF-1.4 rules"));
    const std::vector<std::int64_t> ids =
        require(b.bench.addEvidence(enrollment, QStringLiteral("D1.1"), {file}, Step::Self));
    REQUIRE(ids.size() == 1);
    CHECK(b.log->take() == QStringList{QStringLiteral("evidenceChanged(%1)").arg(a001)});
    require(b.bench.removeEvidence(ids.front(), QStringLiteral("传错了")));
    CHECK(b.log->take() == QStringList{QStringLiteral("evidenceChanged(%1)").arg(a001)});
}

TEST_CASE("Workbench type and survey round writes announce their kind") {
    Bench b;
    const UnitType type = require(b.bench.addType(
        QStringLiteral("clinic"), QStringLiteral("廉洁诊所"), QStringLiteral("卫健局")));
    CHECK(type.code == QStringLiteral("clinic"));
    CHECK(b.log->take() == QStringList{QStringLiteral("typesChanged()")});
    const UnitType aliased =
        require(b.bench.addTypeAliases(QStringLiteral("clinic"), {QStringLiteral("诊所")}));
    CHECK(aliased.aliases.contains(QStringLiteral("诊所")));
    CHECK(b.log->take() == QStringList{QStringLiteral("typesChanged()")});
    CHECK_FALSE(b.bench.addTypeAliases(QStringLiteral("no-such-type"), {QStringLiteral("x")}).ok());
    CHECK(b.log->take().isEmpty());

    SurveyRound round;
    round.year = 2026;
    round.name = QStringLiteral("第三方测评");
    round.by = QStringLiteral("third-party");
    round.date = QStringLiteral("2026-11-01");
    const qint64 id = require(b.bench.addSurveyRound(round));
    CHECK(id > 0);
    CHECK(b.log->take() == QStringList{QStringLiteral("indexChanged()")});
    const QString missing = QFileInfo(b.t.path()).dir().filePath(QStringLiteral("无此文件.csv"));
    CHECK_FALSE(b.bench.importSurveyRound(id, missing, false).ok());
    CHECK(b.log->take().isEmpty());
}
