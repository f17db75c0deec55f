// The desktop's exchange: a package previewed (nothing stored), then imported; a conflict
// listed with what differs and resolved from the dialog. Screenshots of both dialogs.
#include "ExchangeScenario.h"
#include "GuiFixture.h"
#include "core/TestDatabase.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/office/Office.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/ScoreRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"
#include "ui/exchange/ConflictsDialog.h"
#include "ui/exchange/ExchangeMenu.h"
#include "ui/exchange/ImportPreviewDialog.h"
#include "ui/exchange/KeyPrompt.h"

#include <QDir>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

void screenshot(QWidget& widget, const char* name) {
    widget.show();
    QDir().mkpath(QStringLiteral(LIANPING_SCREENSHOTS));
    widget.grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/") + QLatin1String(name));
}

} // namespace

TEST_CASE("gui: a package is previewed without storing anything, then imported") {
    GuiFixture gui(100);
    ui::Session& session = gui.window().session();
    TestDatabase county;
    REQUIRE(Offices::configure(county.db(), QStringLiteral("利州区纪委"), Role::County,
                               QStringLiteral("利州区"), {})
                .ok());
    REQUIRE(OfficeKeys::ensureOwn(county.db(), testKey()).ok());
    county.addUnit(QStringLiteral("A001"), QStringLiteral("利州区财政局"));
    county.addUnit(QStringLiteral("A002"), QStringLiteral("利州区民政局"));
    county.createCampaign(2026);
    county.enroll(2026, QStringLiteral("A001"));
    county.enroll(2026, QStringLiteral("A002"));
    county.scoreAll(2026, QStringLiteral("A001"), Step::County, 9);
    REQUIRE(OfficeKeys::trust(session.db(), *OfficeKeys::exportKeyFile(county.db(), testKey()),
                              QStringLiteral("county.lpkey"))
                .ok());
    const QString path = exportPackageTo(county.db(), county.file(QStringLiteral("c.lpkg")));

    const Result<ImportReport> preview =
        ui::ExchangeMenu::runImport(&gui.window(), session, path, {}, true, false);
    REQUIRE(preview.ok());
    CHECK_FALSE(UnitRepository(session.db()).find(QStringLiteral("A001")));
    ui::ImportPreviewDialog dialog(*preview);
    QTableWidget* table = dialog.table();
    bool unitsRow = false;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() ==
            ui::ImportPreviewDialog::kindLabel(QStringLiteral("unit"))) {
            unitsRow = true;
            CHECK(table->item(r, 1)->text() == QStringLiteral("2"));
        }
    CHECK(unitsRow);
    screenshot(dialog, "import-preview.png");

    REQUIRE(ui::ExchangeMenu::runImport(&gui.window(), session, path, {}, false, false).ok());
    CHECK(UnitRepository(session.db()).find(QStringLiteral("A001")));
    const Result<ImportReport> again =
        ui::ExchangeMenu::runImport(&gui.window(), session, path, {}, true, false);
    CHECK_FALSE(again.ok()); // a replay is refused
}

TEST_CASE("gui: a conflict shows what differs and is resolved from the dialog") {
    GuiFixture gui(100);
    ui::Session& session = gui.window().session();
    TestDatabase county;
    setUpTrustedCounty(gui.window(), county);
    importConflictingLaptops(gui.window(), county);

    ui::ConflictsDialog dialog(session);
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 0)->text() == QStringLiteral("A001"));
    CHECK(dialog.table()->item(0, 4)->text().contains(QStringLiteral("D1.1: 7 ≠ 6")));
    screenshot(dialog, "conflicts.png");
    REQUIRE(dialog.resolveSelected(false));
    CHECK(dialog.table()->rowCount() == 0);
}

TEST_CASE(
    "gui: signing asks for the key passphrase when no keyring opens the key, again if wrong") {
    GuiFixture gui(20);
    Database& db = gui.window().session().db();
    REQUIRE(gui.window()
                .applyOffice(QStringLiteral("利州区纪委"), Role::County, QStringLiteral("利州区"),
                             QString(), "区纪委的密钥口令")
                .ok());
    ui::KeyPrompt::setAnswerForTests("猜错的口令一二三");
    CHECK_FALSE(ui::KeyPrompt::unlock(&gui.window(), db).has_value());
    ui::KeyPrompt::setAnswerForTests("区纪委的密钥口令");
    const std::optional<KeyUnlock> unlock = ui::KeyPrompt::unlock(&gui.window(), db);
    REQUIRE(unlock.has_value());
    CHECK(unlock->passphrase == QByteArray("区纪委的密钥口令"));
    CHECK(OfficeKeys::exportKeyFile(db, *unlock).ok());
    ui::KeyPrompt::setAnswerForTests({});
}

TEST_CASE(
    "gui: another office's key is trusted only after its fingerprint is shown and confirmed") {
    GuiFixture gui(20);
    ui::MainWindow& window = gui.window();
    TestDatabase county;
    REQUIRE(Offices::configure(county.db(), QStringLiteral("利州区纪委"), Role::County,
                               QStringLiteral("利州区"), {})
                .ok());
    const OfficeKey own = *OfficeKeys::ensureOwn(county.db(), testKey());
    const QByteArray file = *OfficeKeys::exportKeyFile(county.db(), testKey());
    // Read, not stored: the office and the fingerprint to compare.
    const OfficeKey read = *OfficeKeys::readKeyFile(file, QStringLiteral("county.lpkey"));
    CHECK(read.fingerprint() == own.fingerprint());
    CHECK(read.office.name == QStringLiteral("利州区纪委"));
    const int asked = ui::Ask::asked();
    ui::Ask::setAnswer(false);
    CHECK_FALSE(window.exchange()->trustKeyFile(file, QStringLiteral("county.lpkey")));
    CHECK(ui::Ask::asked() == asked + 1);
    CHECK_FALSE(OfficeKeys::trusted(window.session().db(), own.office.uid));
    ui::Ask::setAnswer(true);
    CHECK(window.exchange()->trustKeyFile(file, QStringLiteral("county.lpkey")));
    CHECK(OfficeKeys::trusted(window.session().db(), own.office.uid));
    // A damaged file is refused before anything is asked.
    QByteArray damaged = file;
    damaged.replace("利州区纪委", "昭化区纪委");
    const int before = ui::Ask::asked();
    CHECK_FALSE(window.exchange()->trustKeyFile(damaged, QStringLiteral("bad.lpkey")));
    CHECK(ui::Ask::asked() == before);
}
