#include "Database.h"

#include "core/common/CoreText.h"
#include "core/common/PrivateFiles.h"

#include <QCoreApplication>

#include "Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QUuid>

#include <sqlite3.h>

namespace lianping {

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode) {
    std::unique_ptr<Database> db(new Database());
    db->m_path = path;
    db->m_readOnly = mode == Mode::ReadOnly;
    if (!db->m_readOnly) {
        const QFileInfo info(path);
        if (!info.dir().exists() && !PrivateFiles::makeFolder(info.absolutePath()))
            return fail(CoreText::tr("%1: cannot create folder %2").arg(path, info.absolutePath()));
    }
    const int flags =
        db->m_readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const bool created = !QFileInfo::exists(path);
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db->m_db, flags | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        return fail(CoreText::tr("%1: cannot open: %2").arg(path, db->lastError()));
    }
    // SQLite gives its -wal and -shm files the main file's permissions.
    if (created && !db->m_readOnly) {
        QFile touch(path);
        if (touch.open(QIODevice::Append))
            touch.close();
        PrivateFiles::restrictFile(path);
    }
    LP_TRY(db->configure(mode));
    return db;
}

Database::~Database() {
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

Result<void> Database::configure(Mode mode) {
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    // Reading the schema proves this is an SQLite file with a sound header; the full
    // integrity check reads every page (seconds at 200,000 units), so it is integrityCheck().
    // A write-ahead log left beside the file means it was not closed cleanly (a crash, power
    // lost, or another program has it open): check its pages before anything writes to it.
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    const bool uncleanClose = wal.exists() && wal.size() > 0;
    Statement check = prepare("SELECT count(*) FROM sqlite_schema");
    if (!check.step()) {
        const QString detail = lastError();
        return fail(
            CoreText::tr("%1 is not a readable Lianping database (%2)").arg(m_path, detail));
    }
    const std::int64_t tables = check.int64(0);
    check = Statement();
    // Another program's SQLite file has tables and no version of ours: never convert it.
    Statement version = prepare("PRAGMA user_version");
    if (version.step() && version.int64(0) == 0 && tables > 0)
        return fail(CoreText::tr("%1 is an SQLite file of another program, not a Lianping "
                                 "database; choose a .lpdb file")
                        .arg(m_path));
    version = Statement();
    if (uncleanClose && mode == Mode::ReadWrite) {
        if (Result<void> sound = integrityCheck(false); !sound)
            return fail(CoreText::tr("%1; nothing will be written to it: open one of its backup "
                                     "copies instead")
                            .arg(sound.error().message));
    }
    if (mode == Mode::ReadWrite) {
        LP_TRY(exec("PRAGMA journal_mode = WAL"));
        LP_TRY(exec("PRAGMA synchronous = FULL"));
    }
    LP_TRY(exec("PRAGMA foreign_keys = ON"));
    // 64 MiB of page cache: a 200,000-unit file stays responsive and bulk writes do not spill.
    LP_TRY(exec("PRAGMA cache_size = -65536"));
    LP_TRY(exec("PRAGMA temp_store = MEMORY"));
    LP_TRY(Schema::upgrade(*this));
    m_officeId = meta(QStringLiteral("office_id")).toLongLong();
    m_uid = meta(QStringLiteral("database_uid"));
    if (m_uid.isEmpty() && mode == Mode::ReadWrite)
        ensureUid();
    return {};
}

void Database::ensureUid() {
    // A version 4 UUID, not newUid(): the first characters name the backups, and a UUIDv7
    // starts with the time, the same for databases made within a minute of each other.
    // Best effort: a write-protected file still opens for reading (its backups then fall back
    // to its path). DO NOTHING keeps the uid another program set first.
    Statement insert(m_db, "INSERT INTO meta(key, value) VALUES ('database_uid', ?) "
                           "ON CONFLICT(key) DO NOTHING");
    insert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).exec();
    m_uid = meta(QStringLiteral("database_uid"));
}

Result<void> Database::exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        const int code = sqlite3_errcode(m_db) & 0xff;
        QString text = lastError();
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            text =
                CoreText::tr("%1 is in use by another program; try again in a moment").arg(m_path);
        else if (code == SQLITE_READONLY)
            text = CoreText::tr("%1 is read-only").arg(m_path);
        return fail(text);
    }
    return {};
}

Statement& Database::cached(const char* sql) {
    const std::string_view text(sql);
    auto found = m_cache.find(text);
    if (found == m_cache.end())
        found = m_cache.emplace(std::string(text), nullptr).first;
    std::unique_ptr<Statement>& slot = found->second;
    if (!slot || !slot->valid())
        slot = std::make_unique<Statement>(m_db, sql);
    slot->reset();
    return *slot;
}

void Database::releaseReads() {
    for (sqlite3_stmt* statement = sqlite3_next_stmt(m_db, nullptr); statement;
         statement = sqlite3_next_stmt(m_db, statement))
        if (sqlite3_stmt_busy(statement))
            sqlite3_reset(statement);
}

Result<void> Database::backupTo(const QString& target) {
    releaseReads();
    if (QFileInfo::exists(target))
        return fail(
            CoreText::tr("%1 already exists: choose a new file name for the copy").arg(target));
    Statement vacuum = prepare("VACUUM INTO ?");
    vacuum.bind(1, target);
    if (!vacuum.exec())
        return fail(CoreText::tr("cannot write the copy %1: %2").arg(target, lastError()));
    PrivateFiles::restrictFile(target);
    return {};
}

Result<void> Database::integrityCheck(bool full) {
    Statement check = prepare(full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    QStringList problems;
    while (check.step()) {
        if (check.text(0) != QStringLiteral("ok"))
            problems << check.text(0);
    }
    if (check.failed())
        problems << lastError();
    if (!problems.isEmpty())
        return fail(CoreText::tr("%1 is damaged: %2")
                        .arg(m_path, problems.mid(0, 5).join(QStringLiteral("; "))));
    Statement keys = prepare("PRAGMA foreign_key_check");
    if (keys.step())
        return fail(CoreText::tr("%1: a %2 row refers to a missing %3 row")
                        .arg(m_path, keys.text(0), keys.text(2)));
    return {};
}

QString Database::sqliteVersion() {
    return QString::fromLatin1(sqlite3_libversion());
}

QString Database::lastError() const {
    // SQLite's own text is English and technical; a person gets what happened and what to
    // do. The English stays available as lastErrorDetail() (and in unexpected cases below).
    switch (sqlite3_errcode(m_db) & 0xff) {
    case SQLITE_OK:
        return {};
    case SQLITE_CORRUPT:
        return CoreText::tr("the file is damaged; open a backup copy");
    case SQLITE_NOTADB:
        return CoreText::tr("the file is not a database");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return CoreText::tr("another program is writing to the file; try again in a moment");
    case SQLITE_READONLY:
        return CoreText::tr("the file is read-only");
    case SQLITE_FULL:
        return CoreText::tr("the disk is full");
    case SQLITE_CANTOPEN:
        return CoreText::tr("the file cannot be opened (check that the folder exists and that "
                            "you may write to it)");
    case SQLITE_IOERR:
        return CoreText::tr("reading or writing the disk failed");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return CoreText::tr("access to the file is denied");
    case SQLITE_CONSTRAINT:
        return CoreText::tr("the change breaks a rule of the database (a duplicate or a missing "
                            "reference)");
    case SQLITE_NOMEM:
        return CoreText::tr("the computer is out of memory");
    default:
        return CoreText::tr("database error (%1)").arg(lastErrorDetail());
    }
}

QString Database::lastErrorDetail() const {
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

QString Database::meta(const QString& key) const {
    Statement query(m_db, "SELECT value FROM meta WHERE key = ?");
    query.bind(1, key);
    return query.step() ? query.text(0) : QString();
}

Result<void> Database::setMeta(const QString& key, const QString& value) {
    Statement& upsert = cached("INSERT INTO meta(key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!upsert.bind(1, key).bind(2, value).exec())
        return fail(lastError());
    return {};
}

Result<void> Database::removeMeta(const QString& key, bool secure) {
    if (secure)
        LP_TRY(exec("PRAGMA secure_delete = ON"));
    Statement& erase = cached("DELETE FROM meta WHERE key = ?");
    const bool erased = erase.bind(1, key).exec();
    if (secure)
        LP_TRY(exec("PRAGMA secure_delete = OFF"));
    if (!erased)
        return fail(lastError());
    return {};
}

} // namespace lianping
