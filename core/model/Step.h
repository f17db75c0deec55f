#pragma once
// The three scoring steps of a unit: its self-check, the county review, the city recheck.

#include <QString>

#include <optional>

namespace lianping {

enum class Step { Self = 0, County = 1, City = 2 };

inline QString stepName(Step step) {
    switch (step) {
    case Step::Self:
        return QStringLiteral("self");
    case Step::County:
        return QStringLiteral("county");
    case Step::City:
        return QStringLiteral("city");
    }
    return {};
}

inline std::optional<Step> parseStep(const QString& name) {
    if (name == QStringLiteral("self"))
        return Step::Self;
    if (name == QStringLiteral("county"))
        return Step::County;
    if (name == QStringLiteral("city"))
        return Step::City;
    return std::nullopt;
}

} // namespace lianping
