// CSV imports: headers in English or Chinese, UTF-8 (with or without BOM) or GB18030, and
// every bad input named by file, row and field with nothing stored.
#include "TestDatabase.h"
#include "core/io/ScoreImporter.h"
#include "core/io/UnitImporter.h"
#include "core/registry/UnitRepository.h"
#include "core/rubric/RubricJson.h"
#include "core/scoring/ResultService.h"
#include "core/scoring/ScoreRepository.h"

#include <QStringEncoder>

using namespace lianping;
using namespace lianping::test;

namespace {
const char* const chineseUnits = "单位编码,单位名称,类别,县区,牵头单位,示范点\n"
                                 "A001,利州区财政局,agency,利州区,市直机关工委,是\n"
                                 "S001,\"旺苍县白水中学, 初中部\",廉洁学校,旺苍县,,否\n"
                                 "H001,市第四人民医院,hospital,利州区,,1\n";
}

TEST_CASE("units import with Chinese headers, type names, quoted commas and demo flags") {
    TestDatabase t;
    const QString path = t.write(QStringLiteral("units.csv"), chineseUnits);
    CHECK(importUnits(t.db(), path) == 3);
    UnitRepository units(t.db());
    CHECK(units.find(QStringLiteral("S001"))->name == QStringLiteral("旺苍县白水中学, 初中部"));
    CHECK(units.find(QStringLiteral("S001"))->typeCode == QStringLiteral("school"));
    CHECK(units.find(QStringLiteral("A001"))->demo);
    CHECK(units.find(QStringLiteral("H001"))->demo);
    CHECK_FALSE(units.find(QStringLiteral("S001"))->demo);
}

TEST_CASE("UTF-8 with BOM and GB18030 files import to the same data") {
    TestDatabase bom;
    CHECK(importUnits(bom.db(), bom.write(QStringLiteral("bom.csv"),
                                          QByteArray("\xEF\xBB\xBF") + chineseUnits)) == 3);
    TestDatabase gb;
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray gbBytes = encoder(QString::fromUtf8(chineseUnits));
    REQUIRE(gbBytes != QByteArray(chineseUnits));
    CHECK(importUnits(gb.db(), gb.write(QStringLiteral("gb.csv"), gbBytes)) == 3);
    for (const char* code : {"A001", "S001", "H001"}) {
        const Unit a = *UnitRepository(bom.db()).find(QString::fromLatin1(code));
        const Unit b = *UnitRepository(gb.db()).find(QString::fromLatin1(code));
        CHECK(a.name == b.name);
        CHECK(a.county == b.county);
        CHECK(a.typeCode == b.typeCode);
    }
}

TEST_CASE("a bad unit row names file, row and field, and nothing is imported") {
    TestDatabase t;
    t.addUnit(QStringLiteral("X001"), QStringLiteral("已有单位"));
    const QByteArray before = t.snapshot();
    UnitImporter importer(t.db());
    auto error = [&](const char* name, const QByteArray& content) {
        return failure(importer.importFile(t.write(QString::fromLatin1(name), content)));
    };
    CHECK_THAT(
        error("type.csv", "code,name,type,county\nA1,甲,agency,利州区\nA2,乙,castle,利州区\n"),
        Catch::Contains("type.csv: row 3, field type") && Catch::Contains("castle"));
    CHECK_THAT(
        error("dup.csv", "code,name,type,county\nA1,甲,agency,利州区\nA1,乙,agency,利州区\n"),
        Catch::Contains("dup.csv: row 3, field code") && Catch::Contains("twice"));
    CHECK_THAT(error("exists.csv", "code,name,type,county\nX001,甲,agency,利州区\n"),
               Catch::Contains("row 2, field code") && Catch::Contains("already exists"));
    CHECK_THAT(error("demo.csv", "code,name,type,county,demo\nA1,甲,agency,利州区,maybe\n"),
               Catch::Contains("row 2, field demo") && Catch::Contains("maybe"));
    CHECK_THAT(error("header.csv", "code,name,county\nA1,甲,利州区\n"),
               Catch::Contains("header.csv: row 1") && Catch::Contains("type"));
    CHECK_THAT(error("empty.csv", ""), Catch::Contains("empty.csv") && Catch::Contains("empty"));
    CHECK_THAT(error("quote.csv", "code,name,type,county\nA1,\"甲,agency,利州区\n"),
               Catch::Contains("quote.csv") && Catch::Contains("not closed"));
    CHECK_THAT(error("noname.csv", "code,name,type,county\nA1,,agency,利州区\n"),
               Catch::Contains("row 2, field name"));
    CHECK_THAT(failure(importer.importFile(t.file(QStringLiteral("missing.csv")))),
               Catch::Contains("missing.csv"));
    CHECK(t.snapshot() == before);
}

TEST_CASE("scores import for a step — a bad row names its field and nothing is stored") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    t.addUnit(QStringLiteral("A2"), QStringLiteral("利州区民政局"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    ScoreImporter importer(t.db());
    CHECK(require(importer.importFile(
              2026,
              t.write(QStringLiteral("ok.csv"),
                      "unit,indicator,points,note\nA1,D1.1,9.5,好\nA1,D1.2,8,\n"),
              Step::County)) == 2);
    const QByteArray before = t.snapshot();
    auto error = [&](const char* name, const QByteArray& content) {
        return failure(
            importer.importFile(2026, t.write(QString::fromLatin1(name), content), Step::County));
    };
    CHECK_THAT(error("range.csv", "unit,indicator,points\nA1,D2.1,5\nA1,D2.2,11\n"),
               Catch::Contains("range.csv: row 3, field points") &&
                   Catch::Contains("outside 0..10"));
    CHECK_THAT(error("half.csv", "unit,indicator,points\nA1,D2.1,7.3\n"),
               Catch::Contains("row 2, field points") && Catch::Contains("0.5"));
    CHECK_THAT(error("neg.csv", "unit,indicator,points\nA1,D2.1,-1\n"), Catch::Contains("outside"));
    CHECK_THAT(error("ind.csv", "unit,indicator,points\nA1,D9.9,1\n"),
               Catch::Contains("row 2, field indicator") && Catch::Contains("D9.9"));
    CHECK_THAT(error("veto.csv", "unit,indicator,points\nA1,V1,1\n"),
               Catch::Contains("field indicator") && Catch::Contains("veto"));
    CHECK_THAT(error("unit.csv", "unit,indicator,points\nZZ,D1.1,1\n"),
               Catch::Contains("row 2, field unit") && Catch::Contains("unknown unit ZZ"));
    CHECK_THAT(error("enrol.csv", "unit,indicator,points\nA2,D1.1,1\n"),
               Catch::Contains("not enrolled"));
    CHECK_THAT(error("twice.csv", "unit,indicator,points\nA1,D2.1,5\nA1,D2.2,6\nA1,D2.1,7\n"),
               Catch::Contains("twice.csv: row 4, field indicator") && Catch::Contains("twice") &&
                   Catch::Contains("row 2"));
    CHECK_THAT(error("hdr.csv", "单位编码,得分\nA1,1\n"),
               Catch::Contains("hdr.csv: row 1") && Catch::Contains("indicator"));
    CHECK(t.snapshot() == before);
    // Chinese headers work too.
    CHECK(require(importer.importFile(
              2026, t.write(QStringLiteral("zh.csv"), "单位编码,指标,得分,备注\nA1,D2.1,10,\n"),
              Step::County)) == 1);
}

TEST_CASE("sizes no office reaches are refused with the field named, and nothing is stored") {
    TestDatabase t;
    t.addUnit(QStringLiteral("X001"), QStringLiteral("已有单位"));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("X001"));
    const QByteArray before = t.snapshot();
    UnitImportOptions allow;
    allow.allowNewCounties = true;
    auto error = [&](const char* name, const QByteArray& content) {
        return failure(
            UnitImporter(t.db()).importFile(t.write(QString::fromLatin1(name), content), allow));
    };
    const QByteArray longName = QByteArray("某").repeated(201);
    CHECK_THAT(error("name.csv", "code,name,type,county\nA1," + longName + ",机关,利州区\n"),
               Catch::Contains("name.csv: row 2") && Catch::Contains("201") &&
                   Catch::Contains("200"));
    CHECK_THAT(error("code.csv", "code,name,type,county\n" + QByteArray("C").repeated(10000) +
                                     ",甲,机关,利州区\n"),
               Catch::Contains("row 2") && Catch::Contains("10000") && Catch::Contains("64"));
    CHECK_THAT(error("nul.csv", QByteArray("code,name,type,county\nA1,甲") + QByteArray(1, '\0') +
                                    "乙,机关,利州区\n"),
               Catch::Contains("row 2") && Catch::Contains("control character"));
    CHECK(t.snapshot() == before);

    // A note of a whole book is refused; line breaks in a note are fine.
    ScoreRepository scores(t.db());
    CHECK_THAT(failure(scores.setScore(2026, QStringLiteral("X001"), QStringLiteral("D1.1"), 10,
                                       Step::County, QString(4001, QLatin1Char('x')))),
               Catch::Contains("4001") && Catch::Contains("4000"));
    require(scores.setScore(2026, QStringLiteral("X001"), QStringLiteral("D1.1"), 10, Step::County,
                            QStringLiteral("第一处\n第二处")));

    // A rubric of megabytes is not a rubric.
    CHECK_THAT(
        failure(RubricJson::parse(QByteArray(3 * 1024 * 1024, ' '), QStringLiteral("big.json"))),
        Catch::Contains("big.json") && Catch::Contains("2048"));
}
