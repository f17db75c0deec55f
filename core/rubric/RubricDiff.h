#pragma once
// What changed from one rubric version to another: dimensions added, removed or renamed,
// indicators (matched by code) added, removed or changed field by field, and the totals.

#include "core/rubric/Rubric.h"

#include <QString>

#include <optional>
#include <vector>

namespace lianping {

struct DimensionChange {
    enum class Kind { Added, Removed, Renamed };
    Kind kind = Kind::Added;
    QString code;
    QString before; // title in the older version (empty when added)
    QString after;  // title in the newer version (empty when removed)
};

struct IndicatorChange {
    enum class Kind { Added, Removed, Changed };
    // The fields an indicator's change touches, in the order a person reads them.
    enum class Field { Dimension, Text, Max, Veto, Deduct, Guidance, Evidence };
    Kind kind = Kind::Added;
    QString code;
    QString dimension;               // the dimension it is in (the older one when removed)
    std::optional<Indicator> before; // none when added
    std::optional<Indicator> after;  // none when removed
    std::vector<Field> fields;       // what differs, for Changed
    QString beforeDimension;         // when Field::Dimension differs
};

struct RubricComparison {
    std::vector<DimensionChange> dimensions;
    std::vector<IndicatorChange> indicators;
    HalfPoints totalBefore = 0;
    HalfPoints totalAfter = 0;
    bool identical() const {
        return dimensions.empty() && indicators.empty() && totalBefore == totalAfter;
    }
};

class RubricDiff {
public:
    // Changes in the newer version's order, then what it removed in the older one's order.
    static RubricComparison compare(const Rubric& from, const Rubric& to);
    static QString label(IndicatorChange::Kind kind);
    static QString label(DimensionChange::Kind kind);
    static QString label(IndicatorChange::Field field);
    // The field's value as a person reads it: "10", "7.5", "是"/"否", the text itself.
    static QString value(const Indicator& indicator, IndicatorChange::Field field);
};

} // namespace lianping
