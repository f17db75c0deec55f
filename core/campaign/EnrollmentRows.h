#pragma once
// Enrolment rows written as given: by a package from another office or by the demo, with
// the owner and time stamp they bring. History is the caller's.

#include "core/common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace lianping {

class Database;

struct EnrollmentFields {
    std::int64_t campaignId = 0;
    std::int64_t unitId = 0;
    std::int64_t rubricId = 0;
    QString state;
    QString returnedFrom; // empty: not returned
    QString returnReason;
    std::optional<std::int64_t> namingId;
    std::int64_t owner = 0;
    std::int64_t updatedAt = 0;
};

class EnrollmentRows {
public:
    // A new enrolment with a new uid; its id.
    static Result<std::int64_t> insert(Database& db, const EnrollmentFields& row);
    // The enrolment of row.unitId in row.campaignId takes the row's other fields.
    static Result<void> update(Database& db, const EnrollmentFields& row);
};

} // namespace lianping
