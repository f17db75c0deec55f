#include "SummaryWorkbook.h"

#include "core/common/Labels.h"

#include "core/common/CoreText.h"

#include "core/campaign/Coverage.h"
#include "core/export/CoverageSheet.h"
#include "core/export/FindingsSheet.h"
#include "core/export/IndexSheet.h"
#include "core/export/XlsxBook.h"
#include "core/followup/FollowUps.h"
#include "core/followup/Rectifications.h"
#include "core/index/IndexStore.h"
#include "core/registry/TypeRepository.h"
#include "core/scoring/Deviations.h"
#include "core/scoring/DimensionScores.h"
#include "core/scoring/ResultService.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <xlsxwriter.h>

#include <algorithm>
#include <map>

namespace lianping {

namespace {

struct Tally {
    int enrolled = 0;
    int assessed = 0;
    int excellent = 0;
    int qualified = 0;
    int unqualified = 0;
    double totalSum = 0;

    void add(const UnitResult& result) {
        ++enrolled;
        if (!result.finalStep)
            return;
        ++assessed;
        totalSum += result.outcome.total;
        switch (result.outcome.grade) {
        case Grade::Excellent:
            ++excellent;
            break;
        case Grade::Qualified:
            ++qualified;
            break;
        case Grade::Unqualified:
            ++unqualified;
            break;
        }
    }
    void add(const Tally& other) {
        enrolled += other.enrolled;
        assessed += other.assessed;
        excellent += other.excellent;
        qualified += other.qualified;
        unqualified += other.unqualified;
        totalSum += other.totalSum;
    }
};

const char* const tallyHeaders[] = {"参评单位数", "已评定", "优秀",   "合格",
                                    "不合格",     "合格率", "优秀率", "平均总分"};

// Writes a tally from `column`; rates and the average stay blank with nothing assessed.
void writeTally(XlsxBook& book, XlsxSheet& sheet, int row, int column, const Tally& tally,
                bool emphasis) {
    lxw_format* count = emphasis ? book.emphasis() : nullptr;
    sheet.number(row, column, tally.enrolled, count);
    sheet.number(row, column + 1, tally.assessed, count);
    sheet.number(row, column + 2, tally.excellent, count);
    sheet.number(row, column + 3, tally.qualified, count);
    sheet.number(row, column + 4, tally.unqualified, count);
    if (tally.assessed == 0)
        return;
    lxw_format* percent = emphasis ? book.emphasisPercent() : book.percent();
    sheet.number(row, column + 5,
                 static_cast<double>(tally.excellent + tally.qualified) / tally.assessed, percent);
    sheet.number(row, column + 6, static_cast<double>(tally.excellent) / tally.assessed, percent);
    sheet.number(row, column + 7, tally.totalSum / tally.assessed,
                 emphasis ? book.emphasisDecimal() : book.decimal());
}

void writeHeader(XlsxBook& book, XlsxSheet& sheet, int row, const QStringList& headers) {
    for (int i = 0; i < headers.size(); ++i)
        sheet.text(row, i, headers[i], book.header());
}

QStringList tallyHeaderList() {
    QStringList list;
    for (const char* header : tallyHeaders)
        list << QString::fromUtf8(header);
    return list;
}

class Writer {
public:
    Writer(Database& db, const SummaryOptions& options, XlsxBook& book)
        : m_db(db)
        , m_options(options)
        , m_book(book) {}

    Result<void> run() {
        ResultQuery query;
        query.year = m_options.year;
        Result<std::vector<UnitResult>> results = ResultService(m_db).compute(query);
        if (!results)
            return results.error();
        m_results = std::move(*results);
        for (const UnitType& type : TypeRepository(m_db).list())
            m_typeNames[type.code] = type.name;
        LP_TRY(step(10));
        Result<DimensionScores> dimensions = DimensionScores::load(m_db, m_options.year);
        if (!dimensions)
            return dimensions.error();
        LP_TRY(step(25));
        Result<DeviationReport> deviations =
            Deviations::compute(m_db, m_options.year, m_options.deviationThreshold, &m_results);
        if (!deviations)
            return deviations.error();
        LP_TRY(step(30));

        writeSummary();
        writeCounties();
        rankWithinCounties();
        LP_TRY(writeUnits(*dimensions));
        LP_TRY(writeRankings());
        writeDeviations(*deviations);
        writeFollowUps();
        writeRectifications();
        // The coverage roadmap (seed 000), as the year stands.
        FindingsSheet::write(m_book, m_db, m_options.year);
        Result<std::vector<CoverageRow>> coverage = Coverage(m_db).compute(m_options.year);
        if (coverage && !coverage->empty())
            CoverageSheet::write(m_book, *coverage);
        // The integrity index as the year stands (the model is not frozen by an export).
        Result<std::vector<IndexResult>> index = IndexService(m_db).compute(m_options.year, false);
        if (index && !index->empty())
            IndexSheet::write(m_book, IndexStore(m_db).model(m_options.year), *index);
        writeDimensionLegend(*dimensions);
        return {};
    }

private:
    Result<void> step(int percent) {
        if (m_options.progress && !m_options.progress(percent))
            return cancelled(CoreText::tr("cancelled"));
        return {};
    }

    QString typeName(const QString& code) const {
        const auto found = m_typeNames.find(code);
        return found == m_typeNames.end() ? code : found->second;
    }

    // 汇总: county × type, a subtotal per county and the whole campaign.
    void writeSummary() {
        XlsxSheet& sheet = m_book.addSheet(QStringLiteral("汇总"));
        sheet.caption(0, 0, QStringLiteral("%1年度廉洁细胞考评汇总表").arg(m_options.year),
                      m_book.title());
        QStringList headers{QStringLiteral("县区"), QStringLiteral("类别")};
        headers << tallyHeaderList();
        writeHeader(m_book, sheet, 2, headers);
        std::map<QString, std::map<QString, Tally>> cells;
        for (const UnitResult& result : m_results)
            cells[result.county][typeName(result.typeCode)].add(result);
        int row = 3;
        Tally all;
        for (const auto& [county, types] : cells) {
            Tally subtotal;
            for (const auto& [type, tally] : types) {
                sheet.text(row, 0, county);
                sheet.text(row, 1, type);
                writeTally(m_book, sheet, row++, 2, tally, false);
                subtotal.add(tally);
            }
            sheet.text(row, 0, county, m_book.emphasis());
            sheet.text(row, 1, QStringLiteral("小计"), m_book.emphasis());
            writeTally(m_book, sheet, row++, 2, subtotal, true);
            m_countyTallies.emplace_back(county, subtotal);
            all.add(subtotal);
        }
        sheet.text(row, 0, QStringLiteral("全市合计"), m_book.emphasis());
        sheet.blank(row, 1, m_book.emphasis());
        writeTally(m_book, sheet, row, 2, all, true);
        sheet.finishTable(2, row, headers.size() - 1);
    }

    // 按县区: one row per county, and the charts drawn from it.
    void writeCounties() {
        XlsxSheet& sheet = m_book.addSheet(QStringLiteral("按县区"));
        QStringList headers{QStringLiteral("县区")};
        headers << tallyHeaderList();
        writeHeader(m_book, sheet, 0, headers);
        int row = 1;
        for (const auto& [county, tally] : m_countyTallies) {
            sheet.text(row, 0, county);
            writeTally(m_book, sheet, row++, 1, tally, false);
        }
        const int last = row - 1;
        sheet.finishTable(0, last, headers.size() - 1);
        if (last < 1)
            return;
        const QByteArray name = sheet.name().toUtf8();
        const auto lastRow = static_cast<lxw_row_t>(last);

        lxw_chart* grades = workbook_add_chart(m_book.raw(), LXW_CHART_COLUMN_STACKED);
        const std::pair<int, const char*> series[] = {{3, "优秀"}, {4, "合格"}, {5, "不合格"}};
        const std::uint32_t colors[] = {0x2E7D32, 0x1565C0, 0xC62828};
        for (std::size_t i = 0; i < std::size(series); ++i) {
            lxw_chart_series* s = chart_add_series(grades, nullptr, nullptr);
            chart_series_set_categories(s, name.constData(), 1, 0, lastRow, 0);
            chart_series_set_values(s, name.constData(), 1, static_cast<lxw_col_t>(series[i].first),
                                    lastRow, static_cast<lxw_col_t>(series[i].first));
            chart_series_set_name(s, series[i].second);
            lxw_chart_fill fill{};
            fill.color = colors[i];
            chart_series_set_fill(s, &fill);
        }
        chart_title_set_name(grades, "各县区考评等次分布");
        chart_axis_set_name(grades->y_axis, "单位数");
        chart_legend_set_position(grades, LXW_CHART_LEGEND_BOTTOM);
        worksheet_insert_chart(sheet.raw(), static_cast<lxw_row_t>(last + 3), 0, grades);

        lxw_chart* rates = workbook_add_chart(m_book.raw(), LXW_CHART_COLUMN);
        for (const auto& [column, label] : {std::pair{6, "合格率"}, std::pair{7, "优秀率"}}) {
            lxw_chart_series* s = chart_add_series(rates, nullptr, nullptr);
            chart_series_set_categories(s, name.constData(), 1, 0, lastRow, 0);
            chart_series_set_values(s, name.constData(), 1, static_cast<lxw_col_t>(column), lastRow,
                                    static_cast<lxw_col_t>(column));
            chart_series_set_name(s, label);
        }
        chart_title_set_name(rates, "各县区合格率与优秀率");
        chart_axis_set_num_format(rates->y_axis, "0%");
        chart_legend_set_position(rates, LXW_CHART_LEGEND_BOTTOM);
        // Under each other, inside the printed page: side by side, the second fell off its edge.
        const int ratesRow = last + 3 + 16;
        worksheet_insert_chart(sheet.raw(), static_cast<lxw_row_t>(ratesRow), 0, rates);
        const int chartRows = 15; // 288 px at 20 px a row
        worksheet_print_area(sheet.raw(), 0, 0, static_cast<lxw_row_t>(ratesRow + chartRows),
                             static_cast<lxw_col_t>(std::max<int>(
                                 static_cast<int>(headers.size()) - 1, sheet.columnReaching(480))));
    }

    // 单位明细: every enrolled unit.
    Result<void> writeUnits(const DimensionScores& dimensions) {
        XlsxSheet& sheet = m_book.addSheet(QStringLiteral("单位明细"));
        QStringList headers{QStringLiteral("单位编码"), QStringLiteral("单位名称"),
                            QStringLiteral("类别"), QStringLiteral("县区")};
        for (int d = 0; d < dimensions.columns(); ++d)
            headers << QStringLiteral("维度%1得分").arg(d + 1);
        const int firstScore = headers.size();
        headers << QStringLiteral("组织评价得分") << QStringLiteral("群众满意度得分")
                << QStringLiteral("总分") << QStringLiteral("等次") << QStringLiteral("县区内名次")
                << QStringLiteral("一票否决") << QStringLiteral("否决事由")
                << QStringLiteral("状态");
        writeHeader(m_book, sheet, 0, headers);
        int row = 1;
        const std::size_t count = m_results.size();
        for (std::size_t i = 0; i < count; ++i) {
            const UnitResult& result = m_results[i];
            sheet.text(row, 0, result.unitCode);
            sheet.text(row, 1, result.name);
            sheet.text(row, 2, typeName(result.typeCode));
            sheet.text(row, 3, result.county);
            int column = 4;
            for (HalfPoints half : dimensions.find(result.enrollmentId))
                sheet.number(row, column++, half / 2.0, m_book.decimal());
            column = firstScore;
            if (result.finalStep) {
                sheet.number(row, column, result.outcome.sOrg, m_book.decimal());
                if (result.outcome.sMass)
                    sheet.number(row, column + 1, *result.outcome.sMass, m_book.decimal());
                sheet.number(row, column + 2, result.outcome.total, m_book.decimal());
                sheet.text(row, column + 3, gradeLabel(result.outcome.grade));
                sheet.number(row, column + 4, m_rank[i], m_book.integer());
            }
            if (result.outcome.veto) // blank for no: 200,000 "否" would only add bulk
                sheet.text(row, column + 5, QStringLiteral("是"));
            if (!result.vetoReason.isEmpty())
                sheet.text(row, column + 6, result.vetoReason);
            sheet.text(row, column + 7, stateLabel(result.state));
            ++row;
            if (i % 20000 == 19999)
                LP_TRY(step(30 + static_cast<int>(40 * i / count)));
        }
        sheet.setWidth(firstScore + 6, 24);
        sheet.finishTable(0, row - 1, headers.size() - 1);
        return {};
    }

    // Each assessed unit's rank by total within its county; units shown with the same total
    // (one decimal) share a rank. Unassessed units get 0.
    void rankWithinCounties() {
        std::vector<std::size_t> order;
        order.reserve(m_results.size());
        for (std::size_t i = 0; i < m_results.size(); ++i)
            if (m_results[i].finalStep)
                order.push_back(i);
        std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
            const UnitResult& x = m_results[a];
            const UnitResult& y = m_results[b];
            if (x.county != y.county)
                return x.county < y.county;
            if (x.outcome.total != y.outcome.total)
                return x.outcome.total > y.outcome.total;
            return x.unitCode < y.unitCode;
        });
        m_rank.assign(m_results.size(), 0);
        m_ranked = order;
        int position = 0;
        int rank = 0;
        const UnitResult* previous = nullptr;
        for (std::size_t index : order) {
            const UnitResult& result = m_results[index];
            const bool newCounty = !previous || previous->county != result.county;
            position = newCounty ? 1 : position + 1;
            if (newCounty ||
                std::lround(previous->outcome.total * 10) != std::lround(result.outcome.total * 10))
                rank = position;
            m_rank[index] = rank;
            previous = &result;
        }
    }

    // 排名: the counties ranked by average total, then the leading units of each county.
    // (Every unit's rank within its county is a column of 单位明细.)
    Result<void> writeRankings() {
        XlsxSheet& sheet = m_book.addSheet(QStringLiteral("排名"));
        sheet.caption(0, 0, QStringLiteral("县区排名（按平均总分）"), m_book.emphasis());
        QStringList headers{QStringLiteral("名次"), QStringLiteral("县区")};
        headers << tallyHeaderList();
        writeHeader(m_book, sheet, 1, headers);
        std::vector<const std::pair<QString, Tally>*> counties;
        for (const auto& entry : m_countyTallies)
            if (entry.second.assessed > 0)
                counties.push_back(&entry);
        std::stable_sort(counties.begin(), counties.end(), [](const auto* a, const auto* b) {
            return a->second.totalSum / a->second.assessed >
                   b->second.totalSum / b->second.assessed;
        });
        int row = 2;
        for (std::size_t i = 0; i < counties.size(); ++i) {
            sheet.number(row, 0, static_cast<double>(i + 1), m_book.integer());
            sheet.text(row, 1, counties[i]->first);
            writeTally(m_book, sheet, row++, 2, counties[i]->second, false);
        }
        row += 2;
        sheet.caption(row++, 0, QStringLiteral("各县区前 %1 名").arg(TopPerCounty),
                      m_book.emphasis());
        const int unitHeader = row;
        const QStringList unitHeaders{QStringLiteral("县区内名次"), QStringLiteral("县区"),
                                      QStringLiteral("单位编码"),   QStringLiteral("单位名称"),
                                      QStringLiteral("类别"),       QStringLiteral("总分"),
                                      QStringLiteral("等次")};
        writeHeader(m_book, sheet, row++, unitHeaders);
        for (std::size_t index : m_ranked) {
            const UnitResult& result = m_results[index];
            if (m_rank[index] > TopPerCounty)
                continue;
            sheet.number(row, 0, m_rank[index], m_book.integer());
            sheet.text(row, 1, result.county);
            sheet.text(row, 2, result.unitCode);
            sheet.text(row, 3, result.name);
            sheet.text(row, 4, typeName(result.typeCode));
            sheet.number(row, 5, result.outcome.total, m_book.decimal());
            sheet.text(row, 6, gradeLabel(result.outcome.grade));
            ++row;
        }
        sheet.finishTable(unitHeader, row - 1, unitHeaders.size() - 1);
        return step(90);
    }

    // 复核偏差: per unit, then per county below.
    void writeDeviations(const DeviationReport& report) {
        XlsxSheet& sheet = m_book.addSheet(QStringLiteral("复核偏差"));
        const QStringList headers{QStringLiteral("单位编码"),    QStringLiteral("单位名称"),
                                  QStringLiteral("类别"),        QStringLiteral("县区"),
                                  QStringLiteral("县区总分"),    QStringLiteral("市级复核总分"),
                                  QStringLiteral("偏差(市−县)"), QStringLiteral("超出阈值")};
        writeHeader(m_book, sheet, 0, headers);
        int row = 1;
        for (const UnitDeviation& unit : report.units) {
            sheet.text(row, 0, unit.unitCode);
            sheet.text(row, 1, unit.name);
            sheet.text(row, 2, typeName(unit.typeCode));
            sheet.text(row, 3, unit.county);
            if (unit.countyTotal) {
                sheet.number(row, 4, *unit.countyTotal, m_book.decimal());
                sheet.number(row, 6, unit.delta, m_book.decimal());
            }
            sheet.number(row, 5, unit.cityTotal, m_book.decimal());
            sheet.text(row, 7, unit.flagged ? QStringLiteral("是") : QStringLiteral("否"));
            ++row;
        }
        sheet.finishTable(0, row - 1, headers.size() - 1);
        row += 2;
        sheet.caption(row++, 0,
                      QStringLiteral("按县区汇总（阈值 %1 分）").arg(report.threshold, 0, 'f', 1),
                      m_book.emphasis());
        const QStringList countyHeaders{
            QStringLiteral("县区"),         QStringLiteral("复核单位数"),
            QStringLiteral("超出阈值数"),   QStringLiteral("平均偏差"),
            QStringLiteral("平均绝对偏差"), QStringLiteral("最大绝对偏差")};
        writeHeader(m_book, sheet, row++, countyHeaders);
        for (const CountyDeviation& county : report.counties) {
            sheet.text(row, 0, county.county);
            sheet.number(row, 1, county.rechecked, m_book.integer());
            sheet.number(row, 2, county.flagged, m_book.integer());
            sheet.number(row, 3, county.meanDelta, m_book.decimal());
            sheet.number(row, 4, county.meanAbsDelta, m_book.decimal());
            sheet.number(row, 5, county.maxAbsDelta, m_book.decimal());
            ++row;
        }
        sheet.fitColumns();
    }

    void writeFollowUps() {
        XlsxSheet& sheet = m_book.addSheet(QStringLiteral("后续管理"));
        const QStringList headers{QStringLiteral("单位编码"), QStringLiteral("单位名称"),
                                  QStringLiteral("县区"),     QStringLiteral("事项"),
                                  QStringLiteral("状态"),     QStringLiteral("说明")};
        writeHeader(m_book, sheet, 0, headers);
        int row = 1;
        for (const FollowUp& item : FollowUps(m_db).list(m_options.year)) {
            sheet.text(row, 0, item.unitCode);
            sheet.text(row, 1, item.unitName);
            sheet.text(row, 2, item.county);
            sheet.text(row, 3, followUpKindLabel(item.kind));
            sheet.text(row, 4, statusLabel(item.status));
            sheet.text(row, 5, item.note);
            ++row;
        }
        sheet.finishTable(0, row - 1, headers.size() - 1);
    }

    void writeRectifications() {
        XlsxSheet& sheet = m_book.addSheet(QStringLiteral("整改事项"));
        const QStringList headers{QStringLiteral("单位编码"), QStringLiteral("整改问题"),
                                  QStringLiteral("整改时限"), QStringLiteral("责任人"),
                                  QStringLiteral("状态")};
        writeHeader(m_book, sheet, 0, headers);
        int row = 1;
        for (const Rectification& item : Rectifications(m_db).list(m_options.year)) {
            sheet.text(row, 0, item.unitCode);
            sheet.text(row, 1, item.text);
            sheet.text(row, 2, item.deadline);
            sheet.text(row, 3, item.responsible);
            sheet.text(row, 4, statusLabel(item.status));
            ++row;
        }
        sheet.finishTable(0, row - 1, headers.size() - 1);
    }

    void writeDimensionLegend(const DimensionScores& dimensions) {
        XlsxSheet& sheet = m_book.addSheet(QStringLiteral("维度说明"));
        QStringList headers{QStringLiteral("类别")};
        for (int d = 0; d < dimensions.columns(); ++d)
            headers << QStringLiteral("维度%1").arg(d + 1);
        writeHeader(m_book, sheet, 0, headers);
        int row = 1;
        for (const auto& [type, titles] : dimensions.titles()) {
            sheet.text(row, 0, typeName(type));
            for (int d = 0; d < titles.size(); ++d)
                sheet.text(row, d + 1, titles[d]);
            ++row;
        }
        sheet.finishTable(0, row - 1, headers.size() - 1);
    }

    static QString followUpKindLabel(const QString& kind) {
        return Labels::followUpKind(kind, Labels::Language::Chinese);
    }
    static QString statusLabel(const QString& status) {
        return Labels::status(status, Labels::Language::Chinese);
    }

    Database& m_db;
    const SummaryOptions& m_options;
    XlsxBook& m_book;
    std::vector<UnitResult> m_results;
    std::map<QString, QString> m_typeNames;
    std::vector<std::pair<QString, Tally>> m_countyTallies;
    std::vector<int> m_rank;           // by position in m_results
    std::vector<std::size_t> m_ranked; // assessed, by county then rank
    static constexpr int TopPerCounty = 20;
};

} // namespace

Result<void> SummaryWorkbook::write(Database& db, const SummaryOptions& options,
                                    const QString& path) {
    Result<std::unique_ptr<XlsxBook>> book = XlsxBook::create(path, true);
    if (!book)
        return book.error();
    LP_TRY(Writer(db, options, **book).run());
    LP_TRY((*book)->close());
    if (options.progress)
        options.progress(100);
    return {};
}

} // namespace lianping
