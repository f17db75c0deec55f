#include "XlsxBook.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cstdio>

namespace lianping {

namespace {

lxw_format* makeFormat(lxw_workbook* book, const char* numberFormat, bool bold) {
    lxw_format* format = workbook_add_format(book);
    if (numberFormat)
        format_set_num_format(format, numberFormat);
    if (bold)
        format_set_bold(format);
    return format;
}

} // namespace

double displayWidth(const QString& text) {
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2.1 : 1.1;
    return width;
}

void XlsxSheet::widen(int column, double width) {
    if (column >= static_cast<int>(m_widths.size()))
        m_widths.resize(static_cast<std::size_t>(column) + 1, 0);
    double& current = m_widths[static_cast<std::size_t>(column)];
    current = std::max(current, width);
}

void XlsxSheet::text(int row, int column, const QString& value, lxw_format* format) {
    // Excel's cell limit is 32,767 characters.
    const QByteArray utf8 = value.left(32000).toUtf8();
    worksheet_write_string(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                           utf8.constData(), format);
    // Widths from the first rows are widths enough; measuring 200,000 names is not.
    if (row < MeasuredRows)
        widen(column, displayWidth(value.left(200)));
}

void XlsxSheet::caption(int row, int column, const QString& value, lxw_format* format) {
    const QByteArray utf8 = value.toUtf8();
    worksheet_write_string(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                           utf8.constData(), format);
}

void XlsxSheet::number(int row, int column, double value, lxw_format* format) {
    worksheet_write_number(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                           value, format);
    if (row < MeasuredRows)
        widen(column, 7);
}

void XlsxSheet::blank(int row, int column, lxw_format* format) {
    worksheet_write_blank(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                          format);
}

void XlsxSheet::setWidth(int column, double width) {
    if (column >= static_cast<int>(m_widths.size()))
        m_widths.resize(static_cast<std::size_t>(column) + 1, 0);
    m_widths[static_cast<std::size_t>(column)] = width;
}

double XlsxSheet::shownWidth(std::size_t column) const {
    return column < m_widths.size() ? std::clamp(m_widths[column] + 2, 6.0, m_maxWidth) : 8.43;
}

void XlsxSheet::fitColumns(double maxWidth) {
    m_maxWidth = maxWidth;
    double total = 0;
    for (std::size_t column = 0; column < m_widths.size(); ++column) {
        worksheet_set_column(m_sheet, static_cast<lxw_col_t>(column),
                             static_cast<lxw_col_t>(column), shownWidth(column), nullptr);
        total += shownWidth(column);
    }
    // A4 portrait holds about 95 characters of the default font between its margins.
    worksheet_set_paper(m_sheet, 9);
    if (total > 95)
        worksheet_set_landscape(m_sheet);
    worksheet_fit_to_pages(m_sheet, 1, 0); // one page wide, as many pages long as it takes
    worksheet_center_horizontally(m_sheet);
}

int XlsxSheet::columnReaching(double pixels) const {
    double reached = 0;
    for (int column = 0;; ++column) {
        reached += shownWidth(static_cast<std::size_t>(column)) * 7 + 5; // Excel's pixels
        if (reached >= pixels)
            return column;
    }
}

void XlsxSheet::finishTable(int headerRow, int lastRow, int lastColumn) {
    worksheet_freeze_panes(m_sheet, static_cast<lxw_row_t>(headerRow + 1), 0);
    worksheet_autofilter(m_sheet, static_cast<lxw_row_t>(headerRow), 0,
                         static_cast<lxw_row_t>(std::max(lastRow, headerRow)),
                         static_cast<lxw_col_t>(lastColumn));
    worksheet_repeat_rows(m_sheet, static_cast<lxw_row_t>(headerRow),
                          static_cast<lxw_row_t>(headerRow));
    worksheet_set_paper(m_sheet, 9); // A4
    fitColumns();
}

Result<std::unique_ptr<XlsxBook>> XlsxBook::create(const QString& path, bool constantMemory) {
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(CoreText::tr("%1: the folder does not exist").arg(path));
    // Written beside the target, then renamed over it: a failed export never leaves half a file.
    const QString partial = info.absoluteFilePath() + QStringLiteral(".part");
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    const QByteArray tmp = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char*>(tmp.constData());
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(partial).constData(), &options);
    if (!book)
        return fail(CoreText::tr("%1: cannot create the workbook").arg(path));
    return std::unique_ptr<XlsxBook>(new XlsxBook(book, info.absoluteFilePath(), partial));
}

XlsxBook::XlsxBook(lxw_workbook* book, QString target, QString partial)
    : m_book(book)
    , m_target(std::move(target))
    , m_partial(std::move(partial)) {
    m_header = makeFormat(book, nullptr, true);
    format_set_bg_color(m_header, 0xDDE4EE);
    format_set_border(m_header, LXW_BORDER_THIN);
    format_set_align(m_header, LXW_ALIGN_CENTER);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(m_header);
    m_title = makeFormat(book, nullptr, true);
    format_set_font_size(m_title, 14);
    m_decimal = makeFormat(book, "0.0", false);
    m_integer = makeFormat(book, "0", false);
    m_percent = makeFormat(book, "0.0%", false);
    m_emphasis = makeFormat(book, nullptr, true);
    m_emphasisDecimal = makeFormat(book, "0.0", true);
    m_emphasisPercent = makeFormat(book, "0.0%", true);
    m_input = makeFormat(book, "0.0", false);
    format_set_unlocked(m_input);
    format_set_bg_color(m_input, 0xFFF6D5);
    format_set_border(m_input, LXW_BORDER_THIN);
    m_wrap = makeFormat(book, nullptr, false);
    format_set_text_wrap(m_wrap);
    format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
}

XlsxBook::~XlsxBook() {
    if (m_book) {
        workbook_close(m_book);
        QFile::remove(m_partial);
    }
}

XlsxSheet& XlsxBook::addSheet(const QString& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
    m_sheets.push_back(std::make_unique<XlsxSheet>(sheet, name));
    return *m_sheets.back();
}

Result<void> XlsxBook::close() {
    const lxw_error error = workbook_close(m_book);
    m_book = nullptr;
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_partial);
        return fail(CoreText::tr("%1: the workbook could not be written: %2")
                        .arg(m_target, QString::fromUtf8(lxw_strerror(error))));
    }
    if (std::rename(QFile::encodeName(m_partial).constData(),
                    QFile::encodeName(m_target).constData()) != 0) {
        QFile::remove(m_partial);
        return fail(CoreText::tr("%1: cannot replace the file").arg(m_target));
    }
    return {};
}

} // namespace lianping
