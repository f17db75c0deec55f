#pragma once
// The city's recheck sample: every unit a county has accepted and proposes as excellent, plus
// a random p % (rounded up) of the rest of each county, drawn from a seed so the same seed
// gives the same sample anywhere. Each draw is kept with the campaign — percent, seed, units
// and why each was chosen — and travels in packages with the campaign's record.

#include "core/common/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace lianping {

class Database;

struct SampledUnit {
    QString code;
    QString name;
    QString county;
    QString reason; // excellent, random
    std::optional<double> countyTotal;
};

struct RecheckSample {
    QString uid;
    int year = 0;
    double percent = 0;
    QString seed;
    int candidates = 0;             // county-accepted units the draw chose from
    std::vector<SampledUnit> units; // by unit code
};

class RecheckSampler {
public:
    // An empty seed draws a new random one (recorded with the sample).
    static Result<RecheckSample> draw(Database& db, int year, double percent, QString seed = {});
    // Which units of a county a seed selects from its candidates (by code): the pure draw.
    static std::vector<QString> pick(const std::vector<QString>& candidates, double percent,
                                     const QString& seed, const QString& county);
};

} // namespace lianping
