// The CLI's writer on its own: numbers as a person reads them, CSV quoting and defusing.
#include "Output.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace lianping::cli;

namespace {
QString written(Format format, const std::vector<Cell>& row) {
    std::FILE* file = std::tmpfile();
    REQUIRE(file);
    {
        RecordWriter out(format, {QStringLiteral("a"), QStringLiteral("b")}, file);
        out.add(row);
        out.finish();
    }
    std::rewind(file);
    QByteArray bytes;
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, file))
        bytes.append(buffer, static_cast<qsizetype>(n));
    std::fclose(file);
    return QString::fromUtf8(bytes);
}
} // namespace

TEST_CASE("cli output: counts and scores never come out in exponent form") {
    CHECK(shortestNumber(200000) == QStringLiteral("200000"));
    CHECK(shortestNumber(107805) == QStringLiteral("107805"));
    CHECK(shortestNumber(1e7) == QStringLiteral("10000000"));
    CHECK(shortestNumber(87.5) == QStringLiteral("87.5"));
    CHECK(shortestNumber(0.3) == QStringLiteral("0.3"));
    CHECK(shortestNumber(0.00001) == QStringLiteral("0.00001"));
    CHECK(shortestNumber(-3) == QStringLiteral("-3"));
    CHECK(written(Format::Json, {Cell::num(200000), Cell::num(0.5)})
              .contains(QStringLiteral("\"a\": 200000, \"b\": 0.5")));
    CHECK(written(Format::Csv, {Cell::num(200000), Cell::num(-2.5)})
              .contains(QStringLiteral("200000,-2.5")));
    CHECK(written(Format::Table, {Cell::num(200000), Cell::str(QStringLiteral("x"))})
              .contains(QStringLiteral("200000")));
}

TEST_CASE("cli output: CSV quotes and defuses text cells") {
    CHECK(
        written(Format::Csv, {Cell::str(QStringLiteral("=1+1")), Cell::str(QStringLiteral("a,b"))})
            .contains(QStringLiteral("'=1+1,\"a,b\"")));
    CHECK(written(Format::Csv, {Cell::str(QStringLiteral("-x")), Cell::str(QStringLiteral("\tx"))})
              .contains(QStringLiteral("'-x,'\tx")));
}
