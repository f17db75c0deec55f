// The scoring sheet by keyboard: type a number, Enter, next indicator; refusal of a wrong
// value on the spot; undo and redo through the database; the pipeline buttons.
#include "GuiFixture.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Enrollments.h"
#include "core/common/Labels.h"
#include "core/pipeline/Pipeline.h"
#include "core/registry/UnitRepository.h"
#include "core/rubric/RubricRepository.h"
#include "core/scoring/ResultService.h"
#include "core/scoring/ScoreRepository.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"
#include "ui/scoring/ReviewStepsBox.h"
#include "ui/scoring/ScoreSheetModel.h"
#include "ui/scoring/ScoreSheetView.h"
#include "ui/scoring/ScoreTree.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

void addEnrolledAgency(Database& db, const QString& code) {
    Transaction transaction(db);
    REQUIRE(UnitRepository(db)
                .add(UnitInput{code,
                               QStringLiteral("键盘测试局"),
                               QStringLiteral("agency"),
                               QStringLiteral("利州区"),
                               {},
                               false,
                               {}})
                .ok());
    REQUIRE(CampaignRepository(db).enroll(2026, UnitFilter{}, {code}).ok());
    REQUIRE(transaction.commit().ok());
}

std::map<QString, QString> stored(Database& db, const QString& code, Step step) {
    const Enrollment enrollment = *Enrollments::find(db, 2026, code);
    const Sheet sheet = ScoreRepository(db).load(enrollment.id, step);
    std::map<QString, QString> byCode;
    Statement codes = db.prepare("SELECT id, code FROM indicators WHERE rubric_id = ?");
    codes.bind(1, enrollment.rubricId);
    while (codes.step()) {
        const auto found = sheet.scores.find(codes.int64(0));
        if (found != sheet.scores.end())
            byCode[codes.text(1)] = formatPoints(found->second.points);
    }
    return byCode;
}

State state(Database& db, const QString& code) {
    return Enrollments::find(db, 2026, code)->state;
}

} // namespace

TEST_CASE("gui: a full scoring sheet entered by keyboard is stored as typed, with undo and redo") {
    GuiFixture gui(60);
    Database& db = gui.window().session().db();
    addEnrolledAgency(db, QStringLiteral("KB1"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    QAbstractItemModelTester tester(sheet->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    sheet->openUnit(QStringLiteral("KB1"));
    gui.window().showPage(ui::MainWindow::Assessment);
    QApplication::processEvents();
    CHECK(sheet->model()->activeStep() == Step::Self);
    REQUIRE(sheet->tree()->currentIndex().column() == ui::ScoreSheetModel::Self);
    sheet->tree()->setFocus();

    // Ten indicators: type the points and Enter; the cursor moves to the next one itself.
    const QStringList points = {QStringLiteral("8"),  QStringLiteral("9.5"), QStringLiteral("10"),
                                QStringLiteral("7"),  QStringLiteral("6.5"), QStringLiteral("9"),
                                QStringLiteral("8"),  QStringLiteral("10"),  QStringLiteral("9"),
                                QStringLiteral("8.5")};
    for (const QString& value : points) {
        GuiFixture::type(value);
        GuiFixture::key(Qt::Key_Return);
    }
    const std::map<QString, QString> self = stored(db, QStringLiteral("KB1"), Step::Self);
    REQUIRE(self.size() == 10);
    CHECK(self.at(QStringLiteral("D1.1")) == QStringLiteral("8"));
    CHECK(self.at(QStringLiteral("D1.2")) == QStringLiteral("9.5"));
    CHECK(self.at(QStringLiteral("D4.2")) == QStringLiteral("8.5"));
    CHECK(sheet->model()->stepTotal(Step::Self) == 171); // 85.5 points in half-points
    CHECK(sheet->totalsLabel()->text().contains(QStringLiteral("85.5")));

    // A wrong value is refused at once and nothing is stored.
    sheet->tree()->setCurrentIndex(
        sheet->model()->indexOf(QStringLiteral("D1.1"), ui::ScoreSheetModel::Self));
    sheet->tree()->setFocus();
    GuiFixture::type(QStringLiteral("12"));
    GuiFixture::key(Qt::Key_Return);
    CHECK(sheet->messageLabel()->text().contains(QStringLiteral("D1.1")));
    GuiFixture::key(Qt::Key_Escape);
    CHECK(stored(db, QStringLiteral("KB1"), Step::Self).at(QStringLiteral("D1.1")) ==
          QStringLiteral("8"));

    // Two edits of one cell merge into one undo step; undo and redo go to the database.
    QUndoStack& undo = gui.window().undoStack();
    const int steps = undo.count();
    sheet->tree()->setCurrentIndex(
        sheet->model()->indexOf(QStringLiteral("D1.1"), ui::ScoreSheetModel::Self));
    sheet->tree()->setFocus();
    GuiFixture::type(QStringLiteral("5"));
    GuiFixture::key(Qt::Key_Return);
    sheet->tree()->setCurrentIndex(
        sheet->model()->indexOf(QStringLiteral("D1.1"), ui::ScoreSheetModel::Self));
    sheet->tree()->setFocus();
    GuiFixture::type(QStringLiteral("4"));
    GuiFixture::key(Qt::Key_Return);
    CHECK(undo.count() == steps + 1);
    CHECK(stored(db, QStringLiteral("KB1"), Step::Self).at(QStringLiteral("D1.1")) ==
          QStringLiteral("4"));
    QTest::keyClick(&gui.window(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored(db, QStringLiteral("KB1"), Step::Self).at(QStringLiteral("D1.1")) ==
          QStringLiteral("8"));
    CHECK(sheet->model()
              ->data(sheet->model()->indexOf(QStringLiteral("D1.1"), ui::ScoreSheetModel::Self))
              .toString() == QStringLiteral("8"));
    undo.redo();
    CHECK(stored(db, QStringLiteral("KB1"), Step::Self).at(QStringLiteral("D1.1")) ==
          QStringLiteral("4"));
    undo.undo();
    undo.undo(); // the last D4.2 entry
    CHECK(stored(db, QStringLiteral("KB1"), Step::Self).count(QStringLiteral("D4.2")) == 0);
    undo.redo();
    CHECK(stored(db, QStringLiteral("KB1"), Step::Self).at(QStringLiteral("D4.2")) ==
          QStringLiteral("8.5"));
}

TEST_CASE("gui: the pipeline buttons carry a unit from self-check to county acceptance") {
    GuiFixture gui(60);
    Database& db = gui.window().session().db();
    addEnrolledAgency(db, QStringLiteral("KB2"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    sheet->openUnit(QStringLiteral("KB2"));
    CHECK(sheet->advanceButton()->isEnabled());
    CHECK_FALSE(sheet->returnButton()->isEnabled());
    QTest::mouseClick(sheet->advanceButton(), Qt::LeftButton);
    CHECK(state(db, QStringLiteral("KB2")) == State::Submitted);
    // The county review is now the active step: its column takes the keyboard.
    CHECK(sheet->model()->activeStep() == Step::County);
    CHECK_FALSE(sheet->model()->flags(
                    sheet->model()->indexOf(QStringLiteral("D1.1"), ui::ScoreSheetModel::Self)) &
                Qt::ItemIsEditable);
    sheet->tree()->setFocus();
    for (int i = 0; i < 10; ++i) {
        GuiFixture::type(QStringLiteral("9"));
        GuiFixture::key(Qt::Key_Return);
    }
    CHECK(stored(db, QStringLiteral("KB2"), Step::County).size() == 10);
    QTest::mouseClick(sheet->advanceButton(), Qt::LeftButton);
    CHECK(state(db, QStringLiteral("KB2")) == State::CountyAccepted);
    const UnitResult result =
        *ResultService(db).forEnrollment(Enrollments::find(db, 2026, QStringLiteral("KB2"))->id);
    CHECK(result.outcome.sOrg == Approx(90.0));
    CHECK(result.outcome.grade == Grade::Excellent);
    CHECK(sheet->historyList()->count() >= 12);
    CHECK(sheet->historyList()->item(0)->text().contains(
        QStringLiteral("submitted → county accepted")));
}

TEST_CASE("gui: survey ballots go through undo and redo like scores") {
    GuiFixture gui(30);
    Database& db = gui.window().session().db();
    addEnrolledAgency(db, QStringLiteral("KB3"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    sheet->openUnit(QStringLiteral("KB3"));
    sheet->stepBox()->setCurrentIndex(sheet->stepBox()->findData(static_cast<int>(Step::County)));
    REQUIRE(sheet->model()->activeStep() == Step::County);
    REQUIRE(sheet->model()->setSurvey(Survey{40, 8, 2}).ok());
    const std::int64_t id = Enrollments::find(db, 2026, QStringLiteral("KB3"))->id;
    CHECK(ScoreRepository(db).load(id, Step::County).survey->satisfied == 40);
    gui.window().undoStack().undo();
    CHECK(ScoreRepository(db).load(id, Step::County).survey->ballots() == 0);
    gui.window().undoStack().redo();
    CHECK(ScoreRepository(db).load(id, Step::County).survey->basic == 8);
    sheet->stepBox()->setCurrentIndex(sheet->stepBox()->findData(static_cast<int>(Step::Self)));
    CHECK_FALSE(sheet->model()->setSurvey(Survey{1, 0, 0}).ok());
}

TEST_CASE("gui: points typed with full-width digits (an input method left on) are stored") {
    GuiFixture gui(60);
    Database& db = gui.window().session().db();
    addEnrolledAgency(db, QStringLiteral("FW1"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    sheet->openUnit(QStringLiteral("FW1"));
    gui.window().showPage(ui::MainWindow::Assessment);
    QApplication::processEvents();
    sheet->tree()->setFocus();
    GuiFixture::type(QStringLiteral("８．５")); // as a Chinese input method types 8.5
    GuiFixture::key(Qt::Key_Return);
    GuiFixture::type(QStringLiteral("\u3000９\u3000"));
    GuiFixture::key(Qt::Key_Return);
    const std::map<QString, QString> self = stored(db, QStringLiteral("FW1"), Step::Self);
    REQUIRE(self.size() == 2);
    CHECK(self.at(QStringLiteral("D1.1")) == QStringLiteral("8.5"));
    CHECK(self.at(QStringLiteral("D1.2")) == QStringLiteral("9"));
}

TEST_CASE("gui: a score the file refuses (another program writing) stays in its cell, unsaved") {
    GuiFixture gui(60);
    Database& db = gui.window().session().db();
    addEnrolledAgency(db, QStringLiteral("BZ1"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    sheet->openUnit(QStringLiteral("BZ1"));
    gui.window().showPage(ui::MainWindow::Assessment);
    QApplication::processEvents();
    const QModelIndex first =
        sheet->model()->indexOf(QStringLiteral("D1.1"), ui::ScoreSheetModel::Self);
    sheet->tree()->setCurrentIndex(first);
    sheet->tree()->setFocus();

    // Another program holds the write lock longer than the busy timeout.
    Result<std::unique_ptr<Database>> other =
        Workspace::open(gui.dbPath(), QStringLiteral("另一程序"));
    REQUIRE(other.ok());
    REQUIRE((*other)->exec("BEGIN IMMEDIATE").ok());
    GuiFixture::type(QStringLiteral("7"));
    GuiFixture::key(Qt::Key_Return);
    CHECK(stored(db, QStringLiteral("BZ1"), Step::Self).empty());
    CHECK(sheet->tree()->currentIndex() == first); // did not move on as if stored
    CHECK(sheet->model()->unsaved().count(QStringLiteral("D1.1")) == 1);
    CHECK(first.data(Qt::DisplayRole).toString() == QStringLiteral("7"));
    CHECK(first.data(Qt::BackgroundRole).value<QBrush>().color() == QColor(0xffcdd2));
    CHECK(sheet->messageLabel()->text().contains(QStringLiteral("D1.1")));

    // The other program finishes; Enter on the red cell stores it and the alarm goes.
    REQUIRE((*other)->exec("ROLLBACK").ok());
    GuiFixture::type(QStringLiteral("7"));
    GuiFixture::key(Qt::Key_Return);
    CHECK(stored(db, QStringLiteral("BZ1"), Step::Self).at(QStringLiteral("D1.1")) ==
          QStringLiteral("7"));
    CHECK(sheet->model()->unsaved().empty());
    INFO(sheet->messageLabel()->text().toStdString());
    CHECK(sheet->messageLabel()->text().isEmpty());
    CHECK(sheet->tree()->currentIndex() ==
          sheet->model()->indexOf(QStringLiteral("D1.2"), ui::ScoreSheetModel::Self));
}

TEST_CASE("gui: the dimension profile names every dimension and follows the unit on screen") {
    GuiFixture gui(60);
    Database& db = gui.window().session().db();
    addEnrolledAgency(db, QStringLiteral("KB3"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    gui.window().showPage(ui::MainWindow::Assessment);
    sheet->openUnit(QStringLiteral("KB3"));
    const auto profileAxis = [sheet]() -> QBarCategoryAxis* {
        for (QChartView* view : sheet->findChildren<QChartView*>())
            if (view->chart())
                for (QAbstractAxis* axis : view->chart()->axes())
                    if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                        return categories;
        return nullptr;
    };
    QBarCategoryAxis* axis = profileAxis();
    REQUIRE(axis);
    QStringList scored;
    for (const Dimension& dimension : sheet->model()->rubric().dimensions)
        for (const Indicator& indicator : dimension.indicators)
            if (!indicator.veto && !scored.contains(dimension.code))
                scored << dimension.code;
    CHECK(axis->categories() == scored);
    CHECK(axis->orientation() == Qt::Horizontal); // upright bars: every code has room
    // Another code with no unit, then no file: no bars of the unit before.
    sheet->openUnit(QStringLiteral("NOPE"));
    axis = profileAxis();
    CHECK((axis == nullptr || axis->count() == 0));
}

TEST_CASE("gui: advancing a unit asks first, and No leaves it where it was") {
    GuiFixture gui(60);
    Database& db = gui.window().session().db();
    addEnrolledAgency(db, QStringLiteral("KB4"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    sheet->openUnit(QStringLiteral("KB4"));
    CHECK(sheet->surveyHint()->isHidden()); // the self-check takes no ballots
    REQUIRE(sheet->advanceButton()->isEnabled());
    const int before = ui::Ask::asked();
    ui::Ask::setAnswer(false);
    QTest::mouseClick(sheet->advanceButton(), Qt::LeftButton);
    CHECK(ui::Ask::asked() == before + 1);
    CHECK(state(db, QStringLiteral("KB4")) == State::Draft);
    ui::Ask::setAnswer(true);
    QTest::mouseClick(sheet->advanceButton(), Qt::LeftButton);
    CHECK(state(db, QStringLiteral("KB4")) == State::Submitted);
}

TEST_CASE("gui: the county review's sub-steps are a checklist, and accepting without them asks") {
    GuiFixture gui(60);
    Database& db = gui.window().session().db();
    addEnrolledAgency(db, QStringLiteral("KB5"));
    ui::Ask::setAnswer(true);
    ui::ScoreSheetView* sheet = gui.window().sheet();
    sheet->openUnit(QStringLiteral("KB5"));
    QTest::mouseClick(sheet->advanceButton(), Qt::LeftButton); // submitted
    REQUIRE(state(db, QStringLiteral("KB5")) == State::Submitted);
    sheet->openUnit(QStringLiteral("KB5"));
    // The county's step has no ballots yet: the box says so instead of showing 0/0/0 as counted.
    CHECK_FALSE(sheet->surveyHint()->isHidden());
    CHECK(sheet->surveyHint()->text().contains(sheet->stepBox()->currentText()));
    QListWidget* list = sheet->reviewSteps()->list();
    REQUIRE(list->count() == 6);
    CHECK(list->item(0)->text().contains(QStringLiteral("考前公示")));
    CHECK(list->item(0)->checkState() == Qt::Unchecked);
    // Record 考前公示 through its dialog.
    QTimer::singleShot(0, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible()) {
                dialog->findChild<QDateEdit*>()->setDate(QDate(2026, 9, 1));
                dialog->findChild<QLineEdit*>()->setText(QStringLiteral("公示7天"));
                dialog->accept();
            }
    });
    emit list->itemActivated(list->item(0));
    CHECK(list->item(0)->checkState() == Qt::Checked);
    CHECK(list->item(0)->text().contains(QStringLiteral("2026-09-01")));
    CHECK(sheet->reviewSteps()->missing().size() == 5);
    // Accepting now asks about the five missing, then about the move; No to the first stops.
    const int before = ui::Ask::asked();
    ui::Ask::setAnswer(false);
    QTest::mouseClick(sheet->advanceButton(), Qt::LeftButton);
    CHECK(ui::Ask::asked() == before + 1);
    CHECK(state(db, QStringLiteral("KB5")) == State::Submitted);
    ui::Ask::setAnswer(true);
    QTest::mouseClick(sheet->advanceButton(), Qt::LeftButton);
    CHECK(ui::Ask::asked() == before + 3);
    CHECK(state(db, QStringLiteral("KB5")) == State::CountyAccepted);
    bool noted = false;
    for (int i = 0; i < sheet->historyList()->count(); ++i)
        noted = noted || sheet->historyList()->item(i)->text().contains(QStringLiteral("走访"));
    CHECK(noted);
}

namespace {

// A unit scored in full by itself and the county, then accepted by the county.
void acceptedUnit(Database& db, const QString& code) {
    addEnrolledAgency(db, code);
    const Enrollment enrollment = *Enrollments::find(db, 2026, code);
    const Rubric rubric = *RubricRepository(db).load(enrollment.rubricId);
    const auto scoreAll = [&](Step step) {
        for (const Dimension& dimension : rubric.dimensions)
            for (const Indicator& indicator : dimension.indicators)
                if (!indicator.veto)
                    REQUIRE(ScoreRepository(db)
                                .setScore(enrollment, indicator.code, *indicator.max, step)
                                .ok());
    };
    scoreAll(Step::Self);
    REQUIRE(Pipeline(db).advance(2026, code, State::Submitted).ok());
    scoreAll(Step::County);
    REQUIRE(Pipeline(db).advance(2026, code, State::CountyAccepted).ok());
}

void nameAndRevoke(Database& db, const QString& code) {
    REQUIRE(Pipeline(db)
                .name(NamingBatch{
                    2026, QStringLiteral("广委〔2026〕12号"), QStringLiteral("2026-12-01"), {code}})
                .ok());
    REQUIRE(Pipeline(db)
                .revoke(code, QStringLiteral("发生违纪"), QStringLiteral("2026-12-05"),
                        QStringLiteral("广委〔2026〕15号"))
                .ok());
}

} // namespace

TEST_CASE("gui: an accepted unit says it can be named and a revoked one shows no grade") {
    GuiFixture gui(60);
    Database& db = gui.window().session().db();
    acceptedUnit(db, QStringLiteral("KB6"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    const QString ready = ui::ScoreSheetView::tr("Ready to be named: see the Naming screen.");
    sheet->openUnit(QStringLiteral("KB6"));
    CHECK(sheet->totalsLabel()->text().contains(ready));
    CHECK(sheet->gradeLabel()->text() == Labels::grade(QStringLiteral("excellent")));
    nameAndRevoke(db, QStringLiteral("KB6"));
    sheet->openUnit(QStringLiteral("KB6"));
    CHECK(sheet->gradeLabel()->text() == ui::ScoreSheetView::tr("Naming revoked"));
    CHECK_FALSE(sheet->totalsLabel()->text().contains(ready));
    // It opens on the county's review, whose sheet gave its result, not on its self-check.
    CHECK(sheet->stepBox()->currentData().toInt() == static_cast<int>(Step::County));
    // Its ballots take no entry: no hint to enter them, the fields and the button off.
    CHECK(sheet->surveyHint()->isHidden());
    CHECK_FALSE(sheet->saveSurveyButton()->isEnabled());
}

// For people to look at (zh_CN): build/screenshots/sheet/*.png. Run by name.
TEST_CASE("gui: sheet hint screenshots in zh_CN", "[.shots]") {
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/lianping_zh_CN.qm")));
    QApplication::installTranslator(&translator);
    const QString folder = QStringLiteral(LIANPING_SCREENSHOTS "/sheet");
    QDir().mkpath(folder);
    GuiFixture gui(60);
    Database& db = gui.window().session().db();
    acceptedUnit(db, QStringLiteral("KB7"));
    ui::MainWindow& window = gui.window();
    window.resize(1400, 900);
    window.show();
    window.showPage(ui::MainWindow::Assessment);
    window.sheet()->openUnit(QStringLiteral("KB7"));
    QTest::qWait(80);
    CHECK(window.grab().save(folder + QStringLiteral("/accepted-ready-to-name.png")));
    nameAndRevoke(db, QStringLiteral("KB7"));
    window.sheet()->openUnit(QStringLiteral("KB7"));
    QTest::qWait(80);
    CHECK(window.grab().save(folder + QStringLiteral("/revoked.png")));
    QApplication::removeTranslator(&translator);
}
