#include "ReportHtml.h"

#include "report/ReportContent.h"

// Every bordered table: one collapsed 1-px grid (a literal, so QStringLiteral can join it).
#define LP_GRID_TABLE                                                                              \
    "<table border=\"1\" style=\"border-collapse: collapse; border-color: #444\" width=\"100%\" "  \
    "cellspacing=\"0\" cellpadding=\"3\">"

namespace lianping {

namespace {

QString esc(const QString& text) {
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString style() {
    return QStringLiteral("<style>"
                          "body { font-size: 10.5pt; }"
                          "h1 { font-size: 18pt; text-align: center; margin-bottom: 2pt; }"
                          "h2 { font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt; }"
                          "p.sub { text-align: center; font-size: 11pt; margin-top: 0; }"
                          "th { background-color: #e8ecf2; font-weight: bold; }"
                          "td.k { background-color: #f4f6f9; font-weight: bold; }"
                          "td.n { text-align: center; }"
                          "tr.dim td { background-color: #f4f6f9; font-weight: bold; }"
                          "tr.sum td { font-weight: bold; }"
                          "p.note { font-size: 9pt; color: #444; }"
                          "</style>");
}

void appendTable(QString& html, const ReportTable& table) {
    html += table.grid
                ? QStringLiteral(LP_GRID_TABLE)
                : QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\">");
    if (!table.header.empty()) {
        html += QStringLiteral("<thead><tr>");
        for (std::size_t i = 0; i < table.header.size(); ++i)
            html += i < table.widths.size()
                        ? QStringLiteral("<th width=\"%1%\">%2</th>")
                              .arg(table.widths[i])
                              .arg(esc(table.header[i]))
                        : QStringLiteral("<th>%1</th>").arg(esc(table.header[i]));
        html += QStringLiteral("</tr></thead>");
    }
    bool first = true;
    for (const ReportRow& row : table.rows) {
        switch (row.kind) {
        case ReportRow::Kind::Group:
            html += QStringLiteral("<tr class=\"dim\">");
            break;
        case ReportRow::Kind::Total:
            html += QStringLiteral("<tr class=\"sum\">");
            break;
        case ReportRow::Kind::Normal:
            html += QStringLiteral("<tr>");
            break;
        }
        int column = 0;
        for (const ReportCell& cell : row.cells) {
            QString attributes;
            if (cell.label)
                attributes += QStringLiteral(" class=\"k\"");
            else if (cell.centre)
                attributes += QStringLiteral(" class=\"n\"");
            if (cell.span > 1)
                attributes += QStringLiteral(" colspan=\"%1\"").arg(cell.span);
            // Without a header row, the first row carries the column widths.
            if (first && table.header.empty() && cell.span == 1 &&
                column < static_cast<int>(table.widths.size()))
                attributes += QStringLiteral(" width=\"%1%\"").arg(table.widths[column]);
            if (row.heightPt > 0)
                attributes += QStringLiteral(" height=\"%1\"").arg(row.heightPt * 4 / 3, 0, 'f', 0);
            const QString text =
                cell.text.isEmpty() && row.heightPt > 0 ? QStringLiteral("&nbsp;") : esc(cell.text);
            html += cell.bold ? QStringLiteral("<td%1><b>%2</b></td>").arg(attributes, text)
                              : QStringLiteral("<td%1>%2</td>").arg(attributes, text);
            column += cell.span;
        }
        html += QStringLiteral("</tr>");
        first = false;
    }
    html += QStringLiteral("</table>");
}

} // namespace

QString ReportHtml::ratingFooter(const UnitReport& report) {
    return ReportContent::ratingFooter(report);
}

QString ReportHtml::ratingReport(const UnitReport& report) {
    return html(ReportContent::rating(report));
}

QString ReportHtml::html(const ReportContent& content) {
    QString html;
    html.reserve(16000);
    html += QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(content.title));
    if (!content.subtitle.isEmpty())
        html += QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(content.subtitle));
    for (const ReportBlock& block : content.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            html += QStringLiteral("<h2>%1</h2>").arg(esc(block.text));
            break;
        case ReportBlock::Kind::Paragraph:
            html += QStringLiteral("<p>%1</p>").arg(esc(block.text));
            break;
        case ReportBlock::Kind::Note:
            html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(block.text));
            break;
        case ReportBlock::Kind::Table:
            appendTable(html, block.table);
            break;
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace lianping
