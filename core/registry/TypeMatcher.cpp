#include "TypeMatcher.h"

#include "core/common/CellText.h"
#include "core/common/CoreText.h"

#include <QStringList>

namespace lianping {

TypeMatcher::TypeMatcher(std::vector<UnitType> types)
    : m_types(std::move(types)) {}

QString TypeMatcher::shortName(const QString& name) {
    for (const QString& prefix : {QStringLiteral("廉洁"), QStringLiteral("清廉")})
        if (name.startsWith(prefix) && name.size() > prefix.size())
            return name.mid(prefix.size());
    return name;
}

std::vector<const UnitType*> TypeMatcher::candidates(const QString& text) const {
    const QString wanted = CellText::clean(text);
    std::vector<const UnitType*> exact;
    std::vector<const UnitType*> loose;
    if (wanted.isEmpty())
        return exact;
    const QString wantedShort = shortName(wanted);
    for (const UnitType& type : m_types) {
        if (type.code.compare(wanted, Qt::CaseInsensitive) == 0 || type.name == wanted) {
            exact.push_back(&type);
            continue;
        }
        bool fits = shortName(type.name) == wantedShort;
        for (const QString& alias : type.aliases)
            fits = fits || alias == wanted || alias == wantedShort;
        if (fits)
            loose.push_back(&type);
    }
    // A full name or code says which type is meant, whatever another type's alias is.
    return exact.empty() ? loose : exact;
}

Result<UnitType> TypeMatcher::match(const QString& text) const {
    const std::vector<const UnitType*> found = candidates(text);
    if (found.size() == 1)
        return *found.front();
    if (found.empty()) {
        QStringList known;
        for (const UnitType& type : m_types)
            known << shortName(type.name);
        return fail(CoreText::tr("unknown type '%1' (the types are %2)")
                        .arg(CellText::clean(text), known.join(QStringLiteral("、"))));
    }
    QStringList names;
    for (const UnitType* type : found)
        names << QStringLiteral("%1 (%2)").arg(type->name, type->code);
    return fail(CoreText::tr("type '%1' fits more than one type: %2; write the type's full name")
                    .arg(CellText::clean(text), names.join(CoreText::tr(" and "))));
}

} // namespace lianping
