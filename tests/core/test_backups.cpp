#include "TestDatabase.h"
#include "core/storage/Backups.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace lianping;
using namespace lianping::test;

namespace {

std::unique_ptr<Database> openAt(const QString& path,
                                 Database::Mode mode = Database::Mode::ReadWrite) {
    Result<std::unique_ptr<Database>> db = Workspace::open(path, QStringLiteral("x"), mode);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db.value());
}

QString unitNames(const QString& backup) {
    const std::unique_ptr<Database> db = openAt(backup, Database::Mode::ReadOnly);
    Statement units = db->prepare("SELECT group_concat(name, ',') FROM units");
    REQUIRE(units.step());
    return units.text(0);
}

QStringList fileNames(const QStringList& paths) {
    QStringList names;
    for (const QString& path : paths)
        names << QFileInfo(path).fileName();
    return names;
}

const QDateTime start(QDate(2026, 11, 1), QTime(9, 0));

} // namespace

TEST_CASE("automatic backups: a readable snapshot a day, the newest seven kept") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    const Backups backups(t.file(QStringLiteral("backups")), 7);
    const QString key = t.db().uid().left(8);
    REQUIRE(key.size() == 8);
    CHECK(Backups::key(t.db()) == key);
    CHECK(backups.due(t.db(), start));
    const QString first = require(backups.make(t.db(), start));
    CHECK(QFileInfo(first).fileName() == QStringLiteral("test-%1-20261101-090000.lpdb").arg(key));
    CHECK_FALSE(backups.due(t.db(), start.addSecs(3600)));
    CHECK(require(backups.makeIfDue(t.db(), start.addSecs(3600))).isEmpty());
    CHECK(backups.due(t.db(), start.addDays(1)));
    CHECK(unitNames(first) == QStringLiteral("利州区财政局"));
    for (int day = 1; day <= 9; ++day)
        require(backups.make(t.db(), start.addDays(day)));
    const QStringList kept = backups.list(t.db());
    CHECK(kept.size() == 7);
    CHECK(QFileInfo(kept.front()).fileName() ==
          QStringLiteral("test-%1-20261110-090000.lpdb").arg(key));
    CHECK(QFileInfo(kept.back()).fileName() ==
          QStringLiteral("test-%1-20261104-090000.lpdb").arg(key));
    CHECK_THAT(failure(backups.make(t.db(), start.addDays(9))), Catch::Contains("already exists"));
}

TEST_CASE("automatic backups: two databases called desk.lpdb keep separate rotations") {
    TestDatabase t;
    // Made within the same millisecond or so: their identities must still differ in the
    // characters that name the backups.
    const std::unique_ptr<Database> a = openAt(t.file(QStringLiteral("a/desk.lpdb")));
    const std::unique_ptr<Database> b = openAt(t.file(QStringLiteral("b/desk.lpdb")));
    require(a->exec("INSERT INTO meta(key, value) VALUES ('which', 'a')"));
    require(b->exec("INSERT INTO meta(key, value) VALUES ('which', 'b')"));
    REQUIRE_FALSE(a->uid().isEmpty());
    REQUIRE(Backups::key(*a) != Backups::key(*b));

    const Backups backups(t.file(QStringLiteral("backups")), 7);
    require(backups.make(*a, start));
    CHECK_FALSE(backups.due(*a, start.addSecs(60)));
    CHECK(backups.due(*b, start.addSecs(60))); // a's backup is not b's
    CHECK(backups.list(*b).isEmpty());
    for (int day = 0; day <= 9; ++day) {
        if (day > 0)
            require(backups.makeIfDue(*a, start.addDays(day)));
        require(backups.makeIfDue(*b, start.addDays(day).addSecs(60)));
    }
    const QStringList ofA = backups.list(*a);
    const QStringList ofB = backups.list(*b);
    CHECK(ofA.size() == 7);
    CHECK(ofB.size() == 7);
    CHECK(QDir(t.file(QStringLiteral("backups"))).entryList(QDir::Files).size() == 14);
    CHECK(fileNames(ofA).front() ==
          QStringLiteral("desk-%1-20261110-090000.lpdb").arg(Backups::key(*a)));
    CHECK(fileNames(ofB).front() ==
          QStringLiteral("desk-%1-20261110-090100.lpdb").arg(Backups::key(*b)));
    // Each rotation holds snapshots of its own database only.
    for (const auto& [list, which] : {std::pair{ofA, "a"}, std::pair{ofB, "b"}}) {
        for (const QString& backup : list) {
            const std::unique_ptr<Database> copy = openAt(backup, Database::Mode::ReadOnly);
            CHECK(copy->meta(QStringLiteral("which")) == QLatin1String(which));
        }
    }
}

TEST_CASE("automatic backups: a copied or renamed file keeps the identity and the rotation") {
    // A copy cannot be told from a move (the file carried to a new folder or laptop): both keep
    // the uid, and with it the rotation. Two copies used side by side on one machine share it.
    TestDatabase t;
    const QString original = t.file(QStringLiteral("a/desk.lpdb"));
    const Backups backups(t.file(QStringLiteral("backups")), 7);
    QString uid;
    {
        const std::unique_ptr<Database> a = openAt(original);
        uid = a->uid();
        require(backups.make(*a, start));
    }
    REQUIRE(QDir().mkpath(t.file(QStringLiteral("b"))));
    const QString copied = t.file(QStringLiteral("b/renamed.lpdb"));
    REQUIRE(QFile::copy(original, copied));
    const std::unique_ptr<Database> copy = openAt(copied);
    CHECK(copy->uid() == uid);
    CHECK_FALSE(backups.due(*copy, start.addSecs(3600)));
    for (int day = 1; day <= 8; ++day)
        require(backups.make(*copy, start.addDays(day)));
    const QStringList kept = backups.list(*copy);
    CHECK(kept.size() == 7);
    // Newest first by time, across the two names.
    CHECK(QFileInfo(kept.front()).fileName().startsWith(QStringLiteral("renamed-")));
    CHECK(QFileInfo(kept.front()).fileName().endsWith(QStringLiteral("-20261109-090000.lpdb")));
    CHECK_FALSE(QFileInfo::exists(
        t.file(QStringLiteral("backups/desk-%1-20261101-090000.lpdb").arg(uid.left(8)))));
}

TEST_CASE("automatic backups: an old file without a uid, opened read-only, stands in by its path") {
    TestDatabase t;
    const QString first = t.file(QStringLiteral("a/desk.lpdb"));
    const QString second = t.file(QStringLiteral("b/desk.lpdb"));
    for (const QString& path : {first, second}) {
        const std::unique_ptr<Database> db = openAt(path);
        require(db->exec("DELETE FROM meta WHERE key = 'database_uid'"));
    }
    const Backups backups(t.file(QStringLiteral("backups")), 7);
    QString pathKey;
    {
        const std::unique_ptr<Database> a = openAt(first, Database::Mode::ReadOnly);
        const std::unique_ptr<Database> b = openAt(second, Database::Mode::ReadOnly);
        CHECK(a->uid().isEmpty());
        pathKey = Backups::key(*a);
        CHECK(pathKey.size() == 8);
        CHECK(pathKey != Backups::key(*b));
        require(backups.make(*a, start));
        CHECK(backups.due(*b, start));
    }
    {
        const std::unique_ptr<Database> again = openAt(first, Database::Mode::ReadOnly);
        CHECK(Backups::key(*again) == pathKey); // stable from one opening to the next
        CHECK_FALSE(backups.due(*again, start.addSecs(60)));
    }
    // The first read-write opening gives it a uid: a rotation of its own from then on; the
    // snapshot taken under its path stays in the folder.
    QString uid;
    {
        const std::unique_ptr<Database> a = openAt(first);
        uid = a->uid();
        REQUIRE_FALSE(uid.isEmpty());
        CHECK(backups.due(*a, start.addSecs(60)));
    }
    const std::unique_ptr<Database> a = openAt(first, Database::Mode::ReadOnly);
    CHECK(a->uid() == uid);
    CHECK(QFileInfo::exists(
        t.file(QStringLiteral("backups/desk-%1-20261101-090000.lpdb").arg(pathKey))));
}

TEST_CASE("automatic backups: backups of the old naming and other files are left alone") {
    TestDatabase t;
    const Backups backups(t.file(QStringLiteral("backups")), 7);
    require(backups.make(t.db(), start));
    const QString old = t.write(QStringLiteral("backups/test-20261001-090000.lpdb"), "old");
    const QString other = t.write(QStringLiteral("backups/notes.lpdb"), "other");
    CHECK(backups.list(t.db()).size() == 1);
    for (int day = 1; day <= 9; ++day)
        require(backups.make(t.db(), start.addDays(day)));
    CHECK(backups.list(t.db()).size() == 7);
    CHECK(QFileInfo::exists(old));
    CHECK(QFileInfo::exists(other));
}

TEST_CASE("automatic backups: LIANPING_BACKUP_DIR chooses the folder") {
    const QByteArray saved = qgetenv("LIANPING_BACKUP_DIR");
    qputenv("LIANPING_BACKUP_DIR", "/tmp/lianping-elsewhere");
    CHECK(Backups::defaultFolder() == QStringLiteral("/tmp/lianping-elsewhere"));
    qunsetenv("LIANPING_BACKUP_DIR");
    CHECK(Backups::defaultFolder().endsWith(QStringLiteral("/backups")));
    CHECK(Backups::defaultFolder() != QStringLiteral("/tmp/lianping-elsewhere"));
    if (!saved.isEmpty())
        qputenv("LIANPING_BACKUP_DIR", saved);
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

TEST_CASE("a file that will not open finds its backups by name, and one is restored beside it") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("县纪委.lpdb"));
    const Backups backups(dir.filePath(QStringLiteral("backups")));
    {
        const std::unique_ptr<Database> db = openAt(path);
        require(db->exec(
            "INSERT INTO counties(uid, name, owner, updated_at) VALUES ('c', '利州区', 1, 1)"));
        require(backups.make(*db, start));
        require(db->exec(
            "INSERT INTO counties(uid, name, owner, updated_at) VALUES ('d', '昭化区', 1, 2)"));
        require(backups.make(*db, start.addDays(1)));
    }
    // Another file whose name starts the same is not offered.
    {
        const std::unique_ptr<Database> other =
            openAt(dir.filePath(QStringLiteral("县纪委-旧.lpdb")));
        require(backups.make(*other, start));
    }
    // The file is damaged: its first pages overwritten.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(8192, 'x'));
    }
    QFile damaged(path);
    REQUIRE(damaged.open(QIODevice::ReadOnly));
    const QByteArray before = damaged.readAll();
    damaged.close();
    CHECK_FALSE(Workspace::open(path, QStringLiteral("x")).ok());

    const std::vector<Backups::Found> found = backups.forFileName(path);
    REQUIRE(found.size() == 2);
    CHECK(found[0].made == start.addDays(1)); // newest first
    CHECK(found[1].made == start);
    const QString restored = require(Backups::restoreBeside(found[0].path, path, start.addDays(2)));
    CHECK(QFileInfo(restored).dir() == QFileInfo(path).dir());
    CHECK(QFileInfo(restored).fileName() == QStringLiteral("县纪委-restored-20261103-090000.lpdb"));
    {
        const std::unique_ptr<Database> db = openAt(restored, Database::Mode::ReadOnly);
        Statement counties = db->prepare("SELECT count(*) FROM counties");
        REQUIRE(counties.step());
        CHECK(counties.integer(0) == 2);
    }
    // The damaged file is untouched; a second restore at the same moment does not overwrite.
    REQUIRE(damaged.open(QIODevice::ReadOnly));
    CHECK(damaged.readAll() == before);
    CHECK_THAT(failure(Backups::restoreBeside(found[1].path, path, start.addDays(2))),
               Catch::Contains("already exists"));
    // A damaged backup is refused and leaves nothing behind.
    const QString badBackup = dir.filePath(QStringLiteral("bad.lpdb"));
    QFile bad(badBackup);
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(4096, 'y'));
    bad.close();
    CHECK_THAT(failure(Backups::restoreBeside(badBackup, path, start.addDays(3))),
               Catch::Contains("damaged"));
    CHECK_FALSE(
        QFile::exists(dir.filePath(QStringLiteral("县纪委-restored-20261104-090000.lpdb"))));
}
