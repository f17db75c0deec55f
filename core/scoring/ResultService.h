#pragma once
// Final results of a campaign: the city recheck where one exists (indicator by indicator
// over the county review), else the county review; vetoes of either step; the excellence
// quota per county. One streaming pass per table, so 200,000 units take well under a second.

#include "core/common/Result.h"
#include "core/model/State.h"
#include "core/model/Step.h"
#include "core/scoring/Scoring.h"

#include <optional>
#include <vector>

namespace lianping {

class Database;

struct UnitResult {
    std::int64_t enrollmentId = 0;
    std::int64_t unitId = 0;
    QString unitCode;
    QString name;
    QString typeCode;
    QString county;
    State state = State::Draft;
    std::optional<Step> finalStep; // none: neither county nor city has entered anything
    Outcome outcome;
    QString vetoReason;
};

struct ResultQuery {
    int year = 0;
    QString unitCode; // empty: all units
    QString county;
    QString typeCode;
};

class ResultService {
public:
    explicit ResultService(Database& db)
        : m_db(db) {}

    Result<std::vector<UnitResult>> compute(const ResultQuery& query) const;
    // One enrollment (its county is computed too when a quota applies).
    Result<UnitResult> forEnrollment(std::int64_t enrollmentId) const;

private:
    Database& m_db;
};

} // namespace lianping
