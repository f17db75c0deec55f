#pragma once
// Reads a worksheet (the first by default) of an .xlsx workbook (Office Open XML) into a Table,
// with libzip and QXmlStreamReader: shared strings (rich text runs, phonetic runs skipped), inline
// strings, numbers, booleans and cached formula values, sparse cells placed by their
// reference. Entries are size-capped so a zip bomb is refused, not unpacked.

#include "core/common/Result.h"
#include "core/io/Table.h"

namespace lianping {

class XlsxReader {
public:
    static Result<Table> readFile(const QString& path);
    // Every non-empty row of the named sheet (default: the first), numbered as Excel shows
    // them; cells keep their column, so a row's fields may start with empty strings.
    static Result<std::vector<TableRow>> readRows(const QString& path,
                                                  const QString& sheetName = {});
    // The largest uncompressed entry accepted.
    // A 200,000-unit sheet is some 60 MB of XML; a bigger part is a damaged or hostile file.
    static constexpr qint64 MaxEntryBytes = 256ll * 1024 * 1024;
    // Excel's own limit on the text of one cell.
    static constexpr int MaxCellChars = 32767;
};

} // namespace lianping
