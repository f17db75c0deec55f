// Excel in and out: .xlsx and GB18030 CSV fixtures import to the same data, malformed
// workbooks are refused by name with nothing stored, and the summary workbook read back cell
// by cell matches ResultService to the last digit.
#include "TestDatabase.h"
#include "core/demo/DemoGenerator.h"
#include "core/export/SelfCheckTemplate.h"
#include "core/export/SummaryWorkbook.h"
#include "core/export/XlsxBook.h"
#include "core/io/ScoreImporter.h"
#include "core/io/UnitImporter.h"
#include "core/io/XlsReader.h"
#include "core/io/XlsxReader.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/ResultService.h"

#include <QFile>

#include <map>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace lianping;
using namespace lianping::test;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(LIANPING_TEST_DATA "/") + QString::fromLatin1(name);
}

// A workbook written cell by cell with our own writer (shared strings, unlike openpyxl's
// inline strings in the fixture).
QString writeWorkbook(TestDatabase& t, const char* name, const std::vector<QStringList>& rows) {
    const QString path = t.file(QString::fromLatin1(name));
    Result<std::unique_ptr<XlsxBook>> created = XlsxBook::create(path, false);
    REQUIRE(created.ok());
    std::unique_ptr<XlsxBook> book = std::move(*created);
    XlsxSheet& sheet = book->addSheet(QStringLiteral("Sheet1"));
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            if (!rows[r][c].isEmpty())
                sheet.text(static_cast<int>(r), c, rows[r][c]);
    require(book->close());
    return path;
}

std::map<QString, TableRow> byFirstColumn(const std::vector<TableRow>& rows) {
    std::map<QString, TableRow> map;
    for (const TableRow& row : rows)
        if (!row.fields.isEmpty())
            map[row.fields[0]] = row;
    return map;
}

} // namespace

TEST_CASE("an .xlsx and a GB18030 CSV fixture import to the same units") {
    TestDatabase xlsx;
    TestDatabase csv;
    CHECK(importUnits(xlsx.db(), fixture("units.xlsx")) == 4);
    CHECK(importUnits(csv.db(), fixture("units_gb18030.csv")) == 4);
    for (const char* code : {"A001", "S001", "H001", "320101"}) {
        INFO(code);
        const std::optional<Unit> a = UnitRepository(xlsx.db()).find(QString::fromLatin1(code));
        const std::optional<Unit> b = UnitRepository(csv.db()).find(QString::fromLatin1(code));
        REQUIRE(a);
        REQUIRE(b);
        CHECK(a->name == b->name);
        CHECK(a->county == b->county);
        CHECK(a->typeCode == b->typeCode);
        CHECK(a->lead == b->lead);
        CHECK(a->demo == b->demo);
    }
    // A number cell in Excel reads as the code a person typed, not 320101.0.
    CHECK(UnitRepository(xlsx.db()).find(QStringLiteral("320101"))->name ==
          QStringLiteral("苍溪县税务局"));
    CHECK(UnitRepository(xlsx.db()).find(QStringLiteral("S001"))->name ==
          QStringLiteral("旺苍县白水中学, 初中部"));
}

TEST_CASE("a malformed workbook names the file, row and field, and nothing is imported") {
    TestDatabase t;
    t.addUnit(QStringLiteral("X001"), QStringLiteral("已有单位"));
    const QByteArray before = t.snapshot();
    UnitImporter importer(t.db());

    const QString badType = writeWorkbook(t, "type.xlsx",
                                          {{QStringLiteral("单位编码"), QStringLiteral("单位名称"),
                                            QStringLiteral("类别"), QStringLiteral("县区")},
                                           {QStringLiteral("A1"), QStringLiteral("甲"),
                                            QStringLiteral("agency"), QStringLiteral("利州区")},
                                           {QStringLiteral("A2"), QStringLiteral("乙"),
                                            QStringLiteral("castle"), QStringLiteral("利州区")}});
    CHECK_THAT(failure(importer.importFile(badType)),
               Catch::Contains("type.xlsx: row 3, field 类别") && Catch::Contains("castle"));

    QFile whole(fixture("units.xlsx"));
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QString truncated = t.write(QStringLiteral("truncated.xlsx"), whole.read(1500));
    CHECK_THAT(failure(importer.importFile(truncated)),
               Catch::Contains("truncated.xlsx") && Catch::Contains("xlsx"));
    const QString xls =
        t.write(QStringLiteral("old.xls"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    CHECK_THAT(failure(importer.importFile(xls)),
               Catch::Contains("old.xls") && Catch::Contains("save it as .xlsx"));
    const QString noHeader = writeWorkbook(t, "header.xlsx",
                                           {{QStringLiteral("code"), QStringLiteral("name")},
                                            {QStringLiteral("A1"), QStringLiteral("甲")}});
    CHECK_THAT(failure(importer.importFile(noHeader)),
               Catch::Contains("header.xlsx: row 1") && Catch::Contains("type"));
    CHECK(t.snapshot() == before);
}

TEST_CASE("an .xls whose directory gives a name longer than 64 bytes is refused unread") {
    // fuzz_xls: freexl converts a directory entry's name with the length the file states, so
    // 27503 read 27 KB past its 4 KB stack buffer. The fixture with one length changed.
    TestDatabase t;
    QFile file(fixture("county_units/county_units.xls"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    require(XlsReader::readRows(t.write(QStringLiteral("good.xls"), good)));
    const auto u32 = [&](int at) {
        return static_cast<quint32>(static_cast<uchar>(good[at])) |
               static_cast<quint32>(static_cast<uchar>(good[at + 1])) << 8 |
               static_cast<quint32>(static_cast<uchar>(good[at + 2])) << 16 |
               static_cast<quint32>(static_cast<uchar>(good[at + 3])) << 24;
    };
    REQUIRE(good[30] == 9); // 512-byte sectors
    const int directory = static_cast<int>((u32(48) + 1) * 512);
    const auto withNameSize = [&](int entry, quint16 size) {
        QByteArray bad = good;
        bad[directory + entry * 128 + 64] = static_cast<char>(size & 0xFF);
        bad[directory + entry * 128 + 65] = static_cast<char>(size >> 8);
        return bad;
    };
    // Entry 1 is "Workbook" (18 bytes). 66 reads two bytes past the name field: without the
    // check freexl still finds "Workbook" and opens the file.
    REQUIRE(good.mid(directory + 128, 16) == QByteArray("W\0o\0r\0k\0b\0o\0o\0k\0", 16));
    for (const quint16 size : {quint16(66), quint16(27503), quint16(0xFFFF)}) {
        INFO(size);
        const QString path = t.write(QStringLiteral("long-name.xls"), withNameSize(1, size));
        CHECK_THAT(failure(XlsReader::readRows(path)),
                   Catch::Contains("long-name.xls") && Catch::Contains("save it as .xlsx"));
    }
    // The same through the importer, as a county's list would come in: nothing stored.
    const QByteArray before = t.snapshot();
    const QString units = t.write(QStringLiteral("units.xls"), withNameSize(0, 27503));
    CHECK_THAT(failure(UnitImporter(t.db()).importFile(units)), Catch::Contains("units.xls"));
    CHECK(t.snapshot() == before);
}

TEST_CASE("the xlsx reader places sparse cells by reference and reads shared strings") {
    TestDatabase t;
    const QString path =
        writeWorkbook(t, "sparse.xlsx",
                      {{QStringLiteral("a"), QString(), QStringLiteral("c")},
                       {},
                       {QString(), QStringLiteral("中文"), QString(), QStringLiteral("d")}});
    const std::vector<TableRow> rows = require(XlsxReader::readRows(path));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].line == 1);
    CHECK(rows[0].fields == QStringList{QStringLiteral("a"), QString(), QStringLiteral("c")});
    CHECK(rows[1].line == 3);
    CHECK(rows[1].fields ==
          QStringList{QString(), QStringLiteral("中文"), QString(), QStringLiteral("d")});
    CHECK_THAT(failure(XlsxReader::readRows(path, QStringLiteral("无此表"))),
               Catch::Contains("无此表"));
}

TEST_CASE("the summary workbook read back matches the results to the last digit") {
    TestDatabase t;
    require(DemoGenerator(t.db()).generate(DemoOptions{400, 11, 2026}));
    const QString path = t.file(QStringLiteral("summary.xlsx"));
    SummaryOptions options;
    options.year = 2026;
    int lastProgress = -1;
    options.progress = [&](int percent) {
        CHECK(percent >= lastProgress);
        lastProgress = percent;
        return true;
    };
    require(SummaryWorkbook::write(t.db(), options, path));
    CHECK(lastProgress == 100);
    ResultQuery query;
    query.year = 2026;
    const std::vector<UnitResult> results = require(ResultService(t.db()).compute(query));

    // 单位明细: one row per enrolled unit; totals and S_org equal, dimensions add up to S_org.
    const std::vector<TableRow> units =
        require(XlsxReader::readRows(path, QStringLiteral("单位明细")));
    REQUIRE(units.size() == results.size() + 1);
    const QStringList header = units[0].fields;
    const int total = static_cast<int>(header.indexOf(QStringLiteral("总分")));
    const int sOrg = static_cast<int>(header.indexOf(QStringLiteral("组织评价得分")));
    const int grade = static_cast<int>(header.indexOf(QStringLiteral("等次")));
    REQUIRE(total > 0);
    const std::map<QString, TableRow> rows = byFirstColumn(units);
    int assessed = 0;
    int excellent = 0;
    int qualified = 0;
    double sum = 0;
    for (const UnitResult& result : results) {
        INFO(result.unitCode.toStdString());
        const TableRow& row = rows.at(result.unitCode);
        auto field = [&](int i) { return i < row.fields.size() ? row.fields[i] : QString(); };
        if (!result.finalStep) {
            CHECK(field(total).isEmpty());
            continue;
        }
        ++assessed;
        excellent += result.outcome.grade == Grade::Excellent;
        qualified += result.outcome.grade == Grade::Qualified;
        sum += result.outcome.total;
        CHECK(field(total).toDouble() == Approx(result.outcome.total).epsilon(1e-12));
        CHECK(field(sOrg).toDouble() == Approx(result.outcome.sOrg).epsilon(1e-12));
        CHECK(field(grade) == gradeLabel(result.outcome.grade));
        double dimensions = 0;
        for (int d = 4; d < sOrg; ++d)
            dimensions += field(d).toDouble();
        CHECK(dimensions == Approx(result.outcome.sOrg));
    }
    REQUIRE(assessed > 0);

    // 汇总: the whole-city row holds the same counts and rates (numbers, not text).
    const std::vector<TableRow> summary =
        require(XlsxReader::readRows(path, QStringLiteral("汇总")));
    const TableRow& city = summary.back();
    REQUIRE(city.fields[0] == QStringLiteral("全市合计"));
    CHECK(city.fields[2].toInt() == static_cast<int>(results.size()));
    CHECK(city.fields[3].toInt() == assessed);
    CHECK(city.fields[4].toInt() == excellent);
    CHECK(city.fields[5].toInt() == qualified);
    CHECK(city.fields[7].toDouble() == Approx(double(excellent + qualified) / assessed));
    CHECK(city.fields[8].toDouble() == Approx(double(excellent) / assessed));
    CHECK(city.fields[9].toDouble() == Approx(sum / assessed));

    // 县区内名次: rank 1 holds the county's highest total; a higher total never ranks lower.
    const int rankColumn = static_cast<int>(header.indexOf(QStringLiteral("县区内名次")));
    REQUIRE(rankColumn > 0);
    std::map<QString, double> best;
    for (const UnitResult& result : results)
        if (result.finalStep)
            best[result.county] = std::max(best[result.county], result.outcome.total);
    std::map<QString, std::vector<std::pair<double, int>>> perCounty;
    for (const UnitResult& result : results) {
        if (!result.finalStep)
            continue;
        const int rank = rows.at(result.unitCode).fields[rankColumn].toInt();
        perCounty[result.county].emplace_back(result.outcome.total, rank);
        if (rank == 1)
            CHECK(result.outcome.total == Approx(best[result.county]));
    }
    for (auto& [county, list] : perCounty) {
        std::sort(list.begin(), list.end(), std::greater<>());
        CHECK(list.front().second == 1);
        for (std::size_t i = 1; i < list.size(); ++i)
            CHECK(list[i].second >= list[i - 1].second);
    }

    // 排名: every county ranked, then at most 20 units per county, all ranked 1–20.
    const std::vector<TableRow> ranking =
        require(XlsxReader::readRows(path, QStringLiteral("排名")));
    int listed = 0;
    bool inUnits = false;
    for (const TableRow& row : ranking) {
        if (row.fields.value(0) == QStringLiteral("县区内名次")) {
            inUnits = true;
            continue;
        }
        if (inUnits && row.fields.size() > 5) {
            ++listed;
            CHECK(row.fields[0].toInt() >= 1);
            CHECK(row.fields[0].toInt() <= 20);
        }
    }
    CHECK(inUnits);
    CHECK(listed >= static_cast<int>(best.size()));
}

TEST_CASE("a cancelled export leaves no file behind and an existing one untouched") {
    TestDatabase t;
    require(DemoGenerator(t.db()).generate(DemoOptions{100, 3, 2026}));
    const QString path = t.write(QStringLiteral("keep.xlsx"), "previous contents");
    SummaryOptions options;
    options.year = 2026;
    options.progress = [](int percent) { return percent < 20; };
    CHECK_THAT(failure(SummaryWorkbook::write(t.db(), options, path)),
               Catch::Contains("cancelled"));
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "previous contents");
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST_CASE("a self-check template lists the rubric with maxima and its unit's code") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A001"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    const QString path = t.file(QStringLiteral("template.xlsx"));
    TemplateOptions options;
    options.typeCode = QStringLiteral("廉洁机关");
    options.year = 2026;
    options.unitCode = QStringLiteral("A001");
    require(SelfCheckTemplate::write(t.db(), options, path));
    Table table = require(XlsxReader::readFile(path));
    REQUIRE(table.promoteHeader({"指标"}));
    CHECK(table.preambleValue({"单位编码"}) == QStringLiteral("A001"));
    const int max = table.column({"满分"});
    double sum = 0;
    int indicators = 0;
    for (const TableRow& row : table.rows)
        if (row.fields.size() > max && !row.fields[0].isEmpty() && !row.fields[max].isEmpty()) {
            sum += row.fields[max].toDouble();
            ++indicators;
        }
    CHECK(indicators >= 8);
    CHECK(sum == Approx(100));

    options.unitCode = QStringLiteral("NOPE");
    CHECK_THAT(failure(SelfCheckTemplate::write(t.db(), options, path)), Catch::Contains("NOPE"));
    options.unitCode.clear();
    options.typeCode = QStringLiteral("castle");
    CHECK_THAT(failure(SelfCheckTemplate::write(t.db(), options, path)), Catch::Contains("castle"));
}

TEST_CASE("an .xls that crashes libfreexl is refused as damaged and the program goes on") {
    // Two workbooks that make freexl 1.0.6 segfault inside freexl_open (tests/data/xls): a shared
    // string whose extended size sends the parser 3.75 GB past its buffer, and a sheet whose
    // second DIMENSION record makes the failed open free pointers it never allocated.
    TestDatabase t;
    const QByteArray before = t.snapshot();
    for (const char* name : {"xls/freexl-sst-overread.xls", "xls/freexl-bad-free.xls"}) {
        INFO(name);
        const QString path = fixture(name);
        REQUIRE(QFile::exists(path));
#ifdef Q_OS_UNIX
        // Without the child process this would take the test down: see that it still does.
        const pid_t child = fork();
        if (child == 0) {
            (void)XlsReader::readRowsInProcess(path);
            _exit(0);
        }
        int status = 0;
        waitpid(child, &status, 0);
        if (!WIFSIGNALED(status))
            WARN("libfreexl no longer crashes on " << name << ": the isolation is now a safeguard");
#endif
        CHECK_THAT(failure(XlsReader::readRows(path)),
                   Catch::Contains(name + 4) && Catch::Contains("damaged"));
        CHECK_THAT(failure(UnitImporter(t.db()).importFile(path)), Catch::Contains("damaged"));
    }
    CHECK(t.snapshot() == before);
}
