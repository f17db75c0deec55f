#include "ExchangeScenario.h"

#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/office/Office.h"
#include "core/scoring/ScoreRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/common/Session.h"
#include "ui/exchange/ExchangeMenu.h"

namespace lianping::test {

QString exportPackageTo(Database& db, const QString& path) {
    RecordScope scope;
    scope.year = 2026;
    REQUIRE(PackageExporter::write(db, scope, path, {}, testKey()).ok());
    return path;
}

void setUpTrustedCounty(ui::MainWindow& window, TestDatabase& county) {
    ui::Session& session = window.session();
    REQUIRE(Offices::configure(county.db(), QStringLiteral("利州区纪委"), Role::County,
                               QStringLiteral("利州区"), {})
                .ok());
    REQUIRE(OfficeKeys::ensureOwn(county.db(), testKey()).ok());
    county.addUnit(QStringLiteral("A001"), QStringLiteral("利州区财政局"));
    county.createCampaign(2026);
    county.enroll(2026, QStringLiteral("A001"));
    county.scoreAll(2026, QStringLiteral("A001"), Step::County, 9);
    REQUIRE(OfficeKeys::trust(session.db(), *OfficeKeys::exportKeyFile(county.db(), testKey()),
                              QStringLiteral("county.lpkey"))
                .ok());
    REQUIRE(ui::ExchangeMenu::runImport(
                &window, session,
                exportPackageTo(county.db(), county.file(QStringLiteral("a.lpkg"))), {}, false,
                false)
                .ok());
}

void importConflictingLaptops(ui::MainWindow& window, TestDatabase& county) {
    ui::Session& session = window.session();
    // The county's second laptop, a copy, scores D1.1 differently from the first.
    const QString copyPath = county.file(QStringLiteral("copy.lpdb"));
    REQUIRE(county.db().backupTo(copyPath).ok());
    Result<std::unique_ptr<Database>> copy = Workspace::open(copyPath, QStringLiteral("二号机"));
    REQUIRE(copy.ok());
    REQUIRE(ScoreRepository(county.db())
                .setScore(2026, QStringLiteral("A001"), QStringLiteral("D1.1"), 14, Step::County)
                .ok());
    REQUIRE(ScoreRepository(**copy)
                .setScore(2026, QStringLiteral("A001"), QStringLiteral("D1.1"), 12, Step::County)
                .ok());
    for (Database* from : {&county.db(), copy->get()})
        REQUIRE(ui::ExchangeMenu::runImport(
                    &window, session,
                    exportPackageTo(*from,
                                    county.file(from == &county.db() ? QStringLiteral("b.lpkg")
                                                                     : QStringLiteral("c.lpkg"))),
                    {}, false, false)
                    .ok());
}

} // namespace lianping::test
