// The task ledger (issue 16): completion rates as the seed reports them, a task's progress
// made up by its parts, statuses around the due date, due dates as plans write them, and bad
// input refused with nothing changed.
#include "core/TestDatabase.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Coverage.h"
#include "core/storage/Schema.h"
#include "core/tasks/Ledger.h"
#include "core/tasks/TaskDates.h"
#include "core/tasks/TaskRepository.h"

using namespace lianping;
using namespace lianping::test;

namespace {

std::int64_t addTask(Database& db, const QString& title, const QString& lead,
                     const QString& due = {}, std::optional<std::int64_t> parent = {},
                     const QString& split = {}) {
    TaskInput input;
    input.year = 2026;
    input.title = title;
    input.kind = QStringLiteral("common");
    input.lead = lead;
    input.due = due;
    input.parent = parent;
    input.split = split;
    return require(TaskRepository(db).add(input));
}

} // namespace

TEST_CASE("113 tasks with 104 done are reported as 104 / 113，92.04 %, and per department",
          "[tasks]") {
    TestDatabase t;
    TaskRepository tasks(t.db());
    const QStringList leads = {QStringLiteral("市教育局"), QStringLiteral("市卫健委"),
                               QStringLiteral("市国资委"), QStringLiteral("市民政局")};
    // Hand-computed: task i is led by leads[i % 4]; the tasks 0..8 (9 of them) are not done.
    int perLead[4] = {0, 0, 0, 0};
    int doneLead[4] = {0, 0, 0, 0};
    for (int i = 0; i < 113; ++i) {
        const std::int64_t id = addTask(t.db(), QStringLiteral("任务%1").arg(i), leads[i % 4],
                                        QStringLiteral("2026-06-30"));
        ++perLead[i % 4];
        if (i >= 9) {
            require(tasks.done(id, QDate(2026, 6, 1)));
            ++doneLead[i % 4];
        }
    }
    const Ledger ledger = Ledger::load(t.db(), 2026, QDate(2026, 12, 1));
    const LedgerRate total = ledger.total();
    CHECK(total.tasks == 113);
    CHECK(total.done == 104);
    CHECK(total.rate() == Approx(104.0 / 113.0));
    CHECK(Ledger::rateText(total) == QStringLiteral("104 / 113，92.04 %"));
    const std::vector<LedgerRate> byLead = ledger.rates(LedgerGrouping::Lead);
    REQUIRE(byLead.size() == 4);
    int sum = 0;
    for (const LedgerRate& rate : byLead) {
        const auto i = leads.indexOf(rate.group);
        REQUIRE(i >= 0);
        CHECK(rate.tasks == perLead[i]);
        CHECK(rate.done == doneLead[i]);
        sum += rate.tasks;
    }
    CHECK(sum == 113);
    // The 9 not done are overdue on 2026-12-01.
    LedgerFilter overdue;
    overdue.status = TaskStatus::Overdue;
    CHECK(ledger.filter(overdue).size() == 9);
}

TEST_CASE("A task split into parts takes its progress and its being done from them", "[tasks]") {
    TestDatabase t;
    TaskRepository tasks(t.db());
    const std::int64_t whole = addTask(t.db(), QStringLiteral("清廉学校建设"),
                                       QStringLiteral("市教育局"), QStringLiteral("2026-09-30"));
    const std::int64_t inner =
        addTask(t.db(), QStringLiteral("局机关"), QStringLiteral("市教育局办公室"), {}, whole,
                QStringLiteral("内分"));
    const std::int64_t outer =
        addTask(t.db(), QStringLiteral("财政保障"), QStringLiteral("市财政局"),
                QStringLiteral("2026-08-31"), whole, QStringLiteral("outer"));
    const std::int64_t down =
        addTask(t.db(), QStringLiteral("旺苍县"), QStringLiteral("旺苍县教育局"), {}, whole,
                QStringLiteral("down"));
    require(tasks.progress(inner, 30, QStringLiteral("排查"), QDate(2026, 5, 1)));
    require(tasks.progress(inner, 60, QStringLiteral("整改"), QDate(2026, 6, 1)));
    // An older entry recorded late does not replace the latest.
    require(tasks.progress(inner, 10, QStringLiteral("补录"), QDate(2026, 4, 1)));
    require(tasks.progress(outer, 90, {}, QDate(2026, 6, 1)));
    require(tasks.done(down, QDate(2026, 6, 15)));
    {
        const Ledger ledger = Ledger::load(t.db(), 2026, QDate(2026, 7, 1));
        const LedgerRow* row = ledger.row(whole);
        REQUIRE(row);
        CHECK(row->hasParts);
        CHECK(row->percent == Approx((60.0 + 90.0 + 100.0) / 3.0));
        CHECK_FALSE(row->done);
        CHECK(row->status == TaskStatus::OnTrack);
        // A part without its own due date is due with its task.
        CHECK(ledger.row(inner)->task.due == QDate(2026, 9, 30));
        CHECK(ledger.row(inner)->task.split == QStringLiteral("inner"));
        // Tree order: the task, then its parts in the order they were made.
        REQUIRE(ledger.rows().size() == 4);
        CHECK(ledger.rows()[0].task.id == whole);
        CHECK(ledger.rows()[1].depth == 1);
        CHECK(ledger.rows()[3].task.id == down);
    }
    // Progress on a split task is refused: its parts make it.
    CHECK_THAT(failure(tasks.progress(whole, 50, {}, QDate(2026, 7, 1))), Catch::Contains("parts"));
    require(tasks.progress(inner, 100, {}, QDate(2026, 9, 1))); // 100 % is done
    require(tasks.done(outer, QDate(2026, 9, 10)));             // late: due 08-31
    const Ledger ledger = Ledger::load(t.db(), 2026, QDate(2026, 10, 1));
    const LedgerRow* row = ledger.row(whole);
    CHECK(row->done);
    CHECK(row->doneOn == QDate(2026, 9, 10));
    CHECK(row->percent == 100.0);
    CHECK(row->status == TaskStatus::Done);
    CHECK_FALSE(row->late);
    CHECK(ledger.row(outer)->late);
    CHECK(ledger.total().done == 1);
}

TEST_CASE("Statuses around the due date: on track, due soon within 7 days, overdue after",
          "[tasks]") {
    const QDate due(2026, 6, 30);
    CHECK(Ledger::statusOf(false, due, QDate(2026, 6, 22)) == TaskStatus::OnTrack);
    CHECK(Ledger::statusOf(false, due, QDate(2026, 6, 23)) == TaskStatus::DueSoon);
    CHECK(Ledger::statusOf(false, due, QDate(2026, 6, 30)) == TaskStatus::DueSoon);
    CHECK(Ledger::statusOf(false, due, QDate(2026, 7, 1)) == TaskStatus::Overdue);
    CHECK(Ledger::statusOf(true, due, QDate(2026, 7, 1)) == TaskStatus::Done);
    CHECK(Ledger::statusOf(false, QDate(), QDate(2026, 12, 31)) == TaskStatus::OnTrack);
}

TEST_CASE("Due dates as division plans write them", "[tasks]") {
    const auto date = [](const char* text) {
        return TaskDates::parse(QString::fromUtf8(text), 2026);
    };
    CHECK(date("2026-06-30") == QDate(2026, 6, 30));
    CHECK(date("2026/6/30") == QDate(2026, 6, 30));
    CHECK(date("2026.6.30") == QDate(2026, 6, 30));
    CHECK(date("２０２６年６月３０日") == QDate(2026, 6, 30));
    CHECK(date("2026年6月底") == QDate(2026, 6, 30));
    CHECK(date("6月底前") == QDate(2026, 6, 30));
    CHECK(date("2月底") == QDate(2026, 2, 28));
    CHECK(date("十一月") == QDate(2026, 11, 30));
    CHECK(date("年底前") == QDate(2026, 12, 31));
    CHECK(date("2026年底") == QDate(2026, 12, 31));
    CHECK(date("上半年") == QDate(2026, 6, 30));
    CHECK(date("第三季度") == QDate(2026, 9, 30));
    CHECK(date("三季度末") == QDate(2026, 9, 30));
    CHECK(date("46203") == QDate(2026, 6, 30)); // an Excel serial
    CHECK(date("长期坚持") == QDate());
    CHECK(date("持续推进") == QDate());
    CHECK(date("") == QDate());
    CHECK_FALSE(date("尽快"));
    CHECK_FALSE(date("2026-02-30"));
    CHECK_FALSE(date("13月底"));
}

TEST_CASE("Bad task input is refused with a message and changes nothing", "[tasks]") {
    TestDatabase t;
    TaskRepository tasks(t.db());
    const std::int64_t id = addTask(t.db(), QStringLiteral("任务"), QStringLiteral("市教育局"),
                                    QStringLiteral("2026-06-30"));
    const QByteArray before = t.snapshot();
    TaskInput input;
    input.year = 2026;
    input.title = QStringLiteral("部分");
    input.kind = QStringLiteral("common");
    input.lead = QStringLiteral("市财政局");
    input.parent = 999;
    input.split = QStringLiteral("outer");
    CHECK_THAT(failure(tasks.add(input)), Catch::Contains("999"));
    input.parent = id;
    input.split.clear();
    CHECK_THAT(failure(tasks.add(input)), Catch::Contains("--split"));
    input.parent.reset();
    input.split = QStringLiteral("outer");
    CHECK_THAT(failure(tasks.add(input)), Catch::Contains("--parent"));
    input.split.clear();
    input.due = QStringLiteral("2025-12-31");
    CHECK_THAT(failure(tasks.add(input)), Catch::Contains("before"));
    input.due = QStringLiteral("尽快");
    CHECK_THAT(failure(tasks.add(input)), Catch::Contains("尽快"));
    input.due.clear();
    input.kind = QStringLiteral("important");
    CHECK_THAT(failure(tasks.add(input)), Catch::Contains("important"));
    input.kind = QStringLiteral("共性");
    input.lead.clear();
    CHECK_THAT(failure(tasks.add(input)), Catch::Contains("lead"));
    CHECK_THAT(failure(tasks.progress(id, 100.5, {}, QDate(2026, 5, 1))), Catch::Contains("100"));
    CHECK_THAT(failure(tasks.progress(id, -1, {}, QDate(2026, 5, 1))), Catch::Contains("0"));
    CHECK_THAT(failure(tasks.progress(12345, 50, {}, QDate(2026, 5, 1))), Catch::Contains("12345"));
    CHECK(t.snapshot() == before);
    // Kinds and splits in Chinese are taken as their codes.
    input.lead = QStringLiteral("市财政局");
    input.kind = QStringLiteral("个性任务");
    input.parent = id;
    input.split = QStringLiteral("外分");
    const std::int64_t part = require(tasks.add(input));
    CHECK(tasks.find(part)->kind == QStringLiteral("specific"));
    CHECK(tasks.find(part)->split == QStringLiteral("outer"));
}

TEST_CASE("a version 5 file gains the task ledger and coverage targets and keeps its campaigns",
          "[tasks]") {
    TestDatabase t;
    require(CampaignRepository(t.db()).create(2026, CampaignSettings{}));
    t.reopen();
    require(t.db().exec(undoSchemaV6));
    t.reopen();
    CHECK(require(Schema::version(t.db())) == Schema::currentVersion);
    REQUIRE(CampaignRepository(t.db()).find(2026));
    addTask(t.db(), QStringLiteral("任务"), QStringLiteral("市教育局"));
    require(Coverage(t.db()).setTarget(2026, 0.5));
    CHECK(TaskRepository(t.db()).list(2026).size() == 1);
}
