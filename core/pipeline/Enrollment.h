#pragma once
// A unit in a campaign: its rubric version and where it stands in the pipeline.

#include "common/Result.h"
#include "pipeline/State.h"

#include <cstdint>

namespace lianping {

class Database;

struct Enrollment {
    std::int64_t id = 0;
    std::int64_t campaignId = 0;
    int year = 0;
    std::int64_t unitId = 0;
    QString unitCode;
    QString county;
    std::int64_t rubricId = 0;
    State state = State::Draft;
    std::optional<State> returnedFrom;

    // Looks the unit up in the year's campaign; the error says what is missing.
    static Result<Enrollment> find(Database& db, int year, const QString& unitCode);
    static Result<Enrollment> findById(Database& db, std::int64_t id);
};

} // namespace lianping
