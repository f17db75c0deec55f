#include "SelfCheckTemplate.h"

#include "core/common/CoreText.h"

#include "core/campaign/CampaignRepository.h"
#include "core/export/XlsxBook.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRepository.h"
#include "core/rubric/RubricRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <xlsxwriter.h>

namespace lianping {

namespace {

// The rubric the campaign of that year uses for the type, else the version in force.
std::optional<std::int64_t> rubricId(Database& db, const UnitType& type, int year) {
    if (const std::optional<Campaign> campaign = CampaignRepository(db).find(year)) {
        Statement& query = db.cached(
            "SELECT rubric_id FROM campaign_rubrics WHERE campaign_id = ? AND type_id = ?");
        const bool found = query.bind(1, campaign->id).bind(2, type.id).step();
        const std::int64_t id = found ? query.int64(0) : 0;
        query.reset();
        if (found)
            return id;
    }
    return RubricRepository(db).resolveForYear(type.id, year);
}

} // namespace

Result<void> SelfCheckTemplate::write(Database& db, const TemplateOptions& options,
                                      const QString& path) {
    const Result<UnitType> type = TypeRepository(db).resolve(options.typeCode);
    if (!type)
        return type.error();
    std::optional<Unit> unit;
    if (!options.unitCode.isEmpty()) {
        unit = UnitRepository(db).find(options.unitCode);
        if (!unit)
            return fail(CoreText::tr("unknown unit %1").arg(options.unitCode));
        if (unit->typeCode != type->code)
            return fail(CoreText::tr("unit %1 is a %2, not a %3")
                            .arg(options.unitCode, unit->typeName, type->name));
    }
    const std::optional<std::int64_t> id = rubricId(db, *type, options.year);
    const std::optional<Rubric> rubric = id ? RubricRepository(db).load(*id) : std::nullopt;
    if (!rubric)
        return fail(CoreText::tr("type %1 has no rubric for %2: import one with `rubric import`")
                        .arg(type->code)
                        .arg(options.year));

    Result<std::unique_ptr<XlsxBook>> created = XlsxBook::create(path, false);
    if (!created)
        return created.error();
    XlsxBook& book = **created;
    XlsxSheet& sheet = book.addSheet(QStringLiteral("自评表"));
    lxw_worksheet* raw = sheet.raw();
    const QByteArray title = QStringLiteral("%1年度%2自评表（细则第 %3 版）")
                                 .arg(options.year)
                                 .arg(type->name)
                                 .arg(rubric->version)
                                 .toUtf8();
    worksheet_merge_range(raw, 0, 0, 0, 6, title.constData(), book.title());
    sheet.text(1, 0, QStringLiteral("单位编码"), book.emphasis());
    sheet.text(1, 2, QStringLiteral("单位名称"), book.emphasis());
    lxw_format* inputText = workbook_add_format(book.raw());
    format_set_unlocked(inputText);
    format_set_bg_color(inputText, 0xFFF6D5);
    format_set_border(inputText, LXW_BORDER_THIN);
    format_set_num_format(inputText, "@");
    sheet.text(1, 1, unit ? unit->code : QString(), inputText);
    worksheet_merge_range(raw, 1, 3, 1, 6, unit ? unit->name.toUtf8().constData() : "", inputText);
    const QByteArray hint =
        QStringLiteral("填表说明：填写单位编码和单位名称，在黄色单元格填写自评得分（0 至该项满分，"
                       "可填 0.5 分）和备注；保存后由县区纪委导入。")
            .toUtf8();
    worksheet_merge_range(raw, 2, 0, 2, 6, hint.constData(), book.wrap());
    worksheet_set_row(raw, 2, 32, nullptr);

    const QStringList headers{QStringLiteral("指标"),     QStringLiteral("维度"),
                              QStringLiteral("考评内容"), QStringLiteral("考评要点"),
                              QStringLiteral("满分"),     QStringLiteral("自评得分"),
                              QStringLiteral("备注")};
    const int headerRow = 3;
    for (int i = 0; i < headers.size(); ++i)
        sheet.text(headerRow, i, headers[i], book.header());
    lxw_format* noteInput = workbook_add_format(book.raw());
    format_set_unlocked(noteInput);
    format_set_bg_color(noteInput, 0xFFF6D5);
    format_set_border(noteInput, LXW_BORDER_THIN);
    format_set_text_wrap(noteInput);

    int row = headerRow + 1;
    const int firstScored = row;
    std::vector<const Indicator*> vetoes;
    for (const Dimension& dimension : rubric->dimensions) {
        for (const Indicator& indicator : dimension.indicators) {
            if (indicator.veto) {
                vetoes.push_back(&indicator);
                continue;
            }
            const double max = *indicator.max / 2.0;
            sheet.text(row, 0, indicator.code);
            sheet.text(row, 1, dimension.title, book.wrap());
            sheet.text(row, 2, indicator.text, book.wrap());
            sheet.text(row, 3, indicator.guidance, book.wrap());
            sheet.number(row, 4, max, book.decimal());
            worksheet_write_blank(raw, static_cast<lxw_row_t>(row), 5, book.input());
            worksheet_write_blank(raw, static_cast<lxw_row_t>(row), 6, noteInput);
            const QString cell = QStringLiteral("F%1").arg(row + 1);
            const QByteArray rule = QStringLiteral("=AND(ISNUMBER(%1),%1>=0,%1<=%2,MOD(%1*2,1)=0)")
                                        .arg(cell)
                                        .arg(max)
                                        .toUtf8();
            const QByteArray message =
                QStringLiteral("请填写 0 至 %1 之间的分数，可填 0.5 分").arg(max).toUtf8();
            lxw_data_validation validation{};
            validation.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
            validation.value_formula = const_cast<char*>(rule.constData());
            validation.ignore_blank = LXW_VALIDATION_ON;
            validation.show_input = LXW_VALIDATION_ON;
            validation.show_error = LXW_VALIDATION_ON;
            validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
            validation.input_title = const_cast<char*>("自评得分");
            validation.input_message = const_cast<char*>(message.constData());
            validation.error_title = const_cast<char*>("分数超出范围");
            validation.error_message = const_cast<char*>(message.constData());
            worksheet_data_validation_cell(raw, static_cast<lxw_row_t>(row), 5, &validation);
            ++row;
        }
    }
    const int lastScored = row - 1;
    sheet.text(row, 2, QStringLiteral("合计"), book.emphasis());
    const QByteArray maxSum =
        QStringLiteral("=SUM(E%1:E%2)").arg(firstScored + 1).arg(lastScored + 1).toUtf8();
    const QByteArray pointSum =
        QStringLiteral("=SUM(F%1:F%2)").arg(firstScored + 1).arg(lastScored + 1).toUtf8();
    worksheet_write_formula_num(raw, static_cast<lxw_row_t>(row), 4, maxSum.constData(),
                                book.emphasisDecimal(), rubric->maxTotal() / 2.0);
    worksheet_write_formula_num(raw, static_cast<lxw_row_t>(row), 5, pointSum.constData(),
                                book.emphasisDecimal(), 0);
    row += 2;
    if (!vetoes.empty()) {
        sheet.caption(
            row++, 0,
            QStringLiteral("一票否决事项（存在下列情形之一的，评定为不合格，由县区纪委认定）"),
            book.emphasis());
        for (const Indicator* veto : vetoes) {
            sheet.text(row, 0, veto->code);
            const QByteArray text = veto->text.toUtf8();
            worksheet_merge_range(raw, static_cast<lxw_row_t>(row), 1, static_cast<lxw_row_t>(row),
                                  6, text.constData(), book.wrap());
            ++row;
        }
    }
    row += 1;
    sheet.text(row, 0, QStringLiteral("填报人："));
    sheet.text(row, 3, QStringLiteral("单位负责人（签字）："));
    sheet.text(row + 1, 0, QStringLiteral("填报日期："));
    sheet.text(row + 1, 3, QStringLiteral("（单位盖章）"));

    worksheet_set_column(raw, 0, 0, 8, nullptr);
    worksheet_set_column(raw, 1, 1, 14, nullptr);
    worksheet_set_column(raw, 2, 2, 44, nullptr);
    worksheet_set_column(raw, 3, 3, 36, nullptr);
    worksheet_set_column(raw, 4, 5, 10, nullptr);
    worksheet_set_column(raw, 6, 6, 24, nullptr);
    worksheet_freeze_panes(raw, static_cast<lxw_row_t>(headerRow + 1), 0);
    worksheet_repeat_rows(raw, static_cast<lxw_row_t>(headerRow),
                          static_cast<lxw_row_t>(headerRow));
    worksheet_set_paper(raw, 9);
    worksheet_set_landscape(raw);
    worksheet_fit_to_pages(raw, 1, 0);
    worksheet_activate(raw);
    worksheet_set_selection(raw, 1, 1, 1, 1);
    lxw_protection protection{};
    protection.format_columns = LXW_TRUE;
    protection.format_rows = LXW_TRUE;
    worksheet_protect(raw, nullptr, &protection);
    return book.close();
}

} // namespace lianping
