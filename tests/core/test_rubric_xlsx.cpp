// The rubric spreadsheet (考评细则): written and read back unchanged, also after LibreOffice
// saved it; an office's own sheet with full-width digits, titles only and merged dimension
// cells; errors name the file, row and field, and validation is RubricJson's.
#include "TestDatabase.h"
#include "cli/ExternalTools.h"
#include "core/export/RubricFile.h"
#include "core/export/RubricXlsx.h"
#include "core/export/XlsxBook.h"
#include "core/rubric/RubricJson.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lianping;
using namespace lianping::test;

namespace {

Rubric shipped(const char* name) {
    QFile file(QStringLiteral(":/lianping/rubrics/") + QString::fromUtf8(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return require(RubricJson::parse(file.readAll(), QString::fromUtf8(name)));
}

using Rows = std::vector<QStringList>;

// An office's sheet: the preamble, the header in row 5 (Excel numbering), then `rows`.
QString officeSheet(const QString& path, const Rows& rows,
                    const QString& type = QStringLiteral("agency")) {
    Result<std::unique_ptr<XlsxBook>> created = XlsxBook::create(path, false);
    REQUIRE(created.ok());
    std::unique_ptr<XlsxBook> book = std::move(*created);
    XlsxSheet& sheet = book->addSheet(QStringLiteral("考评细则"));
    sheet.text(0, 0, QStringLiteral("细则名称："));
    sheet.text(0, 1, QStringLiteral("某县廉洁机关考评细则"));
    sheet.text(1, 0, QStringLiteral("单位类型"));
    sheet.text(1, 1, type);
    sheet.text(2, 0, QStringLiteral("年度"));
    sheet.text(2, 1, QStringLiteral("２０２７"));
    const QStringList header{QStringLiteral("维度"),     QStringLiteral("指标编号"),
                             QStringLiteral("考评内容"), QStringLiteral("分值"),
                             QStringLiteral("评分标准"), QStringLiteral("佐证材料"),
                             QStringLiteral("否决项"),   QStringLiteral("扣分制")};
    for (int column = 0; column < header.size(); ++column)
        sheet.text(4, column, header[column]);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (int column = 0; column < rows[r].size(); ++column)
            if (!rows[r][column].isEmpty())
                sheet.text(5 + static_cast<int>(r), column, rows[r][column]);
    require(book->close());
    return path;
}

const Rows officeRows{
    {QStringLiteral("组织领导"), QStringLiteral("D1.1"), QStringLiteral("班子重视"),
     QStringLiteral("６０"), QStringLiteral("未研究扣5分"), QStringLiteral("会议纪要"),
     QStringLiteral("否"), QString()},
    {QString(), QStringLiteral("D1.2"), QStringLiteral("责任落实"), QStringLiteral("３９．５"),
     QString(), QString(), QString(), QStringLiteral("√")},
    {QStringLiteral("作风建设")},
    {QString(), QStringLiteral("D2.1"), QStringLiteral("作风"), QStringLiteral("0.5")},
    {QStringLiteral("V 否决事项"), QStringLiteral("V1"), QStringLiteral("发生严重违纪案件"),
     QString(), QString(), QString(), QStringLiteral("是")},
};

} // namespace

TEST_CASE("rubric xlsx: every shipped rubric round-trips through the spreadsheet") {
    QTemporaryDir dir;
    for (const char* name : {"agency.json", "school.json", "hospital.json"}) {
        const Rubric rubric = shipped(name);
        const QString path = dir.filePath(QString::fromUtf8(name) + QStringLiteral(".xlsx"));
        require(RubricFile::write(rubric, path));
        const Rubric back = require(RubricFile::read(path));
        CHECK(RubricJson::serialize(back) == RubricJson::serialize(rubric));
    }
}

TEST_CASE("rubric xlsx: a file saved again by LibreOffice reads the same") {
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()) {
        WARN("soffice is not installed: skipped");
        return;
    }
    QTemporaryDir dir;
    Rubric rubric = shipped("school.json");
    rubric.dimensions[0].indicators[0].max = *rubric.dimensions[0].indicators[0].max - 1; // x.5
    rubric.dimensions[0].indicators[1].max = *rubric.dimensions[0].indicators[1].max + 1;
    rubric.dimensions[1].indicators[0].deduct = true;
    const QString path = dir.filePath(QStringLiteral("细则.xlsx"));
    require(RubricXlsx::write(rubric, path));
    const QString out = dir.filePath(QStringLiteral("office"));
    QDir().mkpath(out);
    const QString converted = officeConvert(path, QStringLiteral("xlsx"), out);
    const Rubric back = require(RubricXlsx::read(converted));
    CHECK(RubricJson::serialize(back) == RubricJson::serialize(rubric));
}

TEST_CASE("rubric xlsx: an office's own sheet with full-width digits and merged dimensions") {
    QTemporaryDir dir;
    const Rubric rubric =
        require(RubricXlsx::read(officeSheet(dir.filePath(QStringLiteral("o.xlsx")), officeRows)));
    CHECK(rubric.title == QStringLiteral("某县廉洁机关考评细则"));
    CHECK(rubric.typeCode == QStringLiteral("agency"));
    CHECK(rubric.year == 2027);
    REQUIRE(rubric.dimensions.size() == 3);
    CHECK(rubric.dimensions[0].code == QStringLiteral("D1"));
    CHECK(rubric.dimensions[0].title == QStringLiteral("组织领导"));
    REQUIRE(rubric.dimensions[0].indicators.size() == 2);
    CHECK(*rubric.dimensions[0].indicators[0].max == 120);
    CHECK(rubric.dimensions[0].indicators[0].guidance == QStringLiteral("未研究扣5分"));
    CHECK(*rubric.dimensions[0].indicators[1].max == 79);
    CHECK(rubric.dimensions[0].indicators[1].deduct);
    CHECK(rubric.dimensions[1].code == QStringLiteral("D2"));
    CHECK(rubric.dimensions[1].indicators.size() == 1);
    CHECK(rubric.dimensions[2].code == QStringLiteral("V"));
    CHECK(rubric.dimensions[2].indicators[0].veto);
    CHECK_FALSE(rubric.dimensions[2].indicators[0].max);
}

TEST_CASE("rubric xlsx: errors name the file, row and field") {
    QTemporaryDir dir;
    const auto error = [&](Rows rows, int row, int column, const QString& value) {
        rows[static_cast<std::size_t>(row)][column] = value;
        const QString path = dir.filePath(QStringLiteral("bad.xlsx"));
        QFile::remove(path);
        return failure(RubricXlsx::read(officeSheet(path, rows)));
    };
    CHECK_THAT(error(officeRows, 0, 3, QStringLiteral("十")),
               Catch::Contains("bad.xlsx") && Catch::Contains("row 6") && Catch::Contains("分值") &&
                   Catch::Contains("十"));
    CHECK_THAT(error(officeRows, 4, 3, QStringLiteral("5")),
               Catch::Contains("row 10") && Catch::Contains("分值") && Catch::Contains("veto"));
    CHECK_THAT(error(officeRows, 1, 6, QStringLiteral("也许")),
               Catch::Contains("row 7") && Catch::Contains("否决项"));
    CHECK_THAT(error(officeRows, 1, 2, QString()),
               Catch::Contains("row 7") && Catch::Contains("考评内容"));
    // RubricJson's own validation: the total and duplicate ids.
    CHECK_THAT(error(officeRows, 1, 3, QStringLiteral("38.5")),
               Catch::Contains("bad.xlsx") && Catch::Contains("99") && Catch::Contains("not 100"));
    CHECK_THAT(error(officeRows, 3, 1, QStringLiteral("D1.1")),
               Catch::Contains("D1.1") && Catch::Contains("twice"));
    // The preamble.
    const QString path = dir.filePath(QStringLiteral("type.xlsx"));
    CHECK_THAT(failure(RubricXlsx::read(officeSheet(path, officeRows, QString()))),
               Catch::Contains("type.xlsx") && Catch::Contains("单位类型"));
    // Not a workbook at all.
    QFile text(dir.filePath(QStringLiteral("text.xlsx")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a zip");
    text.close();
    CHECK_THAT(failure(RubricFile::read(text.fileName())), Catch::Contains("text.xlsx"));
}
