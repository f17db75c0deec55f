#pragma once
// A prepared SQLite statement with typed binding and reading; finalised on destruction.

#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace lianping {

// For NOT NULL text columns: a null QString binds NULL, this binds ''.
inline QString orEmpty(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool valid() const { return m_stmt != nullptr; }

    // Binding: indices are 1-based as in SQLite. Returns *this to allow chaining.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // a null QString binds NULL
    Statement& bind(int index, const char* utf8);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once: true while a row is available. Errors are reported by lastError().
    bool step();
    // Runs to completion (for statements without results); false on error.
    bool exec();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    std::optional<std::int64_t> optInt64(int column) const;
    std::optional<double> optReal(int column) const;

    bool failed() const { return m_failed; }
    QString lastError() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
    bool m_stepped = false; // stepped since the last reset or bind
    void rearm();
};

} // namespace lianping
