#pragma once
// Writing many rows in one transaction (a city package, a demo of 200,000 units): the per-row
// triggers that add a new score to its sheet's total and the unit-name index (FTS5) are
// dropped while the rows go in, and settle() indexes the new units in one statement and puts
// the triggers back. While active, a writer of scores writes its sheet's totals itself. The
// one place that handles them: inside the caller's transaction, so a rollback restores the
// triggers too.

#include "core/common/Result.h"

#include <cstdint>

namespace lianping {

class Database;

class BulkWrite {
public:
    explicit BulkWrite(Database& db)
        : m_db(db) {}

    // Drops the triggers; the caller's transaction must be open.
    Result<void> begin();
    bool active() const { return m_active; }
    // The name index of units added since begin(), the triggers back. Does nothing when not
    // active.
    Result<void> settle();

private:
    Database& m_db;
    bool m_active = false;
    std::int64_t m_lastUnitBefore = 0; // units after it are new: indexed when settled
};

} // namespace lianping
