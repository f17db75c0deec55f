#include "TestDatabase.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"

#include <QFileInfo>

using namespace lianping;
using namespace lianping::test;

TEST_CASE("automatic backups: a readable snapshot a day, the newest seven kept") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    const Backups backups(t.file(QStringLiteral("backups")), 7);
    const QDateTime start(QDate(2026, 11, 1), QTime(9, 0));
    CHECK(backups.due(t.path(), start));
    const QString first = require(backups.make(t.db(), start));
    CHECK(QFileInfo(first).fileName() == QStringLiteral("test-20261101-090000.lpdb"));
    CHECK_FALSE(backups.due(t.path(), start.addSecs(3600)));
    CHECK(backups.due(t.path(), start.addDays(1)));
    {
        Result<std::unique_ptr<Database>> copy =
            Workspace::open(first, QStringLiteral("x"), Database::Mode::ReadOnly);
        REQUIRE(copy.ok());
        Statement units = (*copy)->prepare("SELECT name FROM units");
        REQUIRE(units.step());
        CHECK(units.text(0) == QStringLiteral("利州区财政局"));
    }
    for (int day = 1; day <= 9; ++day)
        require(backups.make(t.db(), start.addDays(day)));
    const QStringList kept = backups.list(t.path());
    CHECK(kept.size() == 7);
    CHECK(QFileInfo(kept.front()).fileName() == QStringLiteral("test-20261110-090000.lpdb"));
    CHECK_THAT(failure(backups.make(t.db(), start.addDays(9))), Catch::Contains("already exists"));
}

TEST_CASE("databases, their copies and packages are readable by their owner only") {
    TestDatabase t;
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                        QFileDevice::WriteOther;
    const QString fresh = t.file(QStringLiteral("folder/new.lpdb"));
    {
        Result<std::unique_ptr<Database>> db = Workspace::open(fresh, QStringLiteral("x"));
        REQUIRE(db.ok());
        CHECK((QFileInfo(fresh).permissions() & ownerOnly) == ownerOnly);
        CHECK((QFileInfo(fresh).permissions() & others) == 0);
        CHECK((QFileInfo(fresh + QStringLiteral("-wal")).permissions() & others) == 0);
        CHECK((QFileInfo(t.file(QStringLiteral("folder"))).permissions() &
               (QFileDevice::ReadOther | QFileDevice::ExeOther)) == 0);
        const QString copy = t.file(QStringLiteral("copy.lpdb"));
        require((*db)->backupTo(copy));
        CHECK((QFileInfo(copy).permissions() & others) == 0);
    }
}
