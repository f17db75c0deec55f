#include "LedgerWorkbook.h"

#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Coverage.h"
#include "core/common/CoreText.h"
#include "core/common/Labels.h"
#include "core/export/CoverageSheet.h"
#include "core/export/XlsxBook.h"
#include "core/storage/Database.h"
#include "core/tasks/Ledger.h"

#include <xlsxwriter.h>

namespace lianping {

namespace {

constexpr auto zh = Labels::Language::Chinese;

QString groupName(const QString& group, LedgerGrouping grouping) {
    if (!group.isEmpty())
        return grouping == LedgerGrouping::Kind ? Labels::taskKind(group, zh) : group;
    return grouping == LedgerGrouping::County ? QStringLiteral("市级") : QStringLiteral("未分类");
}

void writeLedger(XlsxBook& book, const Ledger& ledger, int year) {
    XlsxSheet& sheet = book.addSheet(QStringLiteral("任务台账"));
    sheet.caption(0, 0,
                  QStringLiteral("%1年廉洁细胞建设任务管理台账（截至%2）")
                      .arg(year)
                      .arg(ledger.today().toString(QStringLiteral("yyyy年M月d日"))),
                  book.title());
    const QStringList header = {
        QStringLiteral("编号"), QStringLiteral("任务"),     QStringLiteral("类别"),
        QStringLiteral("行动"), QStringLiteral("牵头单位"), QStringLiteral("配合单位"),
        QStringLiteral("县区"), QStringLiteral("上级任务"), QStringLiteral("分解方式"),
        QStringLiteral("目标"), QStringLiteral("完成时限"), QStringLiteral("进度"),
        QStringLiteral("状态"), QStringLiteral("完成日期"), QStringLiteral("最近进展")};
    const int headerRow = 2;
    for (int i = 0; i < header.size(); ++i)
        sheet.text(headerRow, i, header[i], book.header());
    int r = headerRow;
    for (const LedgerRow& row : ledger.rows()) {
        ++r;
        const Task& t = row.task;
        sheet.number(r, 0, static_cast<double>(t.id), book.integer());
        sheet.text(r, 1, QString(row.depth * 2, QChar(0x3000)) + t.title);
        sheet.text(r, 2, Labels::taskKind(t.kind, zh));
        sheet.text(r, 3, t.action);
        sheet.text(r, 4, t.lead);
        sheet.text(r, 5, t.co.join(QStringLiteral("、")));
        sheet.text(r, 6, t.county.isEmpty() ? QStringLiteral("市级") : t.county);
        if (t.parent)
            sheet.number(r, 7, static_cast<double>(*t.parent), book.integer());
        sheet.text(r, 8, t.split.isEmpty() ? QString() : Labels::taskSplit(t.split, zh));
        sheet.text(r, 9, t.target);
        sheet.text(r, 10, t.due.isValid() ? t.due.toString(Qt::ISODate) : QStringLiteral("长期"));
        sheet.number(r, 11, row.percent / 100.0, book.percent());
        sheet.text(r, 12,
                   Labels::taskStatus(taskStatusName(row.status), zh) +
                       (row.late ? QStringLiteral("（逾期完成）") : QString()));
        sheet.text(r, 13, row.doneOn.isValid() ? row.doneOn.toString(Qt::ISODate) : QString());
        sheet.text(r, 14, t.progressNote);
    }
    sheet.finishTable(headerRow, r, static_cast<int>(header.size()) - 1);
    sheet.fitColumns(40);
    worksheet_repeat_rows(sheet.raw(), headerRow, headerRow);
}

void writeRates(XlsxBook& book, const Ledger& ledger) {
    XlsxSheet& sheet = book.addSheet(QStringLiteral("完成率"));
    const LedgerRate total = ledger.total();
    sheet.caption(0, 0, QStringLiteral("任务完成率：%1").arg(Ledger::rateText(total)),
                  book.title());
    int r = 2;
    int leadFirst = 0;
    int leadLast = -1;
    const std::pair<LedgerGrouping, const char*> groupings[] = {{LedgerGrouping::Lead, "牵头单位"},
                                                                {LedgerGrouping::County, "县区"},
                                                                {LedgerGrouping::Action, "行动"},
                                                                {LedgerGrouping::Kind, "类别"}};
    for (const auto& [grouping, name] : groupings) {
        const QStringList header = {QString::fromUtf8(name), QStringLiteral("任务数"),
                                    QStringLiteral("已完成"), QStringLiteral("完成率"),
                                    QStringLiteral("完成情况")};
        for (int i = 0; i < header.size(); ++i)
            sheet.text(r, i, header[i], book.header());
        const int first = r + 1;
        for (const LedgerRate& rate : ledger.rates(grouping)) {
            ++r;
            sheet.text(r, 0, groupName(rate.group, grouping));
            sheet.number(r, 1, rate.tasks, book.integer());
            sheet.number(r, 2, rate.done, book.integer());
            sheet.number(r, 3, rate.rate(), book.percent());
            sheet.text(r, 4, Ledger::rateText(rate));
        }
        if (grouping == LedgerGrouping::Lead) {
            leadFirst = first;
            leadLast = r;
        }
        r += 2;
    }
    sheet.text(r, 0, QStringLiteral("合计"), book.emphasis());
    sheet.number(r, 1, total.tasks, book.emphasis());
    sheet.number(r, 2, total.done, book.emphasis());
    sheet.number(r, 3, total.rate(), book.emphasisPercent());
    sheet.text(r, 4, Ledger::rateText(total), book.emphasis());
    sheet.fitColumns(40);
    if (leadLast >= leadFirst) {
        lxw_chart* chart = workbook_add_chart(book.raw(), LXW_CHART_BAR);
        const QByteArray name = sheet.name().toUtf8();
        lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(s, name.constData(), static_cast<lxw_row_t>(leadFirst), 0,
                                    static_cast<lxw_row_t>(leadLast), 0);
        chart_series_set_values(s, name.constData(), static_cast<lxw_row_t>(leadFirst), 3,
                                static_cast<lxw_row_t>(leadLast), 3);
        chart_series_set_name(s, "完成率");
        chart_title_set_name(chart, "各牵头单位任务完成率");
        chart_axis_set_num_format(chart->x_axis, "0%");
        chart_axis_set_min(chart->x_axis, 0);
        chart_axis_set_max(chart->x_axis, 1);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        lxw_chart_options options{};
        options.x_scale = 1.2;
        options.y_scale = std::max(1.0, (leadLast - leadFirst + 1) / 12.0);
        worksheet_insert_chart_opt(sheet.raw(), 2, 6, chart, &options);
    }
}

} // namespace

Result<int> LedgerWorkbook::write(Database& db, int year, QDate today, const QString& path) {
    const Ledger ledger = Ledger::load(db, year, today);
    if (ledger.rows().empty())
        return fail(CoreText::tr("the %1 ledger has no tasks: add them (task add) or import the "
                                 "division plan (task import)")
                        .arg(year));
    Result<std::unique_ptr<XlsxBook>> book = XlsxBook::create(path, false);
    if (!book)
        return book.error();
    writeLedger(**book, ledger, year);
    writeRates(**book, ledger);
    if (CampaignRepository(db).find(year)) {
        Result<std::vector<CoverageRow>> coverage = Coverage(db).compute(year);
        if (!coverage)
            return coverage.error();
        if (!coverage->empty())
            CoverageSheet::write(**book, *coverage);
    }
    LP_TRY((*book)->close());
    return static_cast<int>(ledger.rows().size());
}

} // namespace lianping
