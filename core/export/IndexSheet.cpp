#include "IndexSheet.h"

#include "core/export/XlsxBook.h"

#include <QStringList>

#include <xlsxwriter.h>

#include <algorithm>

namespace lianping {

void IndexSheet::write(XlsxBook& book, const IndexModel& model,
                       const std::vector<IndexResult>& results) {
    XlsxSheet& sheet = book.addSheet(QStringLiteral("清廉指数"));
    sheet.caption(0, 0, QStringLiteral("%1年度清廉指数").arg(model.year), book.title());
    QStringList header = {QStringLiteral("排名"), QStringLiteral("县区"),
                          QStringLiteral("清廉指数"), QStringLiteral("较上年")};
    for (const IndexDimension& d : model.dimensions)
        header << d.name;
    header << QStringLiteral("数据不全");
    const int headerRow = 2;
    for (int c = 0; c < header.size(); ++c)
        sheet.text(headerRow, c, header[c], book.header());
    std::vector<const IndexResult*> rows;
    for (const IndexResult& r : results)
        rows.push_back(&r);
    std::stable_sort(rows.begin(), rows.end(), [](const IndexResult* a, const IndexResult* b) {
        const int ra = a->county == QStringLiteral("全市") ? 1 << 20 : a->rank.value_or(1 << 19);
        const int rb = b->county == QStringLiteral("全市") ? 1 << 20 : b->rank.value_or(1 << 19);
        return ra < rb;
    });
    int r = headerRow;
    for (const IndexResult* row : rows) {
        ++r;
        const bool city = row->county == QStringLiteral("全市");
        if (row->rank)
            sheet.number(r, 0, *row->rank, book.integer());
        sheet.text(r, 1, row->county, city ? book.emphasis() : nullptr);
        if (row->index)
            sheet.number(r, 2, *row->index, city ? book.emphasisDecimal() : book.decimal());
        if (row->change)
            sheet.number(r, 3, *row->change, book.decimal());
        int c = 4;
        for (const auto& [name, score] : row->dimensions) {
            if (score)
                sheet.number(r, c, *score, book.decimal());
            ++c;
        }
        sheet.text(r, c, row->missing.join(QStringLiteral("、")));
    }
    sheet.finishTable(headerRow, r, static_cast<int>(header.size()) - 1);
    const auto city = std::find_if(results.begin(), results.end(), [](const IndexResult& x) {
        return x.county == QStringLiteral("全市");
    });
    if (city != results.end()) {
        r += 2;
        const QStringList aspectHeader = {QStringLiteral("方面"),     QStringLiteral("全市得分"),
                                          QStringLiteral("样本量"),   QStringLiteral("置信下限"),
                                          QStringLiteral("置信上限"), QStringLiteral("样本不足")};
        for (int c = 0; c < aspectHeader.size(); ++c)
            sheet.text(r, c, aspectHeader[c], book.header());
        for (const auto& [name, a] : city->aspects) {
            ++r;
            sheet.text(r, 0, name);
            if (a.score)
                sheet.number(r, 1, *a.score, book.decimal());
            if (a.n)
                sheet.number(r, 2, *a.n, book.integer());
            if (a.ciLow)
                sheet.number(r, 3, *a.ciLow, book.decimal());
            if (a.ciHigh)
                sheet.number(r, 4, *a.ciHigh, book.decimal());
            sheet.text(r, 5, a.flagged ? QStringLiteral("是") : QString());
        }
    }
    sheet.fitColumns(40);
    worksheet_set_landscape(sheet.raw()); // the dimensions and missing aspects run wide
}

} // namespace lianping
