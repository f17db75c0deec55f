#pragma once
// A rubric (考评细则) for one unit type and year: dimensions of indicators, scored (0..max)
// or veto (一票否决). Scored maxima add up to exactly 100.

#include "core/common/Points.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lianping {

struct Indicator {
    std::int64_t id = 0; // database id once stored
    QString code;        // D1.1, V1
    QString text;
    std::optional<HalfPoints> max; // none for a veto
    QString guidance;
    QString evidence;
    bool veto = false;
    // Deduction-scored (扣分制, "scoring":"deduct"): points = max − the findings' deductions,
    // never below 0.
    bool deduct = false;
};

struct Dimension {
    QString code;
    QString title;
    std::vector<Indicator> indicators;
};

struct Rubric {
    std::int64_t id = 0;
    QString typeCode;
    int year = 0;
    int version = 0;
    QString title;
    bool frozen = false;
    std::vector<Dimension> dimensions;

    const Indicator* indicator(const QString& code) const;
    HalfPoints maxTotal() const;
};

} // namespace lianping
