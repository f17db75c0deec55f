// The evidence and findings contract of issue 15 through the real lianping-cli: ids printed,
// JSON fields, bytes verified, bad input exiting 1 with the file unchanged, deduction scoring,
// findings made into rectification items, and a county → city package with the files.
#include "cli/CliRunner.h"
#include "cli/ExternalTools.h"

#include <QCryptographicHash>
#include <QDir>

using namespace lianping::test;

namespace {

QByteArray digest(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList on(const QString& db, std::initializer_list<const char*> words) {
    QStringList list{QStringLiteral("--db"), db};
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return list;
}

void setUp(const Cli& cli) {
    cli.ok(args({"units", "import", "--new-counties"})
           << cli.write(QStringLiteral("units.csv"), "code,name,type,county\n"
                                                     "A001,利州区财政局,机关,利州区\n"
                                                     "A002,利州区民政局,机关,利州区\n"));
    cli.ok(args({"campaign", "create", "2026"}));
    cli.ok(args({"campaign", "enroll", "2026"}));
}

} // namespace

TEST_CASE("cli: evidence add, list, get, remove and export as the contract says",
          "[cli][evidence]") {
    Cli cli;
    setUp(cli);
    const QByteArray minutes = QByteArrayLiteral("%PDF-1.4 党组会议纪要");
    const QString a = cli.write(QStringLiteral("会议纪要.pdf"), minutes);
    const QString b = cli.write(QStringLiteral("照片.jpg"), QByteArrayLiteral("\xff\xd8\xff jpeg"));
    const Run added = cli.ok(args({"evidence", "add", "2026", "A001", "D1.1"})
                             << a << b << args({"--step", "county", "--note", "查阅资料"}));
    const QStringList ids = added.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(ids.size() == 2);
    cli.ok(args({"evidence", "add", "2026", "A001", "-"}) << a << args({"--step", "self"}));

    const QJsonArray list =
        cli.json(args({"evidence", "list", "2026", "A001", "--format", "json"}));
    REQUIRE(list.size() == 3);
    const QStringList keys =
        args({"id", "indicator", "step", "name", "size", "sha256", "added_by", "added_at", "note"});
    for (const QJsonValue& value : list)
        CHECK(value.toObject().keys().size() == keys.size());
    QJsonObject first;
    for (const QJsonValue& value : list)
        if (value.toObject()[QStringLiteral("id")].toInt() == ids[0].toInt())
            first = value.toObject();
    CHECK(first[QStringLiteral("indicator")].toString() == QStringLiteral("D1.1"));
    CHECK(first[QStringLiteral("step")].toString() == QStringLiteral("county"));
    CHECK(first[QStringLiteral("name")].toString() == QStringLiteral("会议纪要.pdf"));
    CHECK(first[QStringLiteral("size")].toInt() == minutes.size());
    CHECK(first[QStringLiteral("sha256")].toString() == hex(minutes));
    CHECK(first[QStringLiteral("added_by")].toString() == QStringLiteral("测试员"));
    CHECK(first[QStringLiteral("note")].toString() == QStringLiteral("查阅资料"));
    const Run csv = cli.ok(args({"evidence", "list", "2026", "A001", "--format", "csv"}));
    CHECK(csv.out.startsWith(QStringLiteral("id,indicator,step,name,size,sha256")));

    const QString out = cli.path(QStringLiteral("got.pdf"));
    cli.ok(args({"evidence", "get"}) << ids[0] << QStringLiteral("--out") << out);
    QFile got(out);
    REQUIRE(got.open(QIODevice::ReadOnly));
    CHECK(got.readAll() == minutes);

    // Bad input exits 1 and changes nothing.
    const QByteArray before = digest(cli.db());
    const Run unknownUnit = cli.run(args({"evidence", "add", "2026", "B999", "D1.1"})
                                    << a << args({"--step", "county"}));
    CHECK(unknownUnit.code == 1);
    CHECK(unknownUnit.err.contains(QStringLiteral("B999")));
    const Run unknownIndicator = cli.run(args({"evidence", "add", "2026", "A001", "D9.9"})
                                         << a << args({"--step", "county"}));
    CHECK(unknownIndicator.code == 1);
    CHECK(unknownIndicator.err.contains(QStringLiteral("D9.9")));
    const Run missing =
        cli.run(args({"evidence", "add", "2026", "A001", "D1.1"})
                << a << cli.path(QStringLiteral("没有.pdf")) << args({"--step", "county"}));
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("没有.pdf")));
    {
        QFile big(cli.path(QStringLiteral("big.zip")));
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(200ll * 1024 * 1024 + 1));
    }
    const Run tooLarge =
        cli.run(args({"evidence", "add", "2026", "A001", "D1.1"})
                << cli.path(QStringLiteral("big.zip")) << args({"--step", "county"}));
    CHECK(tooLarge.code == 1);
    CHECK(tooLarge.err.contains(QStringLiteral("200")));
    CHECK(digest(cli.db()) == before);

    cli.ok(args({"evidence", "remove"}) << ids[1] << args({"--reason", "重复上传"}));
    CHECK(cli.json(args({"evidence", "list", "2026", "A001", "--format", "json"})).size() == 2);
    const Run history = cli.ok(args({"history", "A001"}));
    CHECK(history.out.contains(QStringLiteral("重复上传")));

    const QString folder = cli.path(QStringLiteral("archive"));
    cli.ok(args({"evidence", "export", "2026", "A001", "--out"}) << folder);
    CHECK(QFile::exists(folder + QStringLiteral("/会议纪要.pdf")));
    CHECK(QFile::exists(folder + QStringLiteral("/会议纪要 (2).pdf")));
    QFile index(folder + QStringLiteral("/index.csv"));
    REQUIRE(index.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(index.readAll()).contains(hex(minutes)));
}

TEST_CASE("cli: findings deduct, list as JSON and become rectification items", "[cli][evidence]") {
    Cli cli;
    setUp(cli);
    const Run added = cli.ok(args({"finding", "add", "2026", "A001", "D1.1", "--step", "county",
                                   "--text", "党风廉政会议无记录", "--deduct", "2"}));
    const QString id = added.out.trimmed();
    CHECK(id == QStringLiteral("1"));
    cli.ok(args(
        {"finding", "add", "2026", "A001", "-", "--step", "city", "--text", "材料归档不规范"}));
    cli.ok(args({"finding", "add", "2026", "A002", "D2.1", "--step", "county", "--text",
                 "采购未公示", "--deduct", "１.５"}));

    const QByteArray before = digest(cli.db());
    for (const char* bad : {"11", "1.3", "abc"}) {
        const Run refused = cli.run(args({"finding", "add", "2026", "A001", "D1.1", "--step",
                                          "county", "--text", "x", "--deduct", bad}));
        INFO(bad);
        CHECK(refused.code == 1);
    }
    CHECK(cli.run(args({"finding", "add", "2026", "A001", "X1", "--step", "county", "--text", "x"}))
              .code == 1);
    CHECK(
        cli.run(args({"finding", "add", "2026", "B404", "D1.1", "--step", "county", "--text", "x"}))
            .code == 1);
    CHECK(digest(cli.db()) == before);

    const Run rectified = cli.ok(
        args({"finding", "rectify", "1", "--deadline", "2027-01-31", "--responsible", "张伟"}));
    const QString item = rectified.out.trimmed();
    const QJsonArray all = cli.json(args({"finding", "list", "2026", "--format", "json"}));
    REQUIRE(all.size() == 3);
    const QStringList keys =
        args({"id", "unit", "indicator", "step", "text", "deduct", "rectification"});
    QStringList got = all[0].toObject().keys();
    got.sort();
    QStringList want = keys;
    want.sort();
    CHECK(got == want);
    const QJsonObject one = all[0].toObject();
    CHECK(one[QStringLiteral("unit")].toString() == QStringLiteral("A001"));
    CHECK(one[QStringLiteral("indicator")].toString() == QStringLiteral("D1.1"));
    CHECK(one[QStringLiteral("step")].toString() == QStringLiteral("county"));
    CHECK(one[QStringLiteral("deduct")].toDouble() == 2.0);
    CHECK(one[QStringLiteral("rectification")].toInt() == item.toInt());
    const QJsonArray a2 =
        cli.json(args({"finding", "list", "2026", "--unit", "A002", "--format", "json"}));
    REQUIRE(a2.size() == 1);
    CHECK(a2[0].toObject()[QStringLiteral("deduct")].toDouble() == 1.5);
    CHECK(a2[0].toObject()[QStringLiteral("rectification")].isNull());

    // The item is closed with the evidence of the fix.
    cli.ok(args({"rectify", "set"}) << item << args({"--status", "done", "--evidence"})
                                    << cli.write(QStringLiteral("整改报告.pdf"), "fixed"));
    const QJsonArray evidence =
        cli.json(args({"evidence", "list", "2026", "A001", "--format", "json"}));
    REQUIRE(evidence.size() == 1);
    CHECK(evidence[0].toObject()[QStringLiteral("indicator")].toString() == QStringLiteral("D1.1"));
}

TEST_CASE("cli: a deduction-scored rubric indicator is scored by its findings", "[cli][evidence]") {
    Cli cli;
    cli.ok(args({"units", "import", "--new-counties"})
           << cli.write(QStringLiteral("units.csv"),
                        "code,name,type,county\nA001,利州区财政局,机关,利州区\n"));
    cli.ok(args({"rubric", "import"})
           << cli.write(QStringLiteral("r.json"),
                        R"({"type":"agency","year":2026,"title":"扣分制","dimensions":[
        {"id":"D1","title":"责任","indicators":[
            {"id":"D1.1","text":"会议记录，每发现一处扣2分，扣完为止","max":10,"scoring":"deduct"},
            {"id":"D1.2","text":"制度","max":90}]}]})"));
    cli.ok(args({"campaign", "create", "2026"}));
    cli.ok(args({"campaign", "enroll", "2026"}));
    for (int i = 0; i < 3; ++i)
        cli.ok(args({"finding", "add", "2026", "A001", "D1.1", "--step", "county", "--text",
                     "缺记录", "--deduct", "2"}));
    cli.ok(args({"finding", "add", "2026", "A001", "D1.1", "--step", "county", "--text", "未签字",
                 "--deduct", "1.5"}));
    cli.ok(args({"score", "set", "2026", "A001", "D1.2", "80", "--step", "county"}));
    const QJsonArray results = cli.json(args({"result", "2026", "--format", "json"}));
    REQUIRE(results.size() == 1);
    // 10 − (2 + 2 + 2 + 1.5) = 2.5, plus 80.
    CHECK(results[0].toObject()[QStringLiteral("s_org")].toDouble() == 82.5);
}

TEST_CASE("cli: a county's package carries its evidence to the city, verified", "[cli][evidence]") {
    Cli cli;
    const QString county = cli.path(QStringLiteral("county.lpdb"));
    const QString city = cli.path(QStringLiteral("city.lpdb"));
    const QString keyPass = cli.write(QStringLiteral("key-pass.txt"), "利州区纪委 2026 签名口令\n");
    cli.ok(on(county, {"office", "init", "利州区纪委", "--role", "county", "--county", "利州区",
                       "--key-passphrase-file"})
           << keyPass);
    cli.ok(on(city, {"office", "init", "广元市纪委", "--role", "city", "--key-passphrase-file"})
           << keyPass);
    cli.ok(on(county, {"office", "export-key", "--key-passphrase-file"})
           << keyPass << QStringLiteral("--out") << cli.path(QStringLiteral("county.key")));
    cli.ok(on(city, {"office", "trust"}) << cli.path(QStringLiteral("county.key")));
    cli.ok(on(county, {"units", "import", "--new-counties"})
           << cli.write(QStringLiteral("units.csv"),
                        "code,name,type,county\nA001,利州区财政局,机关,利州区\n"));
    cli.ok(on(county, {"campaign", "create", "2026"}));
    cli.ok(on(county, {"campaign", "enroll", "2026"}));
    const QByteArray scan(1024 * 1024 + 3, 'S');
    cli.ok(on(county, {"evidence", "add", "2026", "A001", "D1.1", "--step", "county"})
           << cli.write(QStringLiteral("扫描件.pdf"), scan));
    cli.ok(on(county, {"finding", "add", "2026", "A001", "D1.1", "--step", "county", "--text",
                       "扫描件缺页", "--deduct", "1", "--evidence", "1"}));
    const QString package = cli.path(QStringLiteral("county.lpkg"));
    const Run exported = cli.ok(on(county, {"package", "export", "2026", "--key-passphrase-file"})
                                << keyPass << QStringLiteral("--out") << package);
    CHECK(exported.out.contains(QStringLiteral("evidence files: 1 carried")));
    const Run imported = cli.ok(on(city, {"package", "import"}) << package);
    CHECK(imported.err.contains(QStringLiteral("1 evidence files verified")));
    const QJsonArray atCity =
        cli.json(on(city, {"evidence", "list", "2026", "A001", "--format", "json"}));
    REQUIRE(atCity.size() == 1);
    CHECK(atCity[0].toObject()[QStringLiteral("sha256")].toString() == hex(scan));
    CHECK(cli.json(on(city, {"finding", "list", "2026", "--format", "json"})).size() == 1);
    const QString out = cli.path(QStringLiteral("at-city.pdf"));
    cli.ok(on(city, {"evidence", "get", "1", "--out"}) << out);
    CHECK(digest(out) == QCryptographicHash::hash(scan, QCryptographicHash::Sha256));

    // Sent again: no file twice.
    const QString again = cli.path(QStringLiteral("again.lpkg"));
    const Run second = cli.ok(on(county, {"package", "export", "2026", "--key-passphrase-file"})
                              << keyPass << QStringLiteral("--out") << again);
    CHECK(second.out.contains(QStringLiteral("0 carried")));
    CHECK(QFileInfo(again).size() < QFileInfo(package).size() - scan.size() + 1000);
}

TEST_CASE("cli: a county review sub-step is recorded with its evidence, or nothing is",
          "[cli][evidence]") {
    Cli cli;
    setUp(cli);
    const QString minutes = cli.write(QStringLiteral("述职述廉会议记录.pdf"), "minutes");
    cli.ok(args({"review-step", "2026", "A001", "述职述廉", "--date", "2026-05-10", "--evidence"})
           << minutes);
    const QJsonArray files =
        cli.json(args({"evidence", "list", "2026", "A001", "--format", "json"}));
    REQUIRE(files.size() == 1);
    CHECK(files[0].toObject()[QStringLiteral("indicator")].toString() ==
          QStringLiteral("review:述职述廉"));
    CHECK(files[0].toObject()[QStringLiteral("step")].toString() == QStringLiteral("county"));
    // A missing file: the sub-step is not recorded either.
    const QByteArray before = digest(cli.db());
    const Run refused =
        cli.run(args({"review-step", "2026", "A001", "走访", "--date", "2026-05-11", "--evidence"})
                << cli.path(QStringLiteral("无.jpg")));
    CHECK(refused.code == 1);
    CHECK(digest(cli.db()) == before);
    CHECK(cli.run(args({"evidence", "add", "2026", "A001", "review:不存在", "--step", "county"})
                  << minutes)
              .code == 1);
    const QString report = cli.path(QStringLiteral("r.pdf"));
    cli.ok(args({"report", "2026", "A001", "--out"}) << report);
}

TEST_CASE("cli: a year started from the last carries its units and open items", "[cli][campaign]") {
    Cli cli;
    setUp(cli);
    cli.ok(args({"campaign", "set", "2026", "--qualified", "70", "--org-weight", "80%"}));
    cli.ok(args({"rectify", "add", "2026", "A002", "--text", "制度未上墙", "--deadline",
                 "2027-02-01", "--responsible", "赵六"}));
    cli.ok(args({"score", "set", "2026", "A001", "D1.1", "9", "--step", "county"}));
    const Run locked = cli.run(args({"campaign", "set", "2026", "--qualified", "72"}));
    CHECK(locked.code == 1);
    CHECK(locked.err.contains(QStringLiteral("fixed once scoring has begun")));
    const Run created = cli.ok(args({"campaign", "create", "2027", "--from", "2026"}));
    CHECK(created.out.contains(QStringLiteral("2 units enrolled")));
    CHECK(created.out.contains(QStringLiteral("1 rectification items")));
    const Run shown = cli.ok(args({"campaign", "show", "2027"}));
    CHECK(shown.out.contains(QStringLiteral("org weight 0.8")));
    CHECK(shown.out.contains(QStringLiteral("qualified 70")));
    const QJsonArray items =
        cli.json(args({"rectify", "list", "--year", "2027", "--format", "json"}));
    REQUIRE(items.size() == 1);
    CHECK(items[0].toObject()[QStringLiteral("text")].toString() ==
          QStringLiteral("【2026年度结转】制度未上墙"));
}

TEST_CASE(
    "cli: the rating report lists findings and an evidence index, the workbook a 发现问题 sheet",
    "[cli][evidence]") {
    Cli cli;
    setUp(cli);
    const QByteArray minutes = QByteArrayLiteral("党组会议纪要 2026");
    cli.ok(args({"evidence", "add", "2026", "A001", "D1.1", "--step", "county"})
           << cli.write(QStringLiteral("党组会议纪要.pdf"), minutes));
    cli.ok(args({"finding", "add", "2026", "A001", "D1.1", "--step", "county", "--text",
                 "会议纪要未记录表决情况", "--deduct", "1.5"}));
    cli.ok(args({"finding", "rectify", "1", "--deadline", "2027-01-31", "--responsible", "张伟"}));

    const QString report = cli.path(QStringLiteral("报告.pdf"));
    cli.ok(args({"report", "2026", "A001", "--out"}) << report);
    const QString text = pdfText(report).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("会议纪要未记录表决情况")));
    CHECK(text.contains(QStringLiteral("六、佐证材料索引")));
    CHECK(text.contains(QStringLiteral("党组会议纪要.pdf")));
    CHECK(text.contains(hex(minutes).left(12)));
    CHECK(text.contains(QStringLiteral("测试员")));

    const QString book = cli.path(QStringLiteral("汇总.xlsx"));
    cli.ok(args({"export-excel", "2026", "--out"}) << book);
    const QString read = tool(QStringLiteral("/usr/bin/python3"),
                              {QStringLiteral("-c"),
                               QStringLiteral("import openpyxl,sys\n"
                                              "wb=openpyxl.load_workbook(sys.argv[1])\n"
                                              "ws=wb['发现问题']\n"
                                              "for r in ws.iter_rows(min_row=3,values_only=True): "
                                              "print('|'.join(str(v) for v in r))\n"),
                               book});
    INFO(read.toStdString());
    CHECK(read.contains(QStringLiteral("单位编码|单位名称|县区|指标|环节|发现问题|扣分|整改事项")));
    CHECK(read.contains(QStringLiteral(
        "A001|利州区财政局|利州区|D1.1|县区考评|会议纪要未记录表决情况|1.5|1|2027-01-31|张伟")));
}
