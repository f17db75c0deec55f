#pragma once
// Reads a table a person brings: a CSV file (UTF-8 or GB18030), an .xlsx workbook or an
// Excel 97–2003 .xls workbook, chosen by content (a zip starts with "PK", a compound
// document with D0 CF 11 E0), not by the file's name.

#include "core/common/Result.h"
#include "core/io/Table.h"

namespace lianping {

class TableFile {
public:
    static Result<Table> read(const QString& path);
};

} // namespace lianping
