#pragma once
// What a rating report (考评报告) says, apart from how it is drawn: a title, then headings,
// paragraphs and tables in order. ReportPainter draws it on a page (PDF, printer,
// preview) and ReportDocx writes it as WordprocessingML, so both carry the same content.

#include <QString>

#include <vector>

namespace lianping {

struct UnitReport;

struct ReportCell {
    QString text;        // "\n" starts a new line in the cell
    bool label = false;  // a field's name: shaded and bold
    bool centre = false; // figures and short values
    bool bold = false;
    int span = 1;
};

struct ReportRow {
    enum class Kind { Normal, Group, Total } kind = Kind::Normal;
    std::vector<ReportCell> cells;
    double heightPt = 0; // 0: as the text needs
};

struct ReportTable {
    std::vector<int> widths;     // percent of the text width, per column
    std::vector<QString> header; // repeated on every page; empty: none
    std::vector<ReportRow> rows;
    bool grid = true; // bordered; false for the signature lines
};

struct ReportBlock {
    enum class Kind { Heading, Paragraph, Note, Table } kind = Kind::Paragraph;
    QString text;
    ReportTable table;
};

struct ReportContent {
    QString title;
    QString subtitle;
    QString footer;
    std::vector<ReportBlock> blocks;

    static ReportContent rating(const UnitReport& report);
    // "2026年度廉洁细胞考评报告 · 单位（编码）", the line under each page of a rating report.
    static QString ratingFooter(const UnitReport& report);
};

} // namespace lianping
