// A database that will not open: the desktop restores one of its automatic backups beside it,
// opens the copy and leaves the damaged file as it was.
#include "GuiFixture.h"
#include "core/storage/Backups.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

TEST_CASE("gui: a damaged database is restored from its backup beside it and opened") {
    QTemporaryDir backups;
    qputenv("LIANPING_BACKUP_DIR", backups.path().toUtf8());
    GuiFixture gui(20);
    ui::MainWindow& window = gui.window();
    const QString path = gui.path(QStringLiteral("county.lpdb"));
    {
        Result<std::unique_ptr<Database>> db = Workspace::open(path, QStringLiteral("x"));
        REQUIRE(db.ok());
        REQUIRE(Backups(Backups::defaultFolder()).make(**db).ok());
    }
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(8192, 'x'));
    }
    CHECK_FALSE(window.openDatabase(path)); // not interactive: reported, nothing offered
    const std::vector<Backups::Found> found = Backups(Backups::defaultFolder()).forFileName(path);
    REQUIRE(found.size() == 1);
    const Result<QString> restored = window.restoreBackup(path, found.front().path);
    REQUIRE(restored.ok());
    CHECK(window.session().path() == *restored);
    CHECK(QFileInfo(*restored).fileName().startsWith(QStringLiteral("county-restored-")));
    QFile damaged(path);
    REQUIRE(damaged.open(QIODevice::ReadOnly));
    CHECK(damaged.read(8192) == QByteArray(8192, 'x'));
    qunsetenv("LIANPING_BACKUP_DIR");
}
