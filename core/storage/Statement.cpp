#include "Statement.h"

#include <sqlite3.h>

#include <utility>

namespace lianping {

Statement::Statement(sqlite3* db, const char* sql)
    : m_db(db) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        m_failed = true;
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_failed(other.m_failed)
    , m_stepped(other.m_stepped) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = other.m_failed;
        m_stepped = other.m_stepped;
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    rearm();
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_failed = true;
    return *this;
}

Statement& Statement::bind(int index, double value) {
    rearm();
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        m_failed = true;
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    rearm();
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        m_failed = true;
    return *this;
}

Statement& Statement::bind(int index, const char* utf8) {
    rearm();
    if (sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT) != SQLITE_OK)
        m_failed = true;
    return *this;
}

Statement& Statement::bindNull(int index) {
    rearm();
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_failed = true;
    return *this;
}

bool Statement::step() {
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    m_stepped = true;
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

void Statement::rearm() {
    // Binding a statement that has run (to its end, or left on a row) starts it afresh;
    // SQLite would refuse the bind with SQLITE_MISUSE. Other bindings are kept.
    if (m_stepped && m_stmt && !m_failed)
        sqlite3_reset(m_stmt);
    m_stepped = false;
}

bool Statement::exec() {
    while (step()) {
    }
    const bool ok = !m_failed;
    reset();
    return ok;
}

void Statement::reset() {
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_failed = false;
        m_stepped = false;
    }
}

int Statement::columnCount() const {
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<std::int64_t> Statement::optInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> Statement::optReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

QString Statement::lastError() const {
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

} // namespace lianping
