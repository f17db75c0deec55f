// libFuzzer target for Excel 97–2003 workbooks: the bytes as a file named *.xls through
// TableFile::read, so freexl's compound-document and BIFF parsing (not instrumented: a crash
// there is found, its coverage does not guide) and XlsReader's cell loop, then the unit and
// score importers on the first sheet. Not part of ctest; run with tools/fuzz.sh xls.

#include "TableFuzz.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    lianping::fuzz::readTable(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)),
        QStringLiteral("xls"));
    return 0;
}
