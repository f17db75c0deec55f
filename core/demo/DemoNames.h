#pragma once
// Realistic synthetic Chinese names for demo units, counties and people.

#include <QString>

#include <random>

namespace lianping {

class DemoNames {
public:
    static const QStringList& counties();
    // A plausible unit name for a type code within a county.
    static QString unitName(const QString& typeCode, const QString& county, std::mt19937_64& rng);
    static QString personName(std::mt19937_64& rng);
};

} // namespace lianping
