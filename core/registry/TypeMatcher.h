#pragma once
// Recognises a unit type the way offices write it: its code (agency), its name (廉洁机关),
// the name without the leading 廉洁/清廉 (机关, 清廉机关) or one of its aliases (村居, 国企).
// A code or full name wins over short names and aliases; a text that otherwise fits two
// types is refused, naming both.

#include "core/common/Result.h"
#include "core/registry/Unit.h"

#include <vector>

namespace lianping {

class TypeMatcher {
public:
    explicit TypeMatcher(std::vector<UnitType> types);

    Result<UnitType> match(const QString& text) const;
    // The types a text fits (several: ambiguous).
    std::vector<const UnitType*> candidates(const QString& text) const;
    const std::vector<UnitType>& types() const { return m_types; }

    // 廉洁机关 → 机关, 清廉学校 → 学校; other names unchanged.
    static QString shortName(const QString& name);

private:
    std::vector<UnitType> m_types;
};

} // namespace lianping
