#include "CountyNames.h"

namespace lianping {

QString CountyNames::stem(const QString& name) {
    static const QString suffixes = QStringLiteral("区县市");
    if (name.size() > 2 && suffixes.contains(name.back()))
        return name.chopped(1);
    return name;
}

QString CountyNames::nearMatch(const QString& name, const std::vector<QString>& known) {
    const QString wanted = stem(name);
    for (const QString& county : known)
        if (county != name && stem(county) == wanted)
            return county;
    return {};
}

} // namespace lianping
