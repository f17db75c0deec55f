#pragma once
// County review vs city recheck: for every rechecked unit, the total the county's review alone
// gives and the final total after the recheck, their difference Δ = city − county, and a flag
// when |Δ| exceeds a threshold; per county, how many were rechecked, the mean Δ and |Δ|.

#include "core/common/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace lianping {

class Database;
struct UnitResult;

struct UnitDeviation {
    QString unitCode;
    QString name;
    QString typeCode;
    QString county;
    std::optional<double> countyTotal; // none: the county entered nothing
    double cityTotal = 0;
    double delta = 0; // cityTotal − countyTotal (0 without a county total)
    bool flagged = false;
};

struct CountyDeviation {
    QString county;
    int rechecked = 0;
    int flagged = 0;
    double meanDelta = 0;
    double meanAbsDelta = 0;
    double maxAbsDelta = 0;
};

struct DeviationReport {
    double threshold = 0;
    std::vector<UnitDeviation> units;      // by unit code
    std::vector<CountyDeviation> counties; // by county name
};

class Deviations {
public:
    // `results`: the campaign's results when the caller has them already (saves a second pass).
    static Result<DeviationReport> compute(Database& db, int year, double threshold,
                                           const std::vector<UnitResult>* results = nullptr);
};

} // namespace lianping
