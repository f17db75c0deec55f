#pragma once
// Reads a CSV file (RFC 4180 quoting) into rows of fields with their line numbers.
// Accepts UTF-8 with or without BOM, UTF-16 with BOM and GB18030/GBK, which Chinese offices'
// Excel writes; lines end in LF, CR LF or CR.

#include "core/common/Result.h"
#include "core/io/Table.h"

namespace lianping {

class CsvReader {
public:
    static Result<Table> readFile(const QString& path);
    static Result<Table> parse(const QByteArray& bytes, const QString& source);
    // UTF-8 (BOM or none), UTF-16 with its BOM, or GB18030/GBK; anything else is refused with
    // the first line that does not decode, never imported with replacement characters.
    static Result<QString> decode(const QByteArray& bytes, const QString& source);
};

} // namespace lianping
