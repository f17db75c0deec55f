#include "core/common/Points.h"

#include <catch2/catch.hpp>

using namespace lianping;

TEST_CASE("points are multiples of half a point") {
    CHECK(parseHalfPoints(QStringLiteral("7")) == 14);
    CHECK(parseHalfPoints(QStringLiteral("7.5")) == 15);
    CHECK(parseHalfPoints(QStringLiteral(" 0 ")) == 0);
    CHECK(parseHalfPoints(QStringLiteral("10.0")) == 20);
    CHECK_FALSE(parseHalfPoints(QStringLiteral("7.3")));
    CHECK_FALSE(parseHalfPoints(QStringLiteral("7.25")));
    CHECK_FALSE(parseHalfPoints(QStringLiteral("abc")));
    CHECK_FALSE(parseHalfPoints(QString()));
    CHECK(parseHalfPoints(QStringLiteral("-1")) == -2); // range is the scorer's job
}

TEST_CASE("points format without trailing zeros and round half away from zero at one decimal") {
    CHECK(formatPoints(14) == QStringLiteral("7"));
    CHECK(formatPoints(15) == QStringLiteral("7.5"));
    CHECK(formatOneDecimal(93.03) == QStringLiteral("93.0"));
    CHECK(formatOneDecimal(86.25) == QStringLiteral("86.3"));
    CHECK(formatOneDecimal(89.95) == QStringLiteral("90.0"));
    CHECK(formatOneDecimal(0.7 * 90 + 0.3 * 90) == QStringLiteral("90.0"));
}
