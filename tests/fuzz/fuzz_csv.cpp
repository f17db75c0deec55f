// libFuzzer target for CSV tables: the bytes as a file named *.csv through TableFile::read
// (BOM and encoding detection, UTF-8/UTF-16/GB18030 decoding, quoting and line endings; input
// starting with PK or D0 CF 11 E0 goes to the workbook readers, as a real file would), then
// the unit and score importers on what reads: header lookup in English and Chinese, the
// self-check template's preamble, type names, counties, demo flags, points and field limits.
// Not part of ctest; run with tools/fuzz.sh csv.

#include "TableFuzz.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    lianping::fuzz::readTable(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)),
        QStringLiteral("csv"));
    return 0;
}
