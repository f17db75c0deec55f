#include "GuiFixture.h"
#include "core/campaign/Enrollments.h"
#include "core/exchange/OfficeKeys.h"
#include "core/office/Office.h"
#include "core/registry/UnitRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"
#include "ui/followup/FollowUpView.h"
#include "ui/naming/NamingView.h"
#include "ui/registry/Imports.h"
#include "ui/scoring/ScoreSheetView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

TEST_CASE("gui: batch naming names the ticked candidates with the decision") {
    GuiFixture gui(300);
    Database& db = gui.window().session().db();
    ui::NamingView* naming = gui.window().naming();
    naming->reload();
    naming->loadCandidates();
    QTableWidget* table = naming->candidates();
    REQUIRE(table->rowCount() > 1);
    for (int r = 1; r < table->rowCount(); ++r)
        table->item(r, 0)->setCheckState(Qt::Unchecked);
    const QString code = table->item(0, 0)->text();
    CHECK_FALSE(naming->nameSelected(false)); // no decision number yet
    naming->decisionEdit()->setText(QStringLiteral("广委〔2027〕3号"));
    REQUIRE(naming->nameSelected(false));
    CHECK(Enrollments::find(db, 2026, code)->state == State::Named);
    Statement decision =
        db.prepare("SELECT n.decision FROM enrollments e JOIN namings n ON n.id = e.naming_id "
                   "JOIN units u ON u.id = e.unit_id WHERE u.code = ?");
    decision.bind(1, code);
    REQUIRE(decision.step());
    CHECK(decision.text(0) == QStringLiteral("广委〔2027〕3号"));

    // The decision is listed with its unit; tick all / none work on the candidates.
    QTreeWidget* batches = naming->batches();
    REQUIRE(batches->topLevelItemCount() >= 1);
    QTreeWidgetItem* batch = nullptr;
    for (int i = 0; i < batches->topLevelItemCount(); ++i)
        if (batches->topLevelItem(i)->text(0) == QStringLiteral("广委〔2027〕3号"))
            batch = batches->topLevelItem(i);
    REQUIRE(batch);
    REQUIRE(batch->childCount() == 1);
    CHECK(batch->child(0)->data(0, Qt::UserRole).toString() == code);
    for (QPushButton* button : naming->findChildren<QPushButton*>())
        if (button->text() == naming->tr("Tick &none"))
            button->click();
    for (int r = 0; r < table->rowCount(); ++r)
        CHECK(table->item(r, 0)->checkState() == Qt::Unchecked);
    for (QPushButton* button : naming->findChildren<QPushButton*>())
        if (button->text() == naming->tr("Tick &all"))
            button->click();
    for (int r = 0; r < table->rowCount(); ++r)
        CHECK(table->item(r, 0)->checkState() == Qt::Checked);

    // Revoke the unit chosen in the list: one dialog, then the question.
    batches->setCurrentItem(batch->child(0));
    ui::Ask::setAnswer(true);
    QTimer::singleShot(0, [naming] {
        QDialog* dialog = naming->revokeDialog();
        REQUIRE(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("reason"))
            ->setText(QStringLiteral("发生违纪案件"));
        dialog->findChild<QLineEdit*>(QStringLiteral("document"))
            ->setText(QStringLiteral("广委〔2027〕9号"));
        dialog->accept();
    });
    CHECK(naming->revoke());
    CHECK(Enrollments::find(db, 2026, code)->state == State::Revoked);
}

TEST_CASE("gui: a damaged, foreign or newer file opens with a clear message, never a crash") {
    GuiFixture gui(0);
    const QString garbage = gui.writeFile(QStringLiteral("损坏的文件.lpdb"), QByteArray(8192, 'x'));
    CHECK_FALSE(gui.window().openDatabase(garbage));
    CHECK(gui.window().lastError().contains(QStringLiteral("损坏的文件.lpdb")));
    CHECK(gui.window().session().isOpen()); // the previous database stays open

    const QString newer = gui.path(QStringLiteral("newer.lpdb"));
    {
        Result<std::unique_ptr<Database>> db = Workspace::open(newer, QStringLiteral("x"));
        REQUIRE(db.ok());
        REQUIRE((*db)->exec("PRAGMA user_version = 42").ok());
    }
    CHECK_FALSE(gui.window().openDatabase(newer));
    CHECK(gui.window().lastError().contains(QStringLiteral("newer Lianping")));
}

TEST_CASE("gui: a county office's database offers only the county's steps and no naming") {
    GuiFixture gui(200);
    Database& db = gui.window().session().db();
    REQUIRE(Offices::configure(db, QStringLiteral("利州区纪委"), Role::County,
                               QStringLiteral("利州区"), {})
                .ok());
    Statement own = db.prepare("SELECT u.code FROM enrollments e JOIN units u ON u.id = e.unit_id "
                               "JOIN counties c ON c.id = u.county_id "
                               "WHERE c.name = '利州区' AND e.state = 'county-accepted' LIMIT 1");
    REQUIRE(own.step());
    const QString code = own.text(0);
    ui::ScoreSheetView* sheet = gui.window().sheet();
    sheet->openUnit(code);
    QStringList steps;
    for (int i = 0; i < sheet->stepBox()->count(); ++i)
        steps << sheet->stepBox()->itemData(i).toString();
    CHECK(steps ==
          QStringList{QStringLiteral("0"), QStringLiteral("1")}); // self (on behalf) and county
    CHECK_FALSE(sheet->advanceButton()->isEnabled());             // the recheck is the city's
    gui.window().showPage(ui::MainWindow::Naming);
    CHECK_FALSE(gui.window().naming()->isEnabled());
}

TEST_CASE("gui: imports run in the background — a bad file changes nothing and says where") {
    GuiFixture gui(20);
    ui::Session& session = gui.window().session();
    const QString good = gui.writeFile(
        QStringLiteral("units.csv"),
        "单位编码,单位名称,类别,县区\nN1,新华社区,社区,利州区\nN2,白水中学,廉洁学校,旺苍县\n");
    const QString bad =
        gui.writeFile(QStringLiteral("bad.csv"),
                      "code,name,type,county\nN3,某单位,agency,利州区\nN4,某单位,castle,利州区\n");
    // 旺苍县 may be new to a 20-unit demo: accept it (asking is the next test's subject).
    const auto acceptNew = [](const QStringList&) { return true; };
    CHECK(*ui::Imports::units(&gui.window(), session, good, false, acceptNew) == 2);
    CHECK(UnitRepository(session.db()).find(QStringLiteral("N1"))->typeCode ==
          QStringLiteral("community"));
    const Result<int> refused = ui::Imports::units(&gui.window(), session, bad, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("bad.csv: row 3, field type")));
    CHECK_FALSE(UnitRepository(session.db()).find(QStringLiteral("N3")));
}

TEST_CASE("gui: a unit list naming new counties asks first — no stores nothing, yes adds them") {
    GuiFixture gui(20);
    ui::Session& session = gui.window().session();
    const QString file = gui.writeFile(QStringLiteral("new.csv"),
                                       "单位编码,单位名称,类别,县区\nM1,某局,机关,利州区\n"
                                       "M2,某村,村居,新设县\nM3,某校,学校,另一新县\n");
    QStringList asked;
    const auto decline = [&](const QStringList& counties) {
        asked = counties;
        return false;
    };
    CHECK(*ui::Imports::units(&gui.window(), session, file, false, decline) == 0);
    CHECK(asked == QStringList{QStringLiteral("新设县"), QStringLiteral("另一新县")});
    CHECK_FALSE(UnitRepository(session.db()).find(QStringLiteral("M1")));
    const auto accept = [](const QStringList&) { return true; };
    CHECK(*ui::Imports::units(&gui.window(), session, file, false, accept) == 3);
    CHECK(UnitRepository(session.db()).find(QStringLiteral("M2"))->county ==
          QStringLiteral("新设县"));
    CHECK(UnitRepository(session.db()).find(QStringLiteral("M2"))->typeCode ==
          QStringLiteral("village"));
}

TEST_CASE("gui: in Chinese, opening a wrong file explains it in Chinese") {
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/lianping_zh_CN.qm")));
    QApplication::installTranslator(&translator);
    GuiFixture gui(0);
    const QString garbage = gui.writeFile(QStringLiteral("坏文件.lpdb"), QByteArray(8192, 'x'));
    CHECK_FALSE(gui.window().openDatabase(garbage));
    CHECK(gui.window().lastError().contains(QStringLiteral("不是可读取的廉评数据库")));
    QApplication::removeTranslator(&translator);
}

TEST_CASE("gui: File › Office sets up an existing database's office and its key, once") {
    GuiFixture gui(20);
    Database& db = gui.window().session().db();
    REQUIRE(Offices::current(db).role == Role::All);
    const Result<QString> fingerprint =
        gui.window().applyOffice(QStringLiteral("利州区纪委"), Role::County,
                                 QStringLiteral("利州区"), QString(), "区纪委的密钥口令");
    REQUIRE(fingerprint.ok());
    // No keyring here: the key opens with its passphrase only.
    CHECK_FALSE(OfficeKeys::secretKey(db, {}).ok());
    CHECK(OfficeKeys::secretKey(db, {"区纪委的密钥口令", false}).ok());
    CHECK(fingerprint->size() > 20);
    CHECK(Offices::current(db).role == Role::County);
    CHECK(Offices::current(db).county == QStringLiteral("利州区"));
    // A database keeps its office: a second set-up is refused and changes nothing.
    const Result<QString> again = gui.window().applyOffice(
        QStringLiteral("市纪委"), Role::City, QString(), QString(), "市纪委的密钥口令");
    CHECK_FALSE(again.ok());
    CHECK(Offices::current(db).name == QStringLiteral("利州区纪委"));
}

TEST_CASE("gui: follow-ups are searched and narrowed to unfinished items, texts in full on hover") {
    GuiFixture gui(600);
    gui.window().showPage(ui::MainWindow::FollowUp);
    ui::FollowUpView* view = gui.window().followUps();
    view->reload();
    QTableWidget* table = view->followUps();
    REQUIRE(table->rowCount() > 2);
    const auto visible = [](QTableWidget* t) {
        int shown = 0;
        for (int r = 0; r < t->rowCount(); ++r)
            shown += t->isRowHidden(r) ? 0 : 1;
        return shown;
    };
    for (int c = 0; c < table->columnCount(); ++c)
        CHECK(table->item(0, c)->toolTip() == table->item(0, c)->text());
    const QString code = table->item(0, 1)->text();
    view->searchBox()->setText(code);
    CHECK(visible(table) >= 1);
    CHECK(visible(table) < table->rowCount());
    for (int r = 0; r < table->rowCount(); ++r)
        if (!table->isRowHidden(r)) {
            bool matches = false;
            for (int c = 0; c < table->columnCount(); ++c)
                matches = matches || table->item(r, c)->text().contains(code);
            CHECK(matches);
        }
    view->searchBox()->clear();
    CHECK(visible(table) == table->rowCount());
    // Mark the first done: with "only unfinished" it disappears.
    table->setCurrentCell(0, 0);
    const QString first = table->item(0, 0)->data(Qt::UserRole).toString();
    QPushButton* done = nullptr;
    for (QPushButton* button : view->findChildren<QPushButton*>())
        if (button->text().contains(QStringLiteral("done"), Qt::CaseInsensitive) &&
            !button->text().contains(QStringLiteral("verified")))
            done = button;
    REQUIRE(done);
    QTest::mouseClick(done, Qt::LeftButton);
    view->reload();
    view->openOnlyBox()->setChecked(true);
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == first)
            CHECK(table->isRowHidden(r));
}
