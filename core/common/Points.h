#pragma once
// Points are kept as integer half-points: every legal score (a multiple of 0.5) is exact,
// sums never drift, and the database stores small integers.

#include <QString>

#include <cmath>
#include <optional>

namespace lianping {

using HalfPoints = int;

// Parses "7", "7.5", "7.0", full-width "８．５" too; refuses anything that is not a multiple of
// 0.5.
std::optional<HalfPoints> parseHalfPoints(const QString& text);
std::optional<HalfPoints> toHalfPoints(double value);
inline double toPoints(HalfPoints half) {
    return half / 2.0;
}
QString formatPoints(HalfPoints half);  // "7", "7.5"
QString formatOneDecimal(double value); // "87.5"

} // namespace lianping
