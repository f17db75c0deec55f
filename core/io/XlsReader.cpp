#include "XlsReader.h"

#include "common/CoreText.h"

#include <QFile>
#include <QtEndian>

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

// freexl (1.0.6) converts each directory entry's name with the length the file gives, up to
// 65535 bytes, out of a 128-byte entry in a 4 KB stack buffer: a damaged or crafted workbook
// makes it read far past that buffer (found by fuzz_xls). The compound-file format caps a name
// at 64 bytes, so the entries freexl scans — the first directory sector, located as freexl
// locates it — are checked before it opens the file. Anything freexl would not read as a
// compound file (wrong signature or sector size, a sector that is not there) passes: it fails
// or takes the old-BIFF path in freexl without touching a directory entry.
bool directoryNamesFit(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QByteArray header = file.read(512);
    if (header.size() != 512 || !header.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return true;
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint16 shift = qFromLittleEndian<quint16>(bytes + 30);
    if (shift != 9 && shift != 12)
        return true;
    const quint32 sectorSize = 1u << shift;
    // freexl's own arithmetic, 32-bit unsigned: a start of 0xFFFFFFFF reads the header.
    const quint32 where = (qFromLittleEndian<quint32>(bytes + 48) + 1u) * sectorSize;
    if (!file.seek(where))
        return true;
    const QByteArray sector = file.read(sectorSize);
    if (sector.size() != static_cast<qsizetype>(sectorSize))
        return true;
    for (quint32 entry = 0; entry < sectorSize; entry += 128) {
        const auto* nameSize = reinterpret_cast<const uchar*>(sector.constData()) + entry + 64;
        if (qFromLittleEndian<quint16>(nameSize) > 64)
            return false;
    }
    return true;
}

} // namespace

Result<std::vector<TableRow>> XlsReader::readRows(const QString& path) {
    if (!directoryNamesFit(path))
        return fail(openError(path, FREEXL_CRAFTED_FILE));
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
