#include "RubricXlsx.h"

#include "core/common/CellText.h"
#include "core/common/CoreText.h"
#include "core/export/XlsxBook.h"
#include "core/io/XlsxReader.h"
#include "core/rubric/RubricJson.h"

#include <QRegularExpression>

#include <xlsxwriter.h>

namespace lianping {

namespace {

const char* const SheetName = "考评细则";
constexpr int HeaderRow = 5; // 0-based: Excel row 6

QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

// "D1 组织领导" → (D1, 组织领导); a title alone has no code.
std::pair<QString, QString> splitDimension(const QString& cell) {
    static const QRegularExpression coded(QStringLiteral("^([A-Za-z0-9][A-Za-z0-9._-]*)\\s+(.+)$"));
    const QRegularExpressionMatch match = coded.match(cell);
    if (match.hasMatch())
        return {match.captured(1), match.captured(2).trimmed()};
    return {QString(), cell};
}

} // namespace

Result<void> RubricXlsx::write(const Rubric& rubric, const QString& path) {
    Result<std::unique_ptr<XlsxBook>> created = XlsxBook::create(path, false);
    if (!created)
        return created.error();
    XlsxBook& book = **created;
    XlsxSheet& sheet = book.addSheet(utf8(SheetName));
    const std::pair<const char*, QString> preamble[] = {
        {"细则名称", rubric.title},
        {"单位类型", rubric.typeCode},
        {"年度", QString::number(rubric.year)},
    };
    int row = 0;
    for (const auto& [label, value] : preamble) {
        sheet.text(row, 0, utf8(label), book.emphasis());
        if (row == 2)
            sheet.number(row, 1, rubric.year, book.integer());
        else
            sheet.caption(row, 1, value);
        ++row;
    }
    sheet.text(row, 0, utf8("分值合计"), book.emphasis());
    const QStringList headers{utf8("维度"),     utf8("指标编号"), utf8("考评内容"), utf8("分值"),
                              utf8("评分标准"), utf8("佐证材料"), utf8("否决项"),   utf8("扣分制")};
    for (int column = 0; column < headers.size(); ++column)
        sheet.text(HeaderRow, column, headers[column], book.header());
    row = HeaderRow + 1;
    for (const Dimension& dimension : rubric.dimensions) {
        const QString dimensionCell = QStringLiteral("%1 %2").arg(dimension.code, dimension.title);
        for (const Indicator& indicator : dimension.indicators) {
            sheet.text(row, 0, dimensionCell);
            sheet.text(row, 1, indicator.code);
            sheet.text(row, 2, indicator.text, book.wrap());
            if (indicator.max)
                sheet.number(row, 3, toPoints(*indicator.max));
            sheet.text(row, 4, indicator.guidance, book.wrap());
            sheet.text(row, 5, indicator.evidence, book.wrap());
            sheet.text(row, 6, indicator.veto ? utf8("是") : utf8("否"));
            sheet.text(row, 7, indicator.deduct ? utf8("是") : utf8("否"));
            ++row;
        }
    }
    // The total for a person checking the sheet (the reader ignores it), with its value cached.
    const QByteArray sum = QStringLiteral("=SUM(D%1:D%2)").arg(HeaderRow + 2).arg(row).toUtf8();
    worksheet_write_formula_num(sheet.raw(), 3, 1, sum.constData(), nullptr,
                                toPoints(rubric.maxTotal()));
    sheet.finishTable(HeaderRow, row - 1, headers.size() - 1);
    sheet.setWidth(0, 16);
    sheet.setWidth(2, 40);
    sheet.setWidth(4, 40);
    sheet.setWidth(5, 24);
    return book.close();
}

Result<Rubric> RubricXlsx::read(const QString& path) {
    Result<std::vector<TableRow>> rows = XlsxReader::readRows(path, utf8(SheetName));
    if (!rows) // a workbook whose sheet was renamed: its first sheet
        rows = XlsxReader::readRows(path);
    Result<Table> sheet = Table::fromSheet(path, std::move(rows));
    if (!sheet)
        return sheet.error();
    Table& table = *sheet;
    if (!table.promoteHeader({"指标编号", "编号", "id"}))
        return fail(CoreText::tr("%1: no header row with 指标编号 (expected: 维度 | 指标编号 | "
                                 "考评内容 | 分值 | 评分标准 | 佐证材料 | 否决项 | 扣分制)")
                        .arg(path));
    const int dimensionColumn = table.column({"维度", "dimension"});
    const int codeColumn = table.column({"指标编号", "编号", "id"});
    const int textColumn = table.column({"考评内容", "指标内容", "text"});
    const int maxColumn = table.column({"分值", "满分", "max"});
    const int guidanceColumn = table.column({"评分标准", "考评要点", "guidance"});
    const int evidenceColumn = table.column({"佐证材料", "evidence"});
    const int vetoColumn = table.column({"否决项", "一票否决", "veto"});
    const int deductColumn = table.column({"扣分制", "deduct"});
    const std::pair<int, const char*> required[] = {
        {dimensionColumn, "维度"}, {textColumn, "考评内容"}, {maxColumn, "分值"}};
    for (const auto& [index, label] : required)
        if (index < 0)
            return fail(CoreText::tr("%1: row %2: the header has no column %3")
                            .arg(path)
                            .arg(table.headerLine)
                            .arg(utf8(label)));

    Rubric rubric;
    rubric.title = CellText::clean(table.preambleValue({"细则名称", "标题", "title"}));
    rubric.typeCode = CellText::clean(table.preambleValue({"单位类型", "类型", "type"}));
    const QString yearText = CellText::number(table.preambleValue({"年度", "year"}));
    bool yearOk = false;
    rubric.year = yearText.toInt(&yearOk);
    const auto above = [&](const char* label) {
        return CoreText::tr("%1: the cell right of %2 above the table").arg(path, utf8(label));
    };
    if (rubric.title.isEmpty())
        return fail(CoreText::tr("%1 is empty").arg(above("细则名称")));
    if (rubric.typeCode.isEmpty())
        return fail(CoreText::tr("%1 is empty").arg(above("单位类型")));
    if (!yearOk || rubric.year < 2000 || rubric.year > 2200)
        return fail(CoreText::tr("%1 must be a year such as 2026").arg(above("年度")));

    for (const TableRow& row : table.rows) {
        const auto field = [&](int index) {
            return index >= 0 && index < row.fields.size() ? CellText::clean(row.fields[index])
                                                           : QString();
        };
        const auto where = [&](int column) {
            return CoreText::tr("%1: row %2, field %3")
                .arg(path)
                .arg(row.line)
                .arg(table.header.value(column));
        };
        const QString dimensionCell = field(dimensionColumn);
        if (!dimensionCell.isEmpty()) {
            auto [code, title] = splitDimension(dimensionCell);
            if (code.isEmpty()) { // a title alone: the same title continues its dimension
                for (const Dimension& known : rubric.dimensions)
                    if (known.title == title)
                        code = known.code;
                if (code.isEmpty())
                    code = QStringLiteral("D%1").arg(rubric.dimensions.size() + 1);
            }
            if (rubric.dimensions.empty() || rubric.dimensions.back().code != code)
                rubric.dimensions.push_back(Dimension{code, title, {}});
        }
        const QString code = field(codeColumn);
        const QString text = field(textColumn);
        if (code.isEmpty() && text.isEmpty() && field(maxColumn).isEmpty())
            continue; // a dimension heading or a blank row
        if (rubric.dimensions.empty())
            return fail(CoreText::tr("%1 is empty").arg(where(dimensionColumn)));
        if (code.isEmpty())
            return fail(CoreText::tr("%1 is empty").arg(where(codeColumn)));
        if (text.isEmpty())
            return fail(CoreText::tr("%1 is empty").arg(where(textColumn)));
        Indicator indicator;
        indicator.code = code;
        indicator.text = text;
        indicator.guidance = field(guidanceColumn);
        indicator.evidence = field(evidenceColumn);
        const std::optional<bool> veto = CellText::yesNo(field(vetoColumn));
        if (!veto)
            return fail(CoreText::tr("%1: \"%2\" is not 是 or 否")
                            .arg(where(vetoColumn), field(vetoColumn)));
        const std::optional<bool> deduct = CellText::yesNo(field(deductColumn));
        if (!deduct)
            return fail(CoreText::tr("%1: \"%2\" is not 是 or 否")
                            .arg(where(deductColumn), field(deductColumn)));
        indicator.veto = *veto;
        indicator.deduct = *deduct;
        const QString max = CellText::number(field(maxColumn));
        if (indicator.veto) {
            if (!max.isEmpty())
                return fail(CoreText::tr("%1: a veto indicator has no max").arg(where(maxColumn)));
            if (indicator.deduct)
                return fail(CoreText::tr("%1: a veto indicator cannot be deduction-scored")
                                .arg(where(deductColumn)));
        } else {
            const std::optional<HalfPoints> half = parseHalfPoints(max);
            if (max.isEmpty())
                return fail(CoreText::tr("%1 is empty").arg(where(maxColumn)));
            if (!half || *half <= 0)
                return fail(CoreText::tr("%1: \"%2\" is not a max greater than 0 in steps of 0.5")
                                .arg(where(maxColumn), field(maxColumn)));
            indicator.max = *half;
        }
        rubric.dimensions.back().indicators.push_back(std::move(indicator));
    }
    LP_TRY(RubricJson::validate(rubric, path));
    return rubric;
}

} // namespace lianping
