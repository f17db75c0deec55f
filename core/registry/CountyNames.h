#pragma once
// County names as imports write them: 利州 for 利州区 is the same county misspelt, so a new
// name that differs from a known one only by a trailing 区, 县 or 市 is refused with the
// known one as the suggestion.

#include <QString>

#include <vector>

namespace lianping {

class CountyNames {
public:
    // The known name that `name` nearly equals (利州 → 利州区, 利州县 → 利州区), or empty.
    static QString nearMatch(const QString& name, const std::vector<QString>& known);
    // 利州区 → 利州; a name of one character keeps it (区 alone is not a county).
    static QString stem(const QString& name);
};

} // namespace lianping
