#pragma once
// Writing many rows in one transaction (a city package, a demo of 200,000 units): the per-row
// triggers that keep a sheet's total and the unit-name index (FTS5) are dropped while the
// rows go in, and settle() sets the touched sheets' totals and indexes the new units in one
// statement each, then puts the triggers back. The one place that handles them: inside the
// caller's transaction, so a rollback restores the triggers too.

#include "core/common/Result.h"

#include <cstdint>
#include <vector>

namespace lianping {

class Database;

class BulkWrite {
public:
    explicit BulkWrite(Database& db)
        : m_db(db) {}

    // Drops the triggers; the caller's transaction must be open.
    Result<void> begin();
    bool active() const { return m_active; }
    // A sheet whose scores were written while active: its total is set by settle(). Sheets
    // written with their totals already set need not be named.
    void touchSheet(std::int64_t sheetId) { m_sheets.push_back(sheetId); }
    std::vector<std::int64_t>* touchedSheets() { return m_active ? &m_sheets : nullptr; }
    // Totals, the name index of units added since begin(), the triggers back. Does nothing
    // when not active.
    Result<void> settle();

private:
    Database& m_db;
    bool m_active = false;
    std::vector<std::int64_t> m_sheets;
    std::int64_t m_lastUnitBefore = 0; // units after it are new: indexed when settled
};

} // namespace lianping
