#pragma once
// A table read from a CSV file or an .xlsx sheet: a header row, data rows with the line (CSV)
// or row number (Excel) a person sees, and the label/value cells above the header of a filled
// template (单位编码 | 3201…).

#include "core/common/Result.h"

#include <QStringList>

#include <initializer_list>
#include <vector>

namespace lianping {

struct TableRow {
    int line = 0; // 1-based line (CSV) or row number (Excel) where the record starts
    QStringList fields;
};

struct Table {
    QString source;
    QStringList header;
    int headerLine = 1;
    std::vector<TableRow> rows;
    std::vector<TableRow> preamble; // rows above the header

    // The first row is the header; the fields are already trimmed.
    static Table fromRows(const QString& source, std::vector<TableRow> rows);
    // A workbook sheet's rows as a table; an empty sheet is refused (a header is expected).
    static Result<Table> fromSheet(const QString& source, Result<std::vector<TableRow>> rows);

    // Index of the first header matching one of the names (case-insensitive), or -1.
    int column(std::initializer_list<const char*> names) const;
    // When the header has none of the names, the first row that has one becomes the header
    // and the rows above it the preamble (a title, label/value pairs). False: no such row.
    bool promoteHeader(std::initializer_list<const char*> names);
    // The value in the cell right of a preamble label (单位编码 | 3201… → 3201…), or empty.
    QString preambleValue(std::initializer_list<const char*> labels) const;
};

} // namespace lianping
