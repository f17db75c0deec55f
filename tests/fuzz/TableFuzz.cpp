#include "TableFuzz.h"

#include "core/campaign/CampaignRepository.h"
#include "core/io/ScoreImporter.h"
#include "core/io/TableFile.h"
#include "core/io/UnitImporter.h"
#include "core/io/XlsReader.h"
#include "core/registry/UnitRepository.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace lianping::fuzz {

namespace {

[[noreturn]] void setupFailed(const QString& what) {
    std::fprintf(stderr, "fuzz set-up failed: %s\n", qPrintable(what));
    std::abort();
}

// A database with unit A1 (agency, 利州区) enrolled in campaign 2026, so that score rows
// naming A1 and an agency indicator (D1.1) reach ScoreRepository::setScore.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    Fixture() {
        if (!dir.isValid())
            setupFailed(QStringLiteral("no temporary folder"));
        Result<std::unique_ptr<Database>> opened =
            Workspace::open(dir.filePath(QStringLiteral("fuzz.lpdb")), QStringLiteral("fuzz"));
        if (!opened)
            setupFailed(opened.error().message);
        db = std::move(*opened);
        Transaction transaction(*db);
        const UnitInput unit{QStringLiteral("A1"),
                             QStringLiteral("利州区财政局"),
                             QStringLiteral("agency"),
                             QStringLiteral("利州区"),
                             {},
                             false,
                             {}};
        Result<std::int64_t> added = UnitRepository(*db).add(unit);
        if (!added)
            setupFailed(added.error().message);
        Result<void> committed = transaction.commit();
        if (!committed)
            setupFailed(committed.error().message);
        CampaignRepository campaigns(*db);
        Result<Campaign> campaign = campaigns.create(2026, CampaignSettings{});
        if (!campaign)
            setupFailed(campaign.error().message);
        Result<int> enrolled = campaigns.enroll(2026, UnitFilter{}, {QStringLiteral("A1")});
        if (!enrolled || *enrolled != 1)
            setupFailed(QStringLiteral("enrolling A1"));
    }
};

} // namespace

void readTable(const QByteArray& bytes, const QString& suffix) {
    static int argc = 1;
    static char name[] = "fuzz_table";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Fixture fixture;
    XlsReader::setIsolated(false); // the sanitizers are to see inside freexl

    const QString path = fixture.dir.filePath(QStringLiteral("fuzz.") + suffix);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            setupFailed(QStringLiteral("cannot write ") + path);
    }
    Result<Table> table = TableFile::read(path);
    if (!table)
        return;
    // The importers' own transactions nest as savepoints inside this one, which rolls back.
    Transaction scratch(*fixture.db);
    if (!scratch.begun())
        setupFailed(scratch.begun().error().message);
    UnitImportOptions options;
    options.allowNewCounties = true;
    (void)UnitImporter(*fixture.db).importTable(*table, options);
    (void)ScoreImporter(*fixture.db).importTable(2026, *table, Step::County);
}

} // namespace lianping::fuzz
