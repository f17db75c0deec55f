#include "Transaction.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "Database.h"

namespace lianping {

Transaction::Transaction(Database& db)
    : m_db(db) {
    m_nested = db.inTransaction();
    // A statement left holding a row keeps a read open, and SQLite cannot upgrade that read
    // to the write lock: BEGIN IMMEDIATE would fail at once with "locked" instead of waiting
    // busy_timeout for the other program. End every read first.
    if (!m_nested)
        db.releaseReads();
    m_begun = db.exec(m_nested ? "SAVEPOINT lp_nested" : "BEGIN IMMEDIATE");
    m_done = !m_begun.ok();
}

Transaction::~Transaction() {
    if (m_done)
        return;
    if (m_nested) {
        (void)m_db.exec("ROLLBACK TO lp_nested");
        (void)m_db.exec("RELEASE lp_nested");
    } else {
        (void)m_db.exec("ROLLBACK");
    }
}

Result<void> Transaction::commit() {
    if (m_done)
        return m_begun.ok() ? fail(CoreText::tr("transaction already finished")) : m_begun;
    m_done = true;
    Result<void> committed = m_db.exec(m_nested ? "RELEASE lp_nested" : "COMMIT");
    if (!committed.ok() && !m_nested)
        (void)m_db.exec("ROLLBACK");
    return committed;
}

} // namespace lianping
