#pragma once
// A thin owner of a libxlsxwriter workbook: the formats every Lianping workbook shares,
// sheets that remember the widest text of each column (1.1.4 has no autofit), and a close
// that reports libxlsxwriter's error and replaces the target only when the file is complete.

#include "core/common/Result.h"

#include <QString>

#include <memory>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace lianping {

class XlsxSheet {
public:
    XlsxSheet(lxw_worksheet* sheet, QString name)
        : m_sheet(sheet)
        , m_name(std::move(name)) {}

    void text(int row, int column, const QString& value, lxw_format* format = nullptr);
    // A title or note that may run across columns: it does not widen its column.
    void caption(int row, int column, const QString& value, lxw_format* format = nullptr);
    void number(int row, int column, double value, lxw_format* format = nullptr);
    void blank(int row, int column, lxw_format* format);
    // Frozen header row, autofilter over the table, columns as wide as their widest text.
    void finishTable(int headerRow, int lastRow, int lastColumn);
    void setWidth(int column, double width);
    // Columns as wide as their text (at most maxWidth), and printed on A4 one page wide,
    // landscape when the columns are wider than a portrait page.
    void fitColumns(double maxWidth = 60);
    // The last column a drawing `pixels` wide starting at column 0 reaches (for print areas).
    int columnReaching(double pixels) const;

    lxw_worksheet* raw() const { return m_sheet; }
    const QString& name() const { return m_name; }

private:
    static constexpr int MeasuredRows = 3000;
    void widen(int column, double width);
    double shownWidth(std::size_t column) const;
    lxw_worksheet* m_sheet;
    QString m_name;
    std::vector<double> m_widths;
    double m_maxWidth = 60;
};

class XlsxBook {
public:
    // constantMemory: rows are written in order and flushed (large sheets); no merges.
    static Result<std::unique_ptr<XlsxBook>> create(const QString& path, bool constantMemory);
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    XlsxSheet& addSheet(const QString& name);
    lxw_workbook* raw() const { return m_book; }

    lxw_format* header() const { return m_header; }
    lxw_format* title() const { return m_title; }
    lxw_format* decimal() const { return m_decimal; }   // 0.0
    lxw_format* integer() const { return m_integer; }   // 0
    lxw_format* percent() const { return m_percent; }   // 0.0%
    lxw_format* emphasis() const { return m_emphasis; } // bold, for totals
    lxw_format* emphasisDecimal() const { return m_emphasisDecimal; }
    lxw_format* emphasisPercent() const { return m_emphasisPercent; }
    lxw_format* input() const { return m_input; } // unlocked, shaded: cells a person fills in
    lxw_format* wrap() const { return m_wrap; }

    // Writes the file and moves it over the target. Nothing is left behind on failure.
    Result<void> close();

private:
    XlsxBook(lxw_workbook* book, QString target, QString partial);
    lxw_workbook* m_book;
    QString m_target;
    QString m_partial;
    std::vector<std::unique_ptr<XlsxSheet>> m_sheets;
    lxw_format* m_header = nullptr;
    lxw_format* m_title = nullptr;
    lxw_format* m_decimal = nullptr;
    lxw_format* m_integer = nullptr;
    lxw_format* m_percent = nullptr;
    lxw_format* m_emphasis = nullptr;
    lxw_format* m_emphasisDecimal = nullptr;
    lxw_format* m_emphasisPercent = nullptr;
    lxw_format* m_input = nullptr;
    lxw_format* m_wrap = nullptr;
};

// Display width of text in Excel column units: CJK characters count two.
double displayWidth(const QString& text);

} // namespace lianping
