#include "IndexReport.h"

#include "core/index/IndexStore.h"
#include "core/index/Surveys.h"
#include "core/report/PagedDocument.h"
#include "core/report/PdfFile.h"
#include "core/report/ReportPainter.h"

#include <QDate>
#include <QPainter>
#include <QPdfWriter>

namespace lianping {

namespace {

QString figure(const std::optional<double>& value, int decimals = 2) {
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("—");
}

ReportCell cell(const QString& text, bool centre = false, bool bold = false) {
    ReportCell made;
    made.text = text;
    made.centre = centre;
    made.bold = bold;
    return made;
}

ReportBlock heading(const QString& text) {
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.text = text;
    return block;
}

ReportBlock text(const QString& body, ReportBlock::Kind kind = ReportBlock::Kind::Paragraph) {
    ReportBlock block;
    block.kind = kind;
    block.text = body;
    return block;
}

const QString city = QStringLiteral("全市");

} // namespace

ReportContent IndexReport::content(int year, const IndexModel& model,
                                   const std::vector<IndexResult>& results, int minimumSample) {
    ReportContent content;
    content.title = QStringLiteral("%1年度清廉指数报告").arg(year);
    content.subtitle = model.title;
    content.footer = QStringLiteral("%1年度清廉指数报告").arg(year);
    const IndexResult* whole = nullptr;
    std::vector<const IndexResult*> ranked;
    for (const IndexResult& r : results) {
        if (r.county == city)
            whole = &r;
        else
            ranked.push_back(&r);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const IndexResult* a, const IndexResult* b) {
        return a->rank.value_or(1 << 20) < b->rank.value_or(1 << 20);
    });

    content.blocks.push_back(heading(QStringLiteral("一、总体情况")));
    if (whole)
        content.blocks.push_back(
            text(QStringLiteral("%1年度全市清廉指数为 %2%3。")
                     .arg(year)
                     .arg(figure(whole->index))
                     .arg(whole->change ? QStringLiteral("，较上年%1 %2")
                                              .arg(*whole->change >= 0 ? QStringLiteral("提高")
                                                                       : QStringLiteral("下降"))
                                              .arg(std::abs(*whole->change), 0, 'f', 2)
                                        : QString())));

    content.blocks.push_back(heading(QStringLiteral("二、各县区清廉指数")));
    std::vector<int> widths = {9, 17, 14, 12};
    std::vector<QString> header = {QStringLiteral("排名"), QStringLiteral("县区"),
                                   QStringLiteral("清廉指数"), QStringLiteral("较上年")};
    for (const IndexDimension& d : model.dimensions) {
        header.push_back(d.name);
        widths.push_back(static_cast<int>(48 / std::max<std::size_t>(1, model.dimensions.size())));
    }
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.table.widths = widths;
    table.table.header = header;
    const auto addRow = [&](const IndexResult& r, ReportRow::Kind kind) {
        ReportRow row;
        row.kind = kind;
        row.cells = {cell(r.rank ? QString::number(*r.rank) : QString(), true),
                     cell(r.county + (r.partial ? QStringLiteral("*") : QString())),
                     cell(figure(r.index), true, true),
                     cell(r.change ? QStringLiteral("%1%2")
                                         .arg(*r.change >= 0 ? QStringLiteral("+") : QString())
                                         .arg(*r.change, 0, 'f', 2)
                                   : QStringLiteral("—"),
                          true)};
        for (const auto& [name, score] : r.dimensions)
            row.cells.push_back(cell(figure(score), true));
        table.table.rows.push_back(row);
    };
    for (const IndexResult* r : ranked)
        addRow(*r, ReportRow::Kind::Normal);
    if (whole)
        addRow(*whole, ReportRow::Kind::Total);
    content.blocks.push_back(table);
    content.blocks.push_back(
        text(QStringLiteral("* 缺少部分方面的数据，其权重已按比例分给同一维度中有数据的方面。"),
             ReportBlock::Kind::Note));

    if (whole) {
        content.blocks.push_back(heading(QStringLiteral("三、全市各方面得分")));
        ReportBlock aspects;
        aspects.kind = ReportBlock::Kind::Table;
        aspects.table.widths = {16, 16, 14, 12, 28, 14};
        aspects.table.header = {QStringLiteral("维度"),         QStringLiteral("方面"),
                                QStringLiteral("得分"),         QStringLiteral("样本量"),
                                QStringLiteral("95% 置信区间"), QStringLiteral("说明")};
        std::size_t index = 0;
        for (const IndexDimension& d : model.dimensions)
            for (const IndexAspect& a : d.aspects) {
                if (index >= whole->aspects.size())
                    break;
                const AspectResult& result = whole->aspects[index++].second;
                QString note;
                if (!result.score)
                    note = QStringLiteral("无数据");
                else if (result.flagged)
                    note = QStringLiteral("样本不足 %1").arg(minimumSample);
                aspects.table.rows.push_back(
                    {ReportRow::Kind::Normal,
                     {cell(d.name), cell(a.name), cell(figure(result.score), true),
                      cell(result.n ? QString::number(*result.n) : QStringLiteral("—"), true),
                      cell(result.ciLow && result.ciHigh
                               ? QStringLiteral("%1 – %2").arg(figure(result.ciLow),
                                                               figure(result.ciHigh))
                               : QStringLiteral("—"),
                           true),
                      cell(note, true)}});
            }
        content.blocks.push_back(aspects);
    }

    content.blocks.push_back(heading(QStringLiteral("四、数据不全的县区")));
    QStringList lacking;
    for (const IndexResult* r : ranked)
        if (!r->missing.isEmpty())
            lacking << QStringLiteral("%1：%2").arg(r->county,
                                                    r->missing.join(QStringLiteral("、")));
    content.blocks.push_back(text(lacking.isEmpty()
                                      ? QStringLiteral("无。")
                                      : lacking.join(QStringLiteral("；")) + QStringLiteral("。")));

    content.blocks.push_back(heading(QStringLiteral("五、计算方法")));
    content.blocks.push_back(
        text(QStringLiteral("清廉指数由不敢为、不能为、不想为三个维度加权合成，每个维度由若干方面加"
                            "权合成，每个方面由考评结果、"
                            "合格率或优秀率、任务完成率、第三方和群众测评、手工录入数据加权合成，同"
                            "一层级权重之和为 1，满分 100。"
                            "测评数据按答卷计算：满意计 100 分，基本满意按本年度权重计分，不满意计 "
                            "0 分；1–5 分制按（分值 − 1）× 25 计分；"
                            "“是/否”题计算比例。均值的 95% 置信区间按 t 分布计算，比例按 Wilson "
                            "方法计算；样本量少于 %1 的数据予以标注。"
                            "全市指数把全市所有单位和答卷合在一起计算。")
                 .arg(minimumSample)));
    return content;
}

Result<int> IndexReport::writePdf(Database& db, int year, const QString& path) {
    Result<std::vector<IndexResult>> results = IndexService(db).compute(year);
    if (!results)
        return results.error();
    const IndexModel model = IndexStore(db).model(year);
    const ReportContent report = content(year, model, *results, Surveys(db).minimumSample(year));
    int pages = 0;
    LP_TRY(PdfFile::write(
        path, report.title, [](QPagedPaintDevice& device) { PagedDocument::setUpPage(device); },
        [&](QPainter& painter, QPdfWriter& writer) -> Result<void> {
            pages = ReportPainter::paint(painter, writer, report, true);
            return {};
        }));
    return pages;
}

} // namespace lianping
