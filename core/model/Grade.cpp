#include "Grade.h"

#include "core/common/Labels.h"

namespace lianping {

QString gradeName(Grade grade) {
    static const QString names[] = {QStringLiteral("excellent"), QStringLiteral("qualified"),
                                    QStringLiteral("unqualified")};
    return names[static_cast<int>(grade)];
}

QString gradeLabel(Grade grade) {
    return Labels::grade(gradeName(grade), Labels::Language::Chinese);
}

} // namespace lianping
