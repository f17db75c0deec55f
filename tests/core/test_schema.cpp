// Opening files: a new file is created at the current schema; newer, foreign and damaged
// files are refused with a message that says what is wrong.
#include "TestDatabase.h"
#include "core/registry/TypeRepository.h"
#include "core/rubric/RubricRepository.h"
#include "core/storage/Schema.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace lianping;
using namespace lianping::test;

TEST_CASE("an empty file migrates to the current schema with the defaults loaded") {
    TestDatabase t;
    CHECK(require(Schema::version(t.db())) == Schema::currentVersion);
    CHECK(TypeRepository(t.db()).list().size() == 8);
    CHECK(RubricRepository(t.db()).list().size() == 8);
    CHECK(t.db().officeId() > 0);
    CHECK(t.db().integrityCheck().ok());
    // Reopening changes nothing.
    const QByteArray before = t.snapshot();
    t.reopen();
    CHECK(t.snapshot() == before);
}

TEST_CASE("a file from a newer Lianping is refused, not damaged") {
    TestDatabase t;
    require(t.db().exec("PRAGMA user_version = 99"));
    const QString path = t.path();
    Result<std::unique_ptr<Database>> opened = Workspace::open(path, QStringLiteral("x"));
    CHECK_THAT(failure(opened), Catch::Contains("newer Lianping"));
}

TEST_CASE("a file that is not a database is refused with its name") {
    TestDatabase t;
    const QString path =
        t.write(QStringLiteral("notes.lpdb"),
                QByteArray("这不是数据库 this is not a database file at all").repeated(100));
    Result<std::unique_ptr<Database>> opened = Workspace::open(path, QStringLiteral("x"));
    const std::string message = failure(opened);
    CHECK_THAT(message, Catch::Contains("notes.lpdb"));
}

TEST_CASE("a read-only open works and refuses writes") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("测试机关"));
    Result<std::unique_ptr<Database>> opened =
        Workspace::open(t.path(), QStringLiteral("x"), Database::Mode::ReadOnly);
    REQUIRE(opened.ok());
    CHECK_FALSE((*opened)->exec("DELETE FROM history").ok());
}

TEST_CASE("a statement that has run can be bound and run again without an explicit reset") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A001"), QStringLiteral("甲"));
    t.addUnit(QStringLiteral("A002"), QStringLiteral("乙"));
    Statement& query = t.db().cached("SELECT name FROM units WHERE code = ?");
    // Run to its end (found, then done), then bound again: SQLite alone would refuse the bind.
    REQUIRE(query.bind(1, QStringLiteral("A001")).step());
    CHECK(query.text(0) == QStringLiteral("甲"));
    CHECK_FALSE(query.step());
    REQUIRE(query.bind(1, QStringLiteral("A002")).step());
    CHECK(query.text(0) == QStringLiteral("乙"));
    // Left on a row, then bound again.
    REQUIRE(query.bind(1, QStringLiteral("A001")).step());
    CHECK(query.text(0) == QStringLiteral("甲"));
    CHECK_FALSE(query.bind(1, QStringLiteral("A003")).step());
    CHECK_FALSE(query.failed());
    query.reset();
}

TEST_CASE("another program's SQLite file is refused, not converted") {
    TestDatabase t;
    const QString path = t.file(QStringLiteral("other.sqlite"));
    {
        // Made with the plain C API, as another program would.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db,
                             "CREATE TABLE customers(id, name); INSERT INTO customers "
                             "VALUES (1, 'x');",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    CHECK_THAT(failure(Workspace::open(path, QStringLiteral("x"))),
               Catch::Contains("other.sqlite") && Catch::Contains("another program"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE("a file left with its write-ahead log and a damaged page is refused for writing") {
    TestDatabase t;
    for (int i = 0; i < 300; ++i)
        t.addUnit(QStringLiteral("D%1").arg(i, 4, 10, QLatin1Char('0')),
                  QStringLiteral("单位%1").arg(i));
    t.reopen();                                              // no statement of ours holds a read
    require(t.db().exec("PRAGMA wal_checkpoint(TRUNCATE)")); // the pages in the main file
    for (int i = 300; i < 310; ++i)                          // and some in the log
        t.addUnit(QStringLiteral("D%1").arg(i, 4, 10, QLatin1Char('0')),
                  QStringLiteral("单位%1").arg(i));
    // A copy taken while the file is open (its log not yet folded in), as after a crash.
    const QString copy = t.file(QStringLiteral("crashed.lpdb"));
    REQUIRE(QFile::copy(t.path(), copy));
    REQUIRE(QFile::copy(t.path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    REQUIRE(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
    // The sound copy opens.
    const QString sound = t.file(QStringLiteral("sound.lpdb"));
    REQUIRE(QFile::copy(copy, sound));
    REQUIRE(QFile::copy(copy + QStringLiteral("-wal"), sound + QStringLiteral("-wal")));
    CHECK(Workspace::open(sound, QStringLiteral("x")).ok());
    // Garbage over the pages of the main file (past the header): the check finds it.
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 8 * 4096);
    for (qint64 page = 2; page * 4096 < size; page += 3) {
        file.seek(page * 4096 + 100);
        file.write(QByteArray(600, '\x5A'));
    }
    file.close();
    CHECK_THAT(failure(Workspace::open(copy, QStringLiteral("x"))),
               Catch::Contains("crashed.lpdb") && Catch::Contains("backup"));
}
