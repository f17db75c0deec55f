// Opening files: a new file is created at the current schema; newer, foreign and damaged
// files are refused with a message that says what is wrong.
#include "TestDatabase.h"
#include "registry/TypeRepository.h"
#include "rubric/RubricRepository.h"
#include "storage/Schema.h"
#include "storage/Workspace.h"

#include <QFile>

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
