#pragma once
// Reads a CSV file (RFC 4180 quoting) into rows of fields with their line numbers.
// Accepts UTF-8 with or without BOM and GB18030/GBK, which Chinese offices' Excel writes.

#include "common/Result.h"
#include "io/Table.h"

namespace lianping {

class CsvReader {
public:
    static Result<Table> readFile(const QString& path);
    static Result<Table> parse(const QByteArray& bytes, const QString& source);
    static QString decode(const QByteArray& bytes);
};

} // namespace lianping
