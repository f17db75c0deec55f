// The evaluator's whole year in the desktop, in Chinese (issue 13, "Done when"): through the
// real menus and buttons only — 文件 › 考评年度… › 新建年度… creates 2027 from 2026; 转到 ›
// 考评细则 › 新版本… edits an indicator and saves a new version; 转到 › 考评打分 scores one unit of
// 2027 by typing, submits and accepts it; 转到 › 审核命名 names it and then revokes it (reason,
// date, document number, confirmed). After each step core says it really happened. Questions are
// answered through Ask, modal dialogs found among the top-level windows and filled. Screenshots
// of every screen and dialog passed go to LIANPING_YEAR_SHOTS (default /work/shots/year).
#include "GuiFixture.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Enrollments.h"
#include "core/common/Points.h"
#include "core/rubric/RubricRepository.h"
#include "core/scoring/ResultService.h"
#include "core/scoring/ScoreRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "ui/campaign/CampaignsDialog.h"
#include "ui/campaign/NewCampaignDialog.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"
#include "ui/naming/NamingView.h"
#include "ui/rubric/RubricEditor.h"
#include "ui/rubric/RubricForm.h"
#include "ui/rubric/RubricView.h"
#include "ui/scoring/ScoreSheetModel.h"
#include "ui/scoring/ScoreSheetView.h"
#include "ui/scoring/ScoreTree.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

// A menu or button text as read, without its accelerator: 考评年度(&Y)… → 考评年度….
QString plain(QString text) {
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    text.remove(QLatin1Char('&'));
    return text;
}

QAction* menuAction(QMenuBar* bar, const QString& menu, const QString& action) {
    for (QAction* top : bar->actions())
        if (top->menu() && plain(top->text()) == menu)
            for (QAction* item : top->menu()->actions())
                if (plain(item->text()) == action)
                    return item;
    return nullptr;
}

QAbstractButton* button(QWidget* in, const QString& text) {
    for (QAbstractButton* each : in->findChildren<QAbstractButton*>())
        if (plain(each->text()) == text && each->isVisible())
            return each;
    return nullptr;
}

template <class T> T* visibleWindow(const QString& title = {}) {
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* found = qobject_cast<T*>(widget);
            found && found->isVisible() && (title.isEmpty() || found->windowTitle() == title))
            return found;
    return nullptr;
}

QString shotsFolder() {
    const QString folder = qEnvironmentVariableIsSet("LIANPING_YEAR_SHOTS")
                               ? qEnvironmentVariable("LIANPING_YEAR_SHOTS")
                               : QStringLiteral("/work/shots/year");
    QDir().mkpath(folder);
    return folder;
}

void shoot(QWidget* widget, const QString& name) {
    QTest::qWait(60);
    CHECK(widget->grab().save(shotsFolder() + QLatin1Char('/') + name + QStringLiteral(".png")));
}

int enrolledIn(Database& db, int year) {
    Statement count = db.prepare("SELECT count(*) FROM enrollments e JOIN campaigns c ON "
                                 "c.id = e.campaign_id WHERE c.year = ?");
    count.bind(1, year);
    REQUIRE(count.step());
    return count.integer(0);
}

// Types the points into each scored indicator's cell of `column`, Enter after each.
int typeScores(ui::ScoreSheetView* sheet, int column) {
    int typed = 0;
    for (const Dimension& dimension : sheet->model()->rubric().dimensions)
        for (const Indicator& indicator : dimension.indicators) {
            if (indicator.veto)
                continue;
            sheet->tree()->setCurrentIndex(sheet->model()->indexOf(indicator.code, column));
            sheet->tree()->setFocus();
            GuiFixture::type(formatPoints(*indicator.max));
            GuiFixture::key(Qt::Key_Return);
            ++typed;
        }
    return typed;
}

void showPage(ui::MainWindow& window, const QString& page) {
    QAction* go = menuAction(window.menuBar(), QStringLiteral("转到"), page);
    REQUIRE(go);
    go->trigger();
    QApplication::processEvents();
}

} // namespace

TEST_CASE("gui: the whole year in Chinese through the menus - 2027 from 2026 to a revoked naming") {
    QTranslator qtTranslator;
    REQUIRE(qtTranslator.load(QStringLiteral("qtbase_zh_CN"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/lianping_zh_CN.qm")));
    QApplication::installTranslator(&translator);
    struct Uninstall {
        QTranslator* a;
        QTranslator* b;
        ~Uninstall() {
            QApplication::removeTranslator(a);
            QApplication::removeTranslator(b);
            ui::Ask::setAnswer(true);
        }
    } uninstall{&translator, &qtTranslator};

    GuiFixture gui(120);
    ui::MainWindow& window = gui.window();
    Database& db = window.session().db();
    ui::Ask::setAnswer(true); // every confirmation answered yes, counted
    // The unit of the year: an agency enrolled in 2026.
    QString code;
    {
        Statement unit = db.prepare(
            "SELECT u.code FROM enrollments e JOIN campaigns c ON c.id = e.campaign_id "
            "JOIN units u ON u.id = e.unit_id JOIN unit_types t ON t.id = u.type_id "
            "WHERE c.year = 2026 AND t.code = 'agency' AND u.active = 1 ORDER BY u.code LIMIT 1");
        REQUIRE(unit.step());
        code = unit.text(0);
    }
    const int enrolled2026 = enrolledIn(db, 2026);
    REQUIRE(enrolled2026 > 0);
    REQUIRE_FALSE(CampaignRepository(db).find(2027));
    shoot(&window, QStringLiteral("00-main-window"));

    // 1. 文件 › 考评年度… › 新建年度…, 从上年度开始.
    QAction* years =
        menuAction(window.menuBar(), QStringLiteral("文件"), QStringLiteral("考评年度…"));
    REQUIRE(years);
    years->trigger();
    auto* campaigns = visibleWindow<ui::CampaignsDialog>();
    REQUIRE(campaigns);
    shoot(campaigns, QStringLiteral("01-campaign-years"));
    QAbstractButton* newYear = button(campaigns, QStringLiteral("新建年度…"));
    REQUIRE(newYear);
    newYear->click();
    auto* form = visibleWindow<ui::NewCampaignDialog>();
    REQUIRE(form);
    QCheckBox* fromLast = nullptr;
    for (QCheckBox* box : form->findChildren<QCheckBox*>())
        if (plain(box->text()) == QStringLiteral("从上年度开始"))
            fromLast = box;
    REQUIRE(fromLast);
    CHECK(fromLast->isChecked());
    CHECK(form->yearBox()->value() == 2027);
    shoot(form, QStringLiteral("02-new-year"));
    QDialogButtonBox* formButtons = form->findChild<QDialogButtonBox*>();
    REQUIRE(formButtons);
    QAbstractButton* create = nullptr;
    for (QAbstractButton* each : formButtons->buttons())
        if (formButtons->buttonRole(each) == QDialogButtonBox::AcceptRole)
            create = each;
    REQUIRE(create);
    CHECK(plain(create->text()) == QStringLiteral("建立年度…"));
    const int asked = ui::Ask::asked();
    create->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::NewCampaignDialog>(), 30000);
    CHECK(ui::Ask::asked() == asked + 1); // asked before creating
    REQUIRE(CampaignRepository(db).find(2027));
    CHECK(enrolledIn(db, 2027) == enrolled2026);
    REQUIRE(Enrollments::find(db, 2027, code).ok());
    CHECK(Enrollments::find(db, 2027, code)->state == State::Draft);
    CHECK(window.session().year() == 2027);
    CHECK(window.yearBox()->currentData().toInt() == 2027);
    CHECK(campaigns->messageLabel()->text().contains(QString::number(enrolled2026)));
    shoot(campaigns, QStringLiteral("03-campaign-years-created"));
    campaigns->close();

    // 2. 转到 › 考评细则: 新版本… of the agency rubric 2027 uses, an indicator's text changed,
    // saved.
    const std::int64_t usedBy2027 = Enrollments::find(db, 2027, code)->rubricId;
    const Rubric base = *RubricRepository(db).load(usedBy2027);
    const int newestBefore = RubricRepository(db).find(base.typeCode, base.year)->version;
    showPage(window, QStringLiteral("考评细则"));
    auto* rubrics = window.findChild<ui::RubricView*>();
    REQUIRE(rubrics);
    QTRY_VERIFY(rubrics->versions()->count() > 0);
    rubrics->selectRubric(usedBy2027);
    shoot(&window, QStringLiteral("04-rubrics-screen"));
    QAbstractButton* newVersion = button(rubrics, QStringLiteral("新版本…"));
    REQUIRE(newVersion);
    newVersion->click();
    ui::RubricEditor* editor = rubrics->editor();
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    QApplication::setActiveWindow(editor);
    CHECK_FALSE(editor->isReadOnly());
    editor->select({0, 0});
    editor->form()->text()->setFocus();
    editor->form()->text()->moveCursor(QTextCursor::End);
    GuiFixture::type(QStringLiteral("（2027年修订）"));
    shoot(editor, QStringLiteral("05-rubric-new-version-edited"));
    const int askedBeforeSave = ui::Ask::asked();
    editor->saveButton()->click();
    // Asked to save, then whether 2027 (nothing scored yet) should score by the new version.
    CHECK(ui::Ask::asked() == askedBeforeSave + 2);
    const std::optional<Rubric> saved = RubricRepository(db).find(base.typeCode, base.year);
    REQUIRE(saved);
    CHECK(saved->version == newestBefore + 1);
    CHECK(saved->dimensions[0].indicators[0].text.endsWith(QStringLiteral("（2027年修订）")));
    CHECK(RubricRepository(db).load(usedBy2027)->dimensions[0].indicators[0].text ==
          base.dimensions[0].indicators[0].text); // the old version stays as it was
    shoot(editor, QStringLiteral("06-rubric-saved"));
    editor->close();
    QApplication::processEvents();
    shoot(&window, QStringLiteral("07-rubrics-screen-after-save"));
    // Answered yes: 2027's units of the type are scored by the new version.
    CHECK(Enrollments::find(db, 2027, code)->rubricId == saved->id);

    // 3. 转到 › 考评打分: the unit's code typed, self-check scores typed, submitted.
    showPage(window, QStringLiteral("考评打分"));
    QApplication::setActiveWindow(&window); // the editor closed: back to the main window
    ui::ScoreSheetView* sheet = window.sheet();
    QLineEdit* codeEdit = nullptr;
    for (QLineEdit* edit : sheet->findChildren<QLineEdit*>())
        if (edit->placeholderText() == ui::ScoreSheetView::tr("Unit code, then Enter"))
            codeEdit = edit;
    REQUIRE(codeEdit);
    codeEdit->setFocus();
    codeEdit->selectAll();
    GuiFixture::type(code);
    GuiFixture::key(Qt::Key_Return);
    REQUIRE(sheet->unitCode() == code);
    REQUIRE(sheet->model()->enrollmentId() == Enrollments::find(db, 2027, code)->id);
    CHECK(sheet->model()->activeStep() == Step::Self);
    const int scored = typeScores(sheet, ui::ScoreSheetModel::Self);
    REQUIRE(scored > 0);
    const std::int64_t enrollmentId = Enrollments::find(db, 2027, code)->id;
    CHECK(static_cast<int>(ScoreRepository(db).load(enrollmentId, Step::Self).scores.size()) ==
          scored);
    CHECK(sheet->model()->stepTotal(Step::Self) == 200); // 100 points in half-points
    shoot(&window, QStringLiteral("08-sheet-self-check-typed"));
    CHECK(plain(sheet->advanceButton()->text()) == QStringLiteral("提交自查申报"));
    const int askedBeforeSubmit = ui::Ask::asked();
    sheet->advanceButton()->click();
    CHECK(ui::Ask::asked() > askedBeforeSubmit); // advancing asks first
    REQUIRE(Enrollments::find(db, 2027, code)->state == State::Submitted);
    QApplication::processEvents();
    shoot(&window, QStringLiteral("09-sheet-submitted"));

    // The county's review: the sheet moves to it; its scores and ballots typed, accepted.
    if (sheet->model()->activeStep() != Step::County) {
        WARN("FINDING: after submitting, the sheet did not move to the county review");
        sheet->stepBox()->setCurrentIndex(
            sheet->stepBox()->findData(static_cast<int>(Step::County)));
    }
    REQUIRE(sheet->model()->activeStep() == Step::County);
    CHECK(typeScores(sheet, ui::ScoreSheetModel::County) == scored);
    CHECK(static_cast<int>(ScoreRepository(db).load(enrollmentId, Step::County).scores.size()) ==
          scored);
    QAbstractButton* saveBallots = button(sheet, QStringLiteral("保存测评票数"));
    REQUIRE(saveBallots);
    const QList<QSpinBox*> ballots = saveBallots->parentWidget()->findChildren<QSpinBox*>();
    REQUIRE(ballots.size() == 3);
    const QStringList counts = {QStringLiteral("45"), QStringLiteral("4"), QStringLiteral("1")};
    for (int i = 0; i < 3; ++i) {
        ballots[i]->setFocus();
        ballots[i]->selectAll();
        GuiFixture::type(counts[i]);
    }
    saveBallots->click();
    const Sheet county = ScoreRepository(db).load(enrollmentId, Step::County);
    REQUIRE(county.survey);
    CHECK(county.survey->satisfied == 45);
    CHECK(county.survey->basic == 4);
    CHECK(county.survey->unsatisfied == 1);
    shoot(&window, QStringLiteral("10-sheet-county-typed"));
    CHECK(plain(sheet->advanceButton()->text()) == QStringLiteral("验收通过(县区考评完成)"));
    sheet->advanceButton()->click(); // sub-steps not recorded: asked, then the advance asked
    REQUIRE(Enrollments::find(db, 2027, code)->state == State::CountyAccepted);
    const Result<UnitResult> result = ResultService(db).forEnrollment(enrollmentId);
    REQUIRE(result);
    CHECK(result->finalStep);
    CHECK(result->outcome.grade != Grade::Unqualified);
    QApplication::processEvents();
    shoot(&window, QStringLiteral("11-sheet-accepted"));

    // 4. 转到 › 审核命名: only this unit ticked, the decision number typed, named.
    showPage(window, QStringLiteral("审核命名"));
    ui::NamingView* naming = window.naming();
    QApplication::processEvents();
    QTRY_VERIFY(naming->candidates()->rowCount() > 0);
    QTableWidget* candidates = naming->candidates();
    QAbstractButton* tickNone = button(naming, QStringLiteral("全不选"));
    if (tickNone)
        tickNone->click();
    else
        WARN("no 全不选 button in the naming screen");
    int row = -1;
    for (int r = 0; r < candidates->rowCount(); ++r)
        if (candidates->item(r, 0)->text() == code)
            row = r;
    REQUIRE(row >= 0);
    candidates->item(row, 0)->setCheckState(Qt::Checked);
    CHECK(naming->status()->text().contains(QStringLiteral("已勾选 1 个单位"))); // counted at once
    naming->decisionEdit()->setFocus();
    GuiFixture::type(QStringLiteral("广委〔2027〕5号"));
    shoot(&window, QStringLiteral("12-naming-candidates"));
    QAbstractButton* name = button(naming, QStringLiteral("命名勾选的单位…"));
    REQUIRE(name);
    const int askedBeforeNaming = ui::Ask::asked();
    name->click();
    CHECK(ui::Ask::asked() == askedBeforeNaming + 1);
    REQUIRE(Enrollments::find(db, 2027, code)->state == State::Named);
    {
        Statement decision = db.prepare(
            "SELECT n.decision FROM enrollments e JOIN namings n ON n.id = e.naming_id WHERE "
            "e.id = ?");
        decision.bind(1, enrollmentId);
        REQUIRE(decision.step());
        CHECK(decision.text(0) == QStringLiteral("广委〔2027〕5号"));
    }
    CHECK(naming->decisionEdit()->text().isEmpty()); // the next batch has its own number
    QApplication::processEvents();
    shoot(&window, QStringLiteral("13-naming-named"));

    // 5. The unit chosen in the year's decisions, 撤销命名…: reason, date, number, confirmed.
    QTreeWidget* batches = naming->batches();
    QTreeWidgetItem* named = nullptr;
    for (int i = 0; i < batches->topLevelItemCount(); ++i)
        if (batches->topLevelItem(i)->text(0) == QStringLiteral("广委〔2027〕5号"))
            for (int c = 0; c < batches->topLevelItem(i)->childCount(); ++c)
                if (batches->topLevelItem(i)->child(c)->data(0, Qt::UserRole).toString() == code)
                    named = batches->topLevelItem(i)->child(c);
    REQUIRE(named);
    batches->setCurrentItem(named);
    const QDate revokedOn = QDate::currentDate();
    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = visibleWindow<QDialog>(QStringLiteral("撤销命名"));
        if (!dialog)
            return;
        shoot(dialog, QStringLiteral("14-revoke-dialog"));
        auto* unit = dialog->findChild<QLineEdit*>(QStringLiteral("unit"));
        auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reason"));
        auto* document = dialog->findChild<QLineEdit*>(QStringLiteral("document"));
        auto* date = dialog->findChild<QDateEdit*>();
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        if (!unit || !reason || !document || !date || !buttons) {
            dialog->reject();
            return;
        }
        CHECK(unit->text() == code);
        reason->setFocus();
        GuiFixture::type(QStringLiteral("发生违纪违法案件"));
        date->setDate(revokedOn);
        document->setFocus();
        GuiFixture::type(QStringLiteral("广委〔2027〕9号"));
        shoot(dialog, QStringLiteral("15-revoke-dialog-filled"));
        filled = true;
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    QAbstractButton* revoke = button(naming, QStringLiteral("撤销命名…"));
    REQUIRE(revoke);
    const int askedBeforeRevoke = ui::Ask::asked();
    revoke->click();
    CHECK(filled);
    CHECK(ui::Ask::asked() == askedBeforeRevoke + 1); // confirmed
    REQUIRE(Enrollments::find(db, 2027, code)->state == State::Revoked);
    {
        Statement revocation = db.prepare(
            "SELECT reason, revoked_on, document FROM revocations WHERE enrollment_id = ?");
        revocation.bind(1, enrollmentId);
        REQUIRE(revocation.step());
        CHECK(revocation.text(0) == QStringLiteral("发生违纪违法案件"));
        CHECK(revocation.text(1) == revokedOn.toString(Qt::ISODate));
        CHECK(revocation.text(2) == QStringLiteral("广委〔2027〕9号"));
    }
    QApplication::processEvents();
    shoot(&window, QStringLiteral("16-naming-revoked"));
    // The decision stays in the year's batches, its unit marked as revoked.
    bool listedRevoked = false;
    for (int i = 0; i < batches->topLevelItemCount(); ++i)
        if (batches->topLevelItem(i)->text(0) == QStringLiteral("广委〔2027〕5号"))
            for (int c = 0; c < batches->topLevelItem(i)->childCount(); ++c)
                listedRevoked |=
                    batches->topLevelItem(i)->child(c)->text(0).contains(QStringLiteral("已撤销"));
    CHECK(listedRevoked);

    // The sheet of the revoked unit says its scores are final.
    showPage(window, QStringLiteral("考评打分"));
    shoot(&window, QStringLiteral("17-sheet-revoked"));
}
