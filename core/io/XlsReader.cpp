#include "XlsReader.h"

#include "common/CoreText.h"

#include <QFile>

#include <freexl.h>

#include <memory>

namespace lianping {

namespace {

struct XlsCloser {
    void operator()(const void* handle) const { freexl_close(handle); }
};
using XlsHandle = std::unique_ptr<const void, XlsCloser>;

QString cellText(const FreeXL_CellValue& cell) {
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return QString::number(cell.value.double_value, 'g', 15);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        return QString::fromUtf8(cell.value.text_value).trimmed();
    default:
        return {};
    }
}

QString openError(const QString& path, int code) {
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return CoreText::tr("%1: cannot read the file").arg(path);
    case FREEXL_BIFF_OBFUSCATED:
        return CoreText::tr("%1: the workbook is password-protected; save it without a password")
            .arg(path);
    default:
        Q_UNUSED(code);
        return CoreText::tr("%1: cannot read this .xls workbook (it may be damaged); open it in "
                            "Excel or WPS and save it as .xlsx")
            .arg(path);
    }
}

} // namespace

Result<std::vector<TableRow>> XlsReader::readRows(const QString& path) {
    const void* raw = nullptr;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &raw);
    XlsHandle handle(raw);
    if (opened != FREEXL_OK)
        return fail(openError(path, opened));
    unsigned int password = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
        password == FREEXL_BIFF_OBFUSCATED)
        return fail(openError(path, FREEXL_BIFF_OBFUSCATED));
    unsigned int sheets = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK || sheets == 0)
        return fail(CoreText::tr("%1: the workbook has no sheet").arg(path));
    if (freexl_select_active_worksheet(raw, 0) != FREEXL_OK)
        return fail(CoreText::tr("%1: cannot read the first sheet").arg(path));
    unsigned int rowCount = 0;
    unsigned short columnCount = 0;
    if (freexl_worksheet_dimensions(raw, &rowCount, &columnCount) != FREEXL_OK)
        return fail(CoreText::tr("%1: cannot read the first sheet").arg(path));

    std::vector<TableRow> rows;
    for (unsigned int r = 0; r < rowCount; ++r) {
        TableRow row;
        row.line = static_cast<int>(r) + 1;
        for (unsigned short c = 0; c < columnCount; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(raw, r, c, &cell) != FREEXL_OK)
                return fail(CoreText::tr("%1: row %2: the sheet is damaged (cell %3)")
                                .arg(path)
                                .arg(row.line)
                                .arg(c + 1));
            row.fields << cellText(cell);
        }
        while (!row.fields.isEmpty() && row.fields.back().isEmpty())
            row.fields.removeLast();
        if (!row.fields.isEmpty())
            rows.push_back(std::move(row));
    }
    return rows;
}

Result<Table> XlsReader::readFile(const QString& path) {
    return Table::fromSheet(path, readRows(path));
}

} // namespace lianping
