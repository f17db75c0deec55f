// A county office's own unit list (short type names, √/× marks, full-width spaces, a numeric
// code), saved by LibreOffice Calc as .xlsx and .xls and as a GB18030 CSV: all four import to
// the same units. New counties are listed before anything is stored.
#include "TestDatabase.h"
#include "core/io/ScoreImporter.h"
#include "core/io/TableFile.h"
#include "core/io/UnitImporter.h"
#include "core/registry/LookupTables.h"
#include "core/registry/UnitRepository.h"

#include <QFile>

using namespace lianping;
using namespace lianping::test;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(LIANPING_TEST_DATA "/county_units/") + QString::fromLatin1(name);
}

QByteArray magic(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(4);
}

struct Expected {
    const char* code;
    const char* type;
    bool demo;
};

} // namespace

TEST_CASE("a county's unit list as CSV, GB18030 CSV, .xlsx and .xls imports to the same units") {
    // The workbooks are LibreOffice Calc's own files, not ours.
    CHECK(magic(fixture("county_units.xlsx")) == QByteArray("PK\x03\x04"));
    CHECK(magic(fixture("county_units.xls")) == QByteArray("\xD0\xCF\x11\xE0"));
    const Expected expected[] = {{"LZ001", "agency", true},        {"LZ002", "school", false},
                                 {"LZ003", "hospital", false},     {"LZ004", "enterprise", true},
                                 {"LZ005", "intermediary", false}, {"LZ006", "village", true},
                                 {"LZ007", "community", false},    {"LZ008", "family", false},
                                 {"LZ009", "village", true},       {"LZ010", "enterprise", true},
                                 {"510802001", "agency", false}};
    std::vector<std::vector<Unit>> imported;
    for (const char* file : {"county_units.csv", "county_units_gb18030.csv", "county_units.xlsx",
                             "county_units.xls"}) {
        INFO(file);
        TestDatabase t;
        CHECK(importUnits(t.db(), fixture(file)) == 11);
        std::vector<Unit> units;
        for (const Expected& e : expected) {
            INFO(e.code);
            const std::optional<Unit> unit =
                UnitRepository(t.db()).find(QString::fromLatin1(e.code));
            REQUIRE(unit);
            CHECK(unit->typeCode == QString::fromLatin1(e.type));
            CHECK(unit->demo == e.demo);
            CHECK(unit->county == QStringLiteral("利州区"));
            units.push_back(*unit);
        }
        imported.push_back(units);
    }
    for (std::size_t f = 1; f < imported.size(); ++f)
        for (std::size_t u = 0; u < imported[0].size(); ++u) {
            CHECK(imported[f][u].name == imported[0][u].name);
            CHECK(imported[f][u].lead == imported[0][u].lead);
            CHECK(imported[f][u].contact == imported[0][u].contact);
        }
    CHECK(imported[0][0].name == QStringLiteral("利州区财政局"));
    CHECK(imported[0][0].contact == QStringLiteral("王芳"));
}

TEST_CASE("the .xls reader returns the rows as Calc shows them") {
    const Table table = require(TableFile::read(fixture("county_units.xls")));
    CHECK(table.header.first() == QStringLiteral("单位编码"));
    REQUIRE(table.rows.size() == 11);
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[10].fields[0] == QStringLiteral("510802001")); // a number, read as typed
    CHECK(table.rows[0].fields[1] == QStringLiteral("利州区财政局"));
}

TEST_CASE("new counties are listed before anything is stored, and only added when allowed") {
    TestDatabase t;
    t.addUnit(QStringLiteral("X001"), QStringLiteral("已有单位")); // 利州区 exists
    const QByteArray before = t.snapshot();
    const QString path = t.write(QStringLiteral("new.csv"), "单位编码,单位名称,类别,县区\n"
                                                            "N1,旺苍县财政局,机关,旺苍县\n"
                                                            "N2,利州区审计局,机关,利州区\n"
                                                            "N3,苍溪县民政局,机关,苍溪县\n"
                                                            "N4,旺苍县审计局,机关,旺苍县\n");
    const UnitImportReport refused = require(UnitImporter(t.db()).importFile(path));
    CHECK(refused.needsNewCounties);
    CHECK(refused.added == 0);
    CHECK(refused.newCounties == QStringList{QStringLiteral("旺苍县"), QStringLiteral("苍溪县")});
    CHECK(t.snapshot() == before);

    UnitImportOptions allow;
    allow.allowNewCounties = true;
    const UnitImportReport done = require(UnitImporter(t.db()).importFile(path, allow));
    CHECK_FALSE(done.needsNewCounties);
    CHECK(done.added == 4);
    CHECK(LookupTables::countyId(t.db(), QStringLiteral("苍溪县")));
}

TEST_CASE("a new county that is a known one without or with another suffix is refused") {
    TestDatabase t;
    t.addUnit(QStringLiteral("X001"), QStringLiteral("已有单位")); // 利州区
    const QByteArray before = t.snapshot();
    UnitImportOptions allow;
    allow.allowNewCounties = true;
    for (const char* near : {"利州", "利州县", "利州市"}) {
        INFO(near);
        const QString path =
            t.write(QStringLiteral("near.csv"),
                    QByteArray("code,name,type,county\nN1,某单位,机关,利州区\nN2,某单位二,机关,") +
                        near + "\n");
        CHECK_THAT(failure(UnitImporter(t.db()).importFile(path, allow)),
                   Catch::Contains("near.csv: row 3, field county") && Catch::Contains(near) &&
                       Catch::Contains("did you mean 利州区"));
    }
    // Two spellings of one new county in one file: the second is refused too.
    const QString twice = t.write(QStringLiteral("twice.csv"),
                                  "code,name,type,county\nN1,甲,机关,昭化区\nN2,乙,机关,昭化\n");
    CHECK_THAT(failure(UnitImporter(t.db()).importFile(twice, allow)),
               Catch::Contains("row 3") && Catch::Contains("昭化区"));
    CHECK(t.snapshot() == before);
    // The registry refuses the same misspelling when a unit is added or moved by hand.
    CHECK_THAT(failure(UnitRepository(t.db()).add({QStringLiteral("N9"),
                                                   QStringLiteral("某单位"),
                                                   QStringLiteral("机关"),
                                                   QStringLiteral("利州"),
                                                   {},
                                                   false,
                                                   {}})),
               Catch::Contains("did you mean 利州区"));
    CHECK_THAT(failure(UnitRepository(t.db()).update(
                   QStringLiteral("X001"), QStringLiteral("county"), QStringLiteral("利州"))),
               Catch::Contains("利州区"));
}

TEST_CASE("scores typed with full-width digits and spaces import") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    const QString path =
        t.write(QStringLiteral("scores.csv"), "单位编码,指标,得分\n"
                                              "A1,D1.1,８．５\n"
                                              "A1,D1.2,\xE3\x80\x80１０\xE3\x80\x80\n"
                                              " A1 , D2.1 , 7 \n");
    CHECK(require(ScoreImporter(t.db()).importFile(2026, path, Step::County)) == 3);
    Statement query =
        t.db().prepare("SELECT group_concat(i.code || '=' || s.half_points, ' ') FROM scores s "
                       "JOIN indicators i ON i.id = s.indicator_id");
    REQUIRE(query.step());
    const QString stored = query.text(0);
    CHECK(stored.contains(QStringLiteral("D1.1=17")));
    CHECK(stored.contains(QStringLiteral("D1.2=20")));
    CHECK(stored.contains(QStringLiteral("D2.1=14")));
}

TEST_CASE("CSV encodings: UTF-16 with BOM and CR-only lines read — undecodable text is refused") {
    TestDatabase t;
    t.addUnit(QStringLiteral("X001"), QStringLiteral("已有单位")); // 利州区 exists
    const QString content =
        QStringLiteral("单位编码,单位名称,类别,县区\rU1,利州区财政局,机关,利州区\r"
                       "U2,利州区民政局,机关,利州区\r");
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : content) {
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
        utf16.append(static_cast<char>(c.unicode() >> 8));
    }
    CHECK(
        require(UnitImporter(t.db()).importFile(t.write(QStringLiteral("u16.csv"), utf16))).added ==
        2);
    CHECK(UnitRepository(t.db()).find(QStringLiteral("U2"))->name ==
          QStringLiteral("利州区民政局"));
    CHECK(require(UnitImporter(t.db()).importFile(t.write(
                      QStringLiteral("cr.csv"), "code,name,type,county\rU3,甲,机关,利州区\rU4,乙,"
                                                "机关,利州区\r")))
              .added == 2);

    const QByteArray before = t.snapshot();
    // A byte that is neither UTF-8 nor GB18030 (0xFF) on the third line.
    const QString bad =
        t.write(QStringLiteral("bad.csv"),
                "code,name,type,county\nU5,甲,机关,利州区\nU6,Z\xFF\xFFrich,机关,利州区\n");
    CHECK_THAT(failure(UnitImporter(t.db()).importFile(bad)),
               Catch::Contains("bad.csv: line 3") && Catch::Contains("UTF-8"));
    CHECK(t.snapshot() == before);
}
