// The command line's automatic backups: the first write of a day snapshots the database before
// it writes; reading never does; a backup that fails warns and the command still runs.
#include "cli/CliRunner.h"
#include "core/storage/Backups.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>

using namespace lianping;
using namespace lianping::test;

namespace {

// Every lianping-cli this test program starts inherits the environment: without this, the
// other CLI tests' writes would leave backups in the real user's data folder.
struct BackupsOutOfHome {
    QTemporaryDir folder;
    BackupsOutOfHome() { qputenv("LIANPING_BACKUP_DIR", QFile::encodeName(folder.path())); }
};
const BackupsOutOfHome backupsOutOfHome;

// Points the CLIs started in its lifetime at one backup folder.
class BackupFolder {
public:
    explicit BackupFolder(QString path)
        : m_path(std::move(path))
        , m_saved(qgetenv("LIANPING_BACKUP_DIR")) {
        qputenv("LIANPING_BACKUP_DIR", QFile::encodeName(m_path));
    }
    ~BackupFolder() { qputenv("LIANPING_BACKUP_DIR", m_saved); }
    QStringList files() const { return QDir(m_path).entryList(QDir::Files); }

private:
    QString m_path;
    QByteArray m_saved;
};

void setUp(const Cli& cli) {
    cli.ok(args({"init"}));
    cli.ok({QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--new-counties"),
            cli.write(QStringLiteral("units.csv"), "单位编码,单位名称,类别,县区\n"
                                                   "A001,利州区财政局,agency,利州区\n")});
}

std::unique_ptr<Database> openReadOnly(const QString& path) {
    Result<std::unique_ptr<Database>> db =
        Workspace::open(path, QStringLiteral("x"), Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    return std::move(db.value());
}

QStringList unitCodes(const QString& path) {
    const std::unique_ptr<Database> db = openReadOnly(path);
    Statement query = db->prepare("SELECT code FROM units ORDER BY code");
    QStringList codes;
    while (query.step())
        codes << query.text(0);
    return codes;
}

} // namespace

TEST_CASE("cli backups: the first write of a day makes one backup, before it writes") {
    Cli cli;
    {
        const BackupFolder none(cli.path(QStringLiteral("setup-backups")));
        setUp(cli);
    }
    const BackupFolder folder(cli.path(QStringLiteral("backups")));
    cli.ok(
        args({"units", "add", "A002", "利州区民政局", "--type", "agency", "--county", "利州区"}));
    const QStringList made = folder.files();
    REQUIRE(made.size() == 1);
    const QString key = Backups::key(*openReadOnly(cli.db()));
    CHECK(made.front().startsWith(QStringLiteral("cli-%1-").arg(key)));
    // The snapshot is of the database as it was before this command wrote.
    CHECK(unitCodes(cli.path(QStringLiteral("backups/")) + made.front()) ==
          QStringList{QStringLiteral("A001")});
    CHECK(unitCodes(cli.db()) == QStringList{QStringLiteral("A001"), QStringLiteral("A002")});

    cli.ok(
        args({"units", "add", "A003", "利州区审计局", "--type", "agency", "--county", "利州区"}));
    CHECK(folder.files() == made); // the day's backup exists: no second one
}

TEST_CASE("cli backups: reading commands make none") {
    Cli cli;
    {
        const BackupFolder none(cli.path(QStringLiteral("setup-backups")));
        setUp(cli);
    }
    const BackupFolder folder(cli.path(QStringLiteral("backups")));
    cli.ok(args({"units", "list"}));
    cli.ok(args({"check"}));
    cli.ok(args({"types", "list"}));
    CHECK(folder.files().isEmpty());
    CHECK_FALSE(QFileInfo::exists(cli.path(QStringLiteral("backups"))));
    // The same folder, a writing command: the one the readers did not make.
    cli.ok(args({"units", "retire", "A001", "--reason", "合并"}));
    CHECK(folder.files().size() == 1);
}

TEST_CASE("cli backups: a command that creates the database has nothing to back up") {
    Cli cli;
    const BackupFolder folder(cli.path(QStringLiteral("backups")));
    cli.ok(args({"init"}));
    CHECK(QFileInfo::exists(cli.db()));
    CHECK(folder.files().isEmpty());
}

TEST_CASE("cli backups: a backup that fails warns on stderr and the command still writes") {
    Cli cli;
    {
        const BackupFolder none(cli.path(QStringLiteral("setup-backups")));
        setUp(cli);
    }
    // A folder that cannot be made (its parent is a file): unwritable even for root.
    const QString blocker = cli.write(QStringLiteral("blocker"), "not a folder");
    const BackupFolder folder(blocker + QStringLiteral("/backups"));
    const Run run = cli.run(
        args({"units", "add", "A002", "利州区民政局", "--type", "agency", "--county", "利州区"}));
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(run.err.startsWith(QStringLiteral("lianping-cli: warning: no automatic backup: ")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(run.out.contains(QStringLiteral("added unit A002")));
    CHECK(unitCodes(cli.db()) == QStringList{QStringLiteral("A001"), QStringLiteral("A002")});
}
