#include "BulkWrite.h"

#include "core/storage/Database.h"
#include "core/storage/Schema.h"

namespace lianping {

Result<void> BulkWrite::begin() {
    LP_TRY(m_db.exec("DROP TRIGGER scores_total_insert"));
    // The name index too: once FTS5 is written in a transaction, every later statement pays
    // for its savepoint (a tenth of a city import).
    LP_TRY(m_db.exec("DROP TRIGGER units_fts_insert"));
    Statement last = m_db.prepare("SELECT coalesce(max(id), 0) FROM units");
    last.step();
    m_lastUnitBefore = last.int64(0);
    m_active = true;
    return {};
}

Result<void> BulkWrite::settle() {
    if (!m_active)
        return {};
    m_active = false;
    LP_TRY(m_db.exec(Schema::scoresTotalInsertTrigger));
    Statement index =
        m_db.prepare("INSERT INTO units_fts(rowid, name) SELECT id, name FROM units WHERE id > ?");
    if (!index.bind(1, m_lastUnitBefore).exec())
        return fail(m_db.lastError());
    return m_db.exec(Schema::unitsFtsInsertTrigger);
}

} // namespace lianping
