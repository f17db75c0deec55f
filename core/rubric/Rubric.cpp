#include "Rubric.h"

namespace lianping {

const Indicator* Rubric::indicator(const QString& code) const {
    for (const Dimension& dimension : dimensions)
        for (const Indicator& item : dimension.indicators)
            if (item.code == code)
                return &item;
    return nullptr;
}

HalfPoints Rubric::maxTotal() const {
    HalfPoints total = 0;
    for (const Dimension& dimension : dimensions)
        for (const Indicator& item : dimension.indicators)
            total += item.max.value_or(0);
    return total;
}

} // namespace lianping
