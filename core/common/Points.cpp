#include "Points.h"

#include "core/common/CellText.h"

namespace lianping {

std::optional<HalfPoints> toHalfPoints(double value) {
    if (!std::isfinite(value))
        return std::nullopt;
    const double doubled = value * 2.0;
    const double rounded = std::round(doubled);
    if (std::abs(doubled - rounded) > 1e-9 || std::abs(rounded) > 1e8)
        return std::nullopt;
    return static_cast<HalfPoints>(rounded);
}

std::optional<HalfPoints> parseHalfPoints(const QString& text) {
    bool ok = false;
    const double value = CellText::number(text).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return toHalfPoints(value);
}

QString formatPoints(HalfPoints half) {
    if (half % 2 == 0)
        return QString::number(half / 2);
    return QString::number(half / 2.0, 'f', 1);
}

QString formatOneDecimal(double value) {
    // Round half away from zero at the displayed digit, not at the binary representation.
    const double shown = std::round(value * 10.0 + (value >= 0 ? 1e-9 : -1e-9)) / 10.0;
    return QString::number(shown, 'f', 1);
}

} // namespace lianping
