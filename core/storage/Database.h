#pragma once
// One Lianping database file, opened through the SQLite C API: WAL, foreign keys,
// full sync, a busy timeout, a quick integrity check and the schema brought up to date.

#include "core/common/Result.h"
#include "core/storage/Statement.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace lianping {

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    static QString sqliteVersion(); // of the SQLite library in use, for the About box
    const QString& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }

    // Executes one or more statements without results.
    Result<void> exec(const char* sql);
    // A statement prepared once per connection and reused; reset before it is returned.
    Statement& cached(const char* sql);
    Statement prepare(const char* sql) { return Statement(m_db, sql); }
    // Resets statements left on a row: a finished read must not hold its WAL snapshot (which
    // would keep checkpoints from completing) or block VACUUM.
    void releaseReads();
    // A consistent copy of the open database in a new file (never copy an open file).
    Result<void> backupTo(const QString& target);
    // Reads every page and every index entry (PRAGMA integrity_check; quick_check, which
    // skips the indexes' contents, when not full) and every reference (foreign_key_check).
    Result<void> integrityCheck(bool full = true);
    // What went wrong, in words for a person (translated); the English detail of SQLite apart.
    QString lastError() const;
    QString lastErrorDetail() const;
    std::int64_t lastInsertId() const;
    int changes() const;
    bool inTransaction() const;

    // The office this database belongs to (its local id) and the operator recorded on changes.
    std::int64_t officeId() const { return m_officeId; }
    const QString& operatorName() const { return m_operator; }
    void setOperatorName(const QString& name) { m_operator = name; }

    QString meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value);
    // `secure`: the bytes are overwritten on their page, not only unlinked (a secret).
    Result<void> removeMeta(const QString& key, bool secure = false);
    // This database's random identity (meta database_uid), made at its first read-write open;
    // a copy of the file carries it. Empty for an old file only ever opened read-only.
    const QString& uid() const { return m_uid; }

private:
    Database() = default;
    Result<void> configure(Mode mode);
    void ensureUid();

    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    std::int64_t m_officeId = 0;
    QString m_operator;
    QString m_uid;
    // Looked up by the caller's text without a copy (heterogeneous lookup): the cache is asked
    // several times per record of a package import.
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const noexcept {
            return std::hash<std::string_view>{}(sql);
        }
    };
    std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>> m_cache;
};

} // namespace lianping
