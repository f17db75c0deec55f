#pragma once
// Reads a CSV file (RFC 4180 quoting) into rows of fields with their line numbers.
// Accepts UTF-8 with or without BOM and GB18030/GBK, which Chinese offices' Excel writes.

#include "common/Result.h"

#include <QStringList>

#include <vector>

namespace lianping {

struct CsvRow {
    int line = 0; // 1-based line where the record starts
    QStringList fields;
};

struct CsvTable {
    QString source;
    QStringList header;
    std::vector<CsvRow> rows;

    // Index of the first header matching one of the names (case-insensitive), or -1.
    int column(std::initializer_list<const char*> names) const;
};

class CsvReader {
public:
    static Result<CsvTable> readFile(const QString& path);
    static Result<CsvTable> parse(const QByteArray& bytes, const QString& source);
    static QString decode(const QByteArray& bytes);
};

} // namespace lianping
