#pragma once
// Reads the first worksheet of an Excel 97–2003 workbook (.xls, BIFF) into a Table with
// libfreexl: still the form many county offices save in. Rows are numbered as Excel shows
// them; numbers come out as an .xlsx's would (10, 8.5), dates as YYYY-MM-DD. On Unix the
// workbook is parsed in a child process, so a file that crashes libfreexl is refused as
// damaged instead of taking the program down.

#include "core/common/Result.h"
#include "core/io/Table.h"

namespace lianping {

class XlsReader {
public:
    static Result<Table> readFile(const QString& path);
    static Result<std::vector<TableRow>> readRows(const QString& path);
    // The same in this process (what the child runs).
    static Result<std::vector<TableRow>> readRowsInProcess(const QString& path);
    // Whether readRows parses in a child process (default on Unix). The xls fuzz target turns
    // it off so that the sanitizers see inside freexl.
    static void setIsolated(bool isolated);
};

} // namespace lianping
