#include "CoverageSheet.h"

#include "core/export/XlsxBook.h"

#include <QStringList>

#include <xlsxwriter.h>

namespace lianping {

void CoverageSheet::write(XlsxBook& book, const std::vector<CoverageRow>& rows) {
    XlsxSheet& sheet = book.addSheet(QStringLiteral("覆盖率"));
    sheet.caption(0, 0, QStringLiteral("廉洁细胞创建覆盖率（已命名 ÷ 在册）"), book.title());
    const QStringList header = {QStringLiteral("县区"),   QStringLiteral("类别"),
                                QStringLiteral("在册"),   QStringLiteral("参评"),
                                QStringLiteral("已命名"), QStringLiteral("覆盖率"),
                                QStringLiteral("目标")};
    const int headerRow = 2;
    for (int i = 0; i < header.size(); ++i)
        sheet.text(headerRow, i, header[i], book.header());
    int r = headerRow;
    std::vector<CoverageRow> all = rows;
    const std::vector<CoverageRow> totals = Coverage::totals(rows);
    all.insert(all.end(), totals.begin(), totals.end());
    const int totalFirst = headerRow + 1 + static_cast<int>(rows.size());
    for (const CoverageRow& row : all) {
        ++r;
        const bool total = r >= totalFirst;
        sheet.text(r, 0, row.county, total ? book.emphasis() : nullptr);
        sheet.text(r, 1, row.typeName, total ? book.emphasis() : nullptr);
        sheet.number(r, 2, row.registered, book.integer());
        sheet.number(r, 3, row.enrolled, book.integer());
        sheet.number(r, 4, row.named, book.integer());
        sheet.number(r, 5, row.rate(), total ? book.emphasisPercent() : book.percent());
        if (row.target)
            sheet.number(r, 6, *row.target, book.percent());
    }
    sheet.finishTable(headerRow, r, static_cast<int>(header.size()) - 1);
    sheet.fitColumns(30);
    if (!totals.empty()) {
        // The city's coverage per type against the year's target.
        const QByteArray name = sheet.name().toUtf8();
        lxw_chart* chart = workbook_add_chart(book.raw(), LXW_CHART_COLUMN);
        const auto lastTotal = static_cast<lxw_row_t>(r);
        lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(s, name.constData(), static_cast<lxw_row_t>(totalFirst), 1,
                                    lastTotal, 1);
        chart_series_set_values(s, name.constData(), static_cast<lxw_row_t>(totalFirst), 5,
                                lastTotal, 5);
        chart_series_set_name(s, "覆盖率");
        lxw_chart_series* t = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(t, name.constData(), static_cast<lxw_row_t>(totalFirst), 1,
                                    lastTotal, 1);
        chart_series_set_values(t, name.constData(), static_cast<lxw_row_t>(totalFirst), 6,
                                lastTotal, 6);
        chart_series_set_name(t, "目标");
        chart_title_set_name(chart, "全市各类别覆盖率与年度目标");
        chart_axis_set_num_format(chart->y_axis, "0%");
        chart_axis_set_min(chart->y_axis, 0);
        chart_axis_set_max(chart->y_axis, 1);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        worksheet_insert_chart(sheet.raw(), static_cast<lxw_row_t>(r + 2), 0, chart);
    }
}

} // namespace lianping
