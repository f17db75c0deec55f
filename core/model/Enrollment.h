#pragma once
// A unit in a campaign: its rubric version and where it stands in the pipeline.

#include "core/model/State.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace lianping {

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
};

} // namespace lianping
