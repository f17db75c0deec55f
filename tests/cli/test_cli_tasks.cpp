// The task ledger and coverage through the CLI contract of issue 16: ids, JSON fields,
// rates as fractions, a division plan saved by LibreOffice, the ledger workbook read back,
// the bulletin and the supervision letter read back, bad input exiting 1 with nothing changed.
#include "cli/CliRunner.h"
#include "cli/ExternalTools.h"

#include <QDir>

using namespace lianping::test;

namespace {

QString addTask(const Cli& cli, const QStringList& extra) {
    const Run run = cli.ok(args({"task", "add", "2026"}) + extra);
    const QString id = run.out.trimmed();
    bool ok = false;
    id.toInt(&ok);
    INFO(run.out.toStdString());
    REQUIRE(ok);
    return id;
}

QJsonObject byId(const QJsonArray& rows, const QString& id) {
    for (const QJsonValue& value : rows)
        if (value.toObject()[QStringLiteral("id")].toInt() == id.toInt())
            return value.toObject();
    FAIL("no task " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("CLI task ledger: add, parts, progress, done, list and rates as the contract says",
          "[cli][tasks]") {
    Cli cli;
    cli.ok(args({"init"}));
    const QString school =
        addTask(cli, args({"--title", "清廉学校建设", "--kind", "common", "--lead", "市教育局",
                           "--co", "市财政局", "--co", "市卫健委", "--action", "学校", "--target",
                           "建成示范校20所", "--due", "2026-09-30"}));
    const QString part1 =
        addTask(cli, args({"--title", "局机关自查", "--kind", "common", "--lead", "市教育局办公室",
                           "--parent", "1", "--split", "inner"}));
    CHECK(school == QStringLiteral("1"));
    const QString part2 =
        addTask(cli, args({"--title", "旺苍县推进", "--kind", "common", "--lead", "旺苍县教育局",
                           "--county", "旺苍县", "--parent", school.toUtf8().constData(), "--split",
                           "down", "--due", "2026-08-31"}));
    const QString hospital =
        addTask(cli, args({"--title", "清廉医院建设", "--kind", "specific", "--lead", "市卫健委",
                           "--action", "医院", "--due", "2026-12-31"}));
    cli.ok(args(
        {"task", "progress", "2", "--percent", "40", "--note", "已排查", "--date", "2026-06-01"}));
    cli.ok(args({"task", "done", "3", "--date", "2026-08-20"}));

    const QJsonArray rows =
        cli.json(args({"task", "list", "2026", "--today", "2026-09-25", "--format", "json"}));
    REQUIRE(rows.size() == 4);
    const QJsonObject whole = byId(rows, school);
    const QStringList keys = args({"id", "title", "kind", "action", "lead", "co", "county",
                                   "parent", "split", "due", "percent", "status"});
    CHECK(whole.keys().size() == keys.size());
    for (const QString& key : keys)
        CHECK(whole.contains(key));
    CHECK(whole[QStringLiteral("title")].toString() == QStringLiteral("清廉学校建设"));
    CHECK(whole[QStringLiteral("kind")].toString() == QStringLiteral("common"));
    CHECK(whole[QStringLiteral("action")].toString() == QStringLiteral("学校"));
    CHECK(whole[QStringLiteral("co")].toArray() ==
          QJsonArray({QStringLiteral("市财政局"), QStringLiteral("市卫健委")}));
    CHECK(whole[QStringLiteral("parent")].isNull());
    CHECK(whole[QStringLiteral("due")].toString() == QStringLiteral("2026-09-30"));
    CHECK(whole[QStringLiteral("percent")].toDouble() == Approx(70.0)); // (40 + 100) / 2
    CHECK(whole[QStringLiteral("status")].toString() == QStringLiteral("due-soon"));
    const QJsonObject down = byId(rows, part2);
    CHECK(down[QStringLiteral("parent")].toInt() == 1);
    CHECK(down[QStringLiteral("split")].toString() == QStringLiteral("down"));
    CHECK(down[QStringLiteral("county")].toString() == QStringLiteral("旺苍县"));
    CHECK(down[QStringLiteral("status")].toString() == QStringLiteral("done"));
    CHECK(byId(rows, part1)[QStringLiteral("percent")].toDouble() == 40.0);
    CHECK(byId(rows, hospital)[QStringLiteral("status")].toString() == QStringLiteral("on-track"));

    // Filters.
    CHECK(
        cli.json(args({"task", "list", "2026", "--lead", "市卫健委", "--format", "json"})).size() ==
        1);
    CHECK(
        cli.json(args({"task", "list", "2026", "--county", "旺苍县", "--format", "json"})).size() ==
        1);
    CHECK(cli.json(args({"task", "list", "2026", "--action", "学校", "--format", "json"})).size() ==
          3);
    const QJsonArray overdue = cli.json(args({"task", "list", "2026", "--today", "2026-10-01",
                                              "--status", "overdue", "--format", "json"}));
    REQUIRE(overdue.size() == 2); // the task and its unfinished part
    CHECK(cli.json(args({"task", "list", "2026", "--today", "2026-10-01", "--status", "done",
                         "--format", "json"}))
              .size() == 1);

    // Rates: the ledger's tasks (parts make up their task).
    cli.ok(args({"task", "done", "2", "--date", "2026-09-01"}));
    const QJsonArray kinds =
        cli.json(args({"task", "rates", "2026", "--by", "kind", "--format", "json"}));
    REQUIRE(kinds.size() == 2);
    const QJsonObject common = kinds[0].toObject();
    CHECK(common.keys() == args({"done", "group", "rate", "tasks"}));
    CHECK(common[QStringLiteral("group")].toString() == QStringLiteral("common"));
    CHECK(common[QStringLiteral("tasks")].toInt() == 1);
    CHECK(common[QStringLiteral("done")].toInt() == 1);
    CHECK(common[QStringLiteral("rate")].toDouble() == 1.0);
    CHECK(kinds[1].toObject()[QStringLiteral("rate")].toDouble() == 0.0);
    const QJsonArray leads =
        cli.json(args({"task", "rates", "2026", "--by", "lead", "--format", "json"}));
    CHECK(leads.size() == 2);
    const Run table = cli.ok(args({"task", "rates", "2026", "--by", "action"}));
    CHECK(table.out.contains(QStringLiteral("1 / 2，50.00 %")));
}

TEST_CASE("CLI 113 tasks with 104 done: rates as fractions, 0.920353…", "[cli][tasks]") {
    Cli cli;
    cli.ok(args({"init"}));
    // A division plan of 113 tasks as CSV: 2 departments, the first 9 of the second not done.
    QByteArray csv = "序号,任务,类别,牵头单位,配合单位,完成时限,目标\n";
    for (int i = 1; i <= 113; ++i)
        csv += QStringLiteral("%1,任务%1,%2,%3,,2026-06-30,\n")
                   .arg(i)
                   .arg(i % 3 == 0 ? QStringLiteral("个性") : QStringLiteral("共性"))
                   .arg(i <= 50 ? QStringLiteral("市委组织部") : QStringLiteral("市委宣传部"))
                   .toUtf8();
    cli.ok(args({"task", "import", "2026"}) << cli.write(QStringLiteral("plan.csv"), csv));
    for (int i = 1; i <= 113; ++i)
        if (i <= 50 || i > 59)
            cli.ok(args({"task", "done"}) << QString::number(i));
    const QJsonArray leads =
        cli.json(args({"task", "rates", "2026", "--by", "lead", "--format", "json"}));
    int tasks = 0;
    int done = 0;
    for (const QJsonValue& value : leads) {
        const QJsonObject group = value.toObject();
        tasks += group[QStringLiteral("tasks")].toInt();
        done += group[QStringLiteral("done")].toInt();
        if (group[QStringLiteral("group")].toString() == QStringLiteral("市委宣传部")) {
            CHECK(group[QStringLiteral("tasks")].toInt() == 63);
            CHECK(group[QStringLiteral("done")].toInt() == 54);
            CHECK(group[QStringLiteral("rate")].toDouble() == Approx(54.0 / 63.0).epsilon(1e-12));
        }
    }
    CHECK(tasks == 113);
    CHECK(done == 104);
    const Run table = cli.ok(args({"task", "rates", "2026", "--by", "kind"}));
    CHECK(table.out.contains(QStringLiteral("104 / 113，92.04 %")));
}

TEST_CASE("CLI bad task input exits 1 with a message and changes nothing", "[cli][tasks]") {
    Cli cli;
    cli.ok(args({"init"}));
    addTask(cli, args({"--title", "任务", "--kind", "common", "--lead", "市教育局", "--due",
                       "2026-06-30"}));
    const QString before = cli.ok(args({"task", "list", "2026", "--format", "json"})).out;
    const QList<QStringList> bad = {
        args({"task", "add", "2026", "--title", "x", "--kind", "common", "--lead", "y", "--parent",
              "99", "--split", "inner"}),
        args({"task", "add", "2026", "--title", "x", "--kind", "common", "--lead", "y", "--due",
              "2025-12-31"}),
        args({"task", "add", "2026", "--title", "x", "--kind", "major", "--lead", "y"}),
        args({"task", "progress", "1", "--percent", "101"}),
        args({"task", "progress", "1", "--percent", "-5"}),
        args({"task", "progress", "1", "--percent", "many"}),
        args({"task", "progress", "7", "--percent", "50"}),
        args({"task", "done", "7"}),
        args({"task", "letter", "7", "--out", "x.pdf"}),
    };
    for (const QStringList& words : bad) {
        const Run run = cli.run(words);
        INFO(words.join(QLatin1Char(' ')).toStdString() + " → " + run.err.toStdString());
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("error")));
    }
    CHECK(cli.ok(args({"task", "list", "2026", "--format", "json"})).out == before);
    // A plan with a bad row stores none of its rows, and says which row and field.
    const QString plan =
        cli.write(QStringLiteral("bad.csv"), "序号,任务,类别,牵头单位,配合单位,完成时限,目标\n"
                                             "1,好任务,共性,市教育局,,2026-06-30,\n"
                                             "2,坏任务,共性,市教育局,,尽快,\n");
    const Run run = cli.run(args({"task", "import", "2026"}) << plan);
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("row 3")));
    CHECK(run.err.contains(QStringLiteral("完成时限")));
    CHECK(cli.ok(args({"task", "list", "2026", "--format", "json"})).out == before);
}

TEST_CASE("CLI imports a division plan saved by LibreOffice, exports the ledger and prints "
          "the bulletin and a supervision letter",
          "[cli][tasks][office]") {
    Cli cli;
    cli.ok(args({"init"}));
    cli.ok(args({"campaign", "create", "2026"}));
    cli.ok(args({"campaign", "set", "2026", "--issuer", "中共广元市纪委", "--doc-prefix", "广纪"}));
    const QString csv =
        cli.write(QStringLiteral("分工方案.csv"),
                  "2026年廉洁细胞建设任务分工方案,,,,,,\n"
                  "序号,任务,类别,牵头单位,配合单位,完成时限,目标\n"
                  "一、清廉机关建设行动,,,,,,\n"
                  "1,开展机关廉政风险排查,共性任务,市直机关工委,市纪委监委、市委组织部,2026年6月底,"
                  "排查风险点100个\n"
                  "1.1,机关工委内部排查,共性,市直机关工委办公室,,6月底前,\n"
                  "1.2,县区机关排查,共性,旺苍县纪委,,第三季度,\n"
                  "2,机关廉洁文化阵地建设,个性,市委宣传部,市文明办,年底前,建成阵地10个\n"
                  "二、清廉学校建设行动,,,,,,\n"
                  "1,清廉校园示范创建,延伸,市教育局,,2026/9/30,示范校20所\n"
                  "2,师德师风专项整治,共性,市教育局,市纪委监委,长期坚持,\n");
    const QString xlsx =
        officeConvert(csv, QStringLiteral("xlsx"), cli.path(QStringLiteral("office")),
                      QStringLiteral("CSV:44,34,76"));
    const Run imported = cli.ok(args({"task", "import", "2026"}) << xlsx);
    CHECK(imported.out.contains(QStringLiteral("imported 4 tasks and 2 parts")));
    // Importing the same plan again adds nothing.
    CHECK(cli.ok(args({"task", "import", "2026"}) << xlsx)
              .out.contains(QStringLiteral("imported 0 tasks")));
    const QJsonArray rows = cli.json(args({"task", "list", "2026", "--format", "json"}));
    REQUIRE(rows.size() == 6);
    const QJsonObject first = byId(rows, QStringLiteral("1"));
    CHECK(first[QStringLiteral("action")].toString() == QStringLiteral("机关"));
    CHECK(first[QStringLiteral("kind")].toString() == QStringLiteral("common"));
    CHECK(first[QStringLiteral("due")].toString() == QStringLiteral("2026-06-30"));
    CHECK(first[QStringLiteral("co")].toArray().size() == 2);
    const QJsonObject part = byId(rows, QStringLiteral("3"));
    CHECK(part[QStringLiteral("parent")].toInt() == 1);
    CHECK(part[QStringLiteral("split")].toString() == QStringLiteral("outer"));
    CHECK(part[QStringLiteral("due")].toString() == QStringLiteral("2026-09-30"));
    CHECK(byId(rows, QStringLiteral("2"))[QStringLiteral("split")].toString() ==
          QStringLiteral("inner"));
    CHECK(byId(rows, QStringLiteral("5"))[QStringLiteral("action")].toString() ==
          QStringLiteral("学校"));
    CHECK(byId(rows, QStringLiteral("6"))[QStringLiteral("due")].isNull());

    cli.ok(args({"task", "done", "2", "--date", "2026-07-10"})); // late
    cli.ok(args({"task", "progress", "3", "--percent", "60", "--date", "2026-08-01"}));
    cli.ok(args({"task", "done", "5", "--date", "2026-09-15"})); // in time

    // The ledger workbook, read back.
    const QString book = cli.path(QStringLiteral("台账.xlsx"));
    cli.ok(args({"ledger", "export", "2026", "--out"})
           << book << QStringLiteral("--today") << QStringLiteral("2026-10-08"));
    const QString read = tool(QStringLiteral("/usr/bin/python3"),
                              {QStringLiteral("-c"),
                               QStringLiteral("import openpyxl,sys\n"
                                              "wb=openpyxl.load_workbook(sys.argv[1])\n"
                                              "print('|'.join(wb.sheetnames))\n"
                                              "ws=wb['任务台账']\n"
                                              "for r in ws.iter_rows(min_row=4,values_only=True): "
                                              "print(r[0],r[1].strip(),r[12],r[11])\n"
                                              "print(wb['完成率']['A1'].value)\n"
                                              "print(len(wb['完成率']._charts))\n"),
                               book});
    INFO(read.toStdString());
    CHECK(read.startsWith(QStringLiteral("任务台账|完成率\n"))); // no units: no 覆盖率 sheet
    CHECK(read.contains(QStringLiteral("1 开展机关廉政风险排查 已逾期 0.8")));
    CHECK(read.contains(QStringLiteral("2 机关工委内部排查 已完成（逾期完成） 1")));
    CHECK(read.contains(QStringLiteral("任务完成率：1 / 4，25.00 %")));
    CHECK(read.trimmed().endsWith(QStringLiteral("1")));

    // The third quarter's bulletin: as of 2026-09-30.
    const QString bulletin = cli.path(QStringLiteral("通报.pdf"));
    cli.ok(args({"task", "bulletin", "2026", "--period", "2026-Q3", "--out"}) << bulletin);
    const QString text = pdfText(bulletin).remove(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("中共广元市纪委文件")));
    CHECK(text.contains(QStringLiteral("广纪〔2026〕1号")));
    CHECK(text.contains(QStringLiteral("关于2026年第三季度廉洁细胞建设任务推进情况的通报")));
    CHECK(text.contains(QStringLiteral("截至2026年9月30日")));
    CHECK(text.contains(QStringLiteral("任务4项，已完成1项，完成率25.00%")));
    CHECK(text.contains(QStringLiteral("市教育局：任务2项，已完成1项，完成率50.00%")));
    CHECK(text.contains(QStringLiteral("机关工委内部排查（牵头单位：市直机关工委办公室")));
    CHECK(tool(QStringLiteral("pdfinfo"), {bulletin}).contains(QStringLiteral("(A4)")));

    // A supervision letter to the overdue part's lead, numbered, recorded on the task.
    const QString letter = cli.path(QStringLiteral("督办函.pdf"));
    cli.ok(args({"task", "letter", "3", "--out"}) << letter);
    const QString letterText = pdfText(letter).remove(QLatin1Char('\n'));
    CHECK(letterText.contains(QStringLiteral("旺苍县纪委：")));
    CHECK(letterText.contains(QStringLiteral("县区机关排查")));
    CHECK(letterText.contains(QStringLiteral("该任务进度为60%")));
    CHECK(letterText.contains(QStringLiteral("广纪〔2026〕1号")));
    const QString second = cli.path(QStringLiteral("督办函2.pdf"));
    cli.ok(args({"task", "letter", "1", "--out"}) << second);
    CHECK(pdfText(second).contains(QStringLiteral("广纪〔2026〕2号")));
    // A done task needs no letter.
    CHECK(
        cli.run(args({"task", "letter", "5", "--out"}) << cli.path(QStringLiteral("x.pdf"))).code ==
        1);
}

TEST_CASE("CLI coverage: named ÷ registered per county and type against the year's target",
          "[cli][tasks]") {
    Cli cli;
    cli.ok(args({"demo", "--units", "300", "--seed", "4", "--year", "2026"}));
    cli.ok(args({"campaign", "set", "2026", "--coverage-target", "50%"}));
    cli.ok(args({"campaign", "set", "2026", "--coverage-target", "10", "--type", "学校"}));
    const QJsonArray rows = cli.json(args({"coverage", "2026", "--format", "json"}));
    REQUIRE_FALSE(rows.isEmpty());
    // Independently: count the results per county and type.
    const QJsonArray results = cli.json(args({"result", "2026", "--format", "json"}));
    const QJsonArray units = cli.json(args({"units", "list", "--format", "json"}));
    int registered = 0;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        CHECK(row.keys() ==
              args({"county", "enrolled", "named", "rate", "registered", "target", "type"}));
        int named = 0;
        int enrolled = 0;
        for (const QJsonValue& r : results) {
            const QJsonObject result = r.toObject();
            if (result[QStringLiteral("county")] != row[QStringLiteral("county")] ||
                result[QStringLiteral("type")] != row[QStringLiteral("type")])
                continue;
            ++enrolled;
            named += result[QStringLiteral("state")].toString() == QStringLiteral("named") ? 1 : 0;
        }
        CHECK(row[QStringLiteral("named")].toInt() == named);
        CHECK(row[QStringLiteral("enrolled")].toInt() == enrolled);
        CHECK(row[QStringLiteral("rate")].toDouble() ==
              Approx(static_cast<double>(named) / row[QStringLiteral("registered")].toInt()));
        CHECK(row[QStringLiteral("target")].toDouble() ==
              (row[QStringLiteral("type")].toString() == QStringLiteral("school") ? 0.1 : 0.5));
        registered += row[QStringLiteral("registered")].toInt();
    }
    CHECK(registered == units.size());
    CHECK(cli.run(args({"coverage", "2031"})).code == 1);
    CHECK(cli.run(args({"campaign", "set", "2026", "--coverage-target", "150%"})).code == 1);
}
