#pragma once
// Finding a unit's enrollment in a year's campaign.

#include "core/common/Result.h"
#include "core/model/Enrollment.h"

namespace lianping {

class Database;

class Enrollments {
public:
    // Looks the unit up in the year's campaign; the error says what is missing.
    static Result<Enrollment> find(Database& db, int year, const QString& unitCode);
    static Result<Enrollment> findById(Database& db, std::int64_t id);
    // Where the unit stands in the pipeline (rules: Pipeline); `returnedFrom` with its reason
    // when returned. Owned from now on by this database's office.
    static Result<void> setState(Database& db, std::int64_t id, State to,
                                 std::optional<State> returnedFrom, const QString& reason);
    static Result<void> linkNaming(Database& db, std::int64_t id, std::int64_t namingId);
};

} // namespace lianping
