#pragma once
// Reads the first worksheet of an Excel 97–2003 workbook (.xls, BIFF) into a Table with
// libfreexl: still the form many county offices save in. Rows are numbered as Excel shows
// them; numbers come out as an .xlsx's would (10, 8.5), dates as YYYY-MM-DD.

#include "common/Result.h"
#include "io/Table.h"

namespace lianping {

class XlsReader {
public:
    static Result<Table> readFile(const QString& path);
    static Result<std::vector<TableRow>> readRows(const QString& path);
};

} // namespace lianping
