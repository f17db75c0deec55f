// The rubric editor and the version diff (issue 13 item 2), driven through the Rubrics screen's
// buttons: a new version from the one in force, a maximum changed so the total is 99 (the
// message beside the field, saving refused), fixed, undone and redone with the keys, saved as
// version N+1; a version used in scoring is read-only and says why; .xlsx export and import
// round-trip; the diff dialog lists the change. Screenshots in zh_CN by name.
#include "GuiFixture.h"
#include "core/export/RubricXlsx.h"
#include "core/rubric/RubricJson.h"
#include "core/rubric/RubricRepository.h"
#include "ui/common/Ask.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Session.h"
#include "ui/rubric/RubricDiffDialog.h"
#include "ui/rubric/RubricEditor.h"
#include "ui/rubric/RubricView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

ui::RubricView* rubricsScreen(ui::MainWindow& window) {
    window.showPage(ui::MainWindow::Rubrics);
    auto* view = window.findChild<ui::RubricView*>();
    REQUIRE(view);
    QTest::qWait(0);
    for (int i = 0; i < 100 && view->versions()->count() == 0; ++i)
        QTest::qWait(20);
    REQUIRE(view->versions()->count() > 0);
    return view;
}

// Selects the newest version of the type and year in the list.
void selectVersion(ui::RubricView* view, Database& db, const char* type, int year) {
    const std::optional<Rubric> rubric = RubricRepository(db).find(QString::fromUtf8(type), year);
    REQUIRE(rubric);
    view->selectRubric(rubric->id);
}

ui::RubricEditor* openNewVersion(ui::RubricView* view) {
    view->newVersionButton()->click();
    ui::RubricEditor* editor = view->editor();
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    QApplication::setActiveWindow(editor);
    return editor;
}

// Puts the focus on the max of an indicator and steps it with the arrow keys.
void stepMax(ui::RubricEditor* editor, ui::RubricPath path, int steps) {
    editor->select(path);
    editor->form()->max()->setFocus();
    for (int i = 0; i < std::abs(steps); ++i)
        GuiFixture::key(steps < 0 ? Qt::Key_Down : Qt::Key_Up);
}

int versionsOf(Database& db, const char* type, int year) {
    const std::optional<Rubric> newest = RubricRepository(db).find(QString::fromUtf8(type), year);
    return newest ? newest->version : 0;
}

} // namespace

TEST_CASE("gui: a new rubric version is edited, refused at 99, undone, redone and saved") {
    GuiFixture gui(60);
    ui::MainWindow& window = gui.window();
    Database& db = window.session().db();
    const int before = versionsOf(db, "agency", 2026);
    REQUIRE(before >= 1);
    const Rubric inForce = *RubricRepository(db).find(QStringLiteral("agency"), 2026);
    const HalfPoints firstMax = *inForce.dimensions[0].indicators[0].max;
    const HalfPoints secondMax = *inForce.dimensions[0].indicators[1].max;

    ui::RubricView* view = rubricsScreen(window);
    selectVersion(view, db, "agency", 2026);
    ui::RubricEditor* editor = openNewVersion(view);
    CHECK_FALSE(editor->isReadOnly());
    CHECK_FALSE(editor->frozenLabel()->isVisible());
    CHECK(editor->problems().empty());
    CHECK(editor->tree()->topLevelItemCount() == static_cast<int>(inForce.dimensions.size()));

    // One point off the first indicator: 99, said beside the max and in the total.
    stepMax(editor, {0, 0}, -2);
    CHECK(*editor->rubric().dimensions[0].indicators[0].max == firstMax - 2);
    const QString message = editor->form()->message(ui::RubricForm::Field::Max);
    CHECK(message.contains(QStringLiteral("99")));
    CHECK(message.contains(QStringLiteral("100")));
    CHECK(editor->totalLabel()->text().contains(QStringLiteral("99")));
    const int asked = ui::Ask::asked();
    editor->saveButton()->click();
    CHECK(versionsOf(db, "agency", 2026) == before); // refused
    CHECK(ui::Ask::asked() == asked);                // a message says why; nothing to confirm
    CHECK(ui::Ask::lastWarning().contains(QStringLiteral("99")));

    // Fixed on the second indicator: the message goes.
    stepMax(editor, {0, 1}, 2);
    CHECK(editor->problems().empty());
    CHECK(editor->form()->message(ui::RubricForm::Field::Max).isEmpty());
    CHECK(editor->undoStack()->count() == 2);

    // Ctrl+Z from the field takes the whole step back; Ctrl+Shift+Z brings it again.
    GuiFixture::key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(*editor->rubric().dimensions[0].indicators[1].max == secondMax);
    CHECK(editor->form()->message(ui::RubricForm::Field::Max).contains(QStringLiteral("99")));
    editor->tree()->setFocus();
    GuiFixture::key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(*editor->rubric().dimensions[0].indicators[1].max == secondMax + 2);
    CHECK(editor->problems().empty());

    // A text edit, then save: confirmed, stored as version N+1 with the change.
    editor->select({0, 0});
    editor->form()->text()->setFocus();
    editor->form()->text()->moveCursor(QTextCursor::End);
    GuiFixture::type(QStringLiteral("（修订）"));
    CHECK(editor->rubric().dimensions[0].indicators[0].text.endsWith(QStringLiteral("（修订）")));
    editor->saveButton()->click();
    CHECK(ui::Ask::asked() == asked + 1); // confirmed first
    REQUIRE(versionsOf(db, "agency", 2026) == before + 1);
    const Rubric saved = *RubricRepository(db).find(QStringLiteral("agency"), 2026);
    CHECK(saved.version == before + 1);
    CHECK_FALSE(saved.frozen);
    CHECK(*saved.dimensions[0].indicators[0].max == firstMax - 2);
    CHECK(*saved.dimensions[0].indicators[1].max == secondMax + 2);
    CHECK(saved.dimensions[0].indicators[0].text.endsWith(QStringLiteral("（修订）")));
    CHECK(editor->statusLabel()->text().contains(QString::number(before + 1)));
    CHECK(editor->undoStack()->isClean());
    // The screen lists the new version.
    QTRY_VERIFY(view->versions()->currentItem() && view->versions()->currentItem()->text().contains(
                                                       QStringLiteral("v%1").arg(before + 1)));
    editor->close();

    // The diff of the two versions lists the change.
    view->compareButton()->click();
    ui::RubricDiffDialog* diff = view->diffDialog();
    REQUIRE(diff);
    QTableWidget* table = diff->table();
    bool maxChanged = false;
    bool textChanged = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString code = table->item(row, ui::RubricDiffDialog::Code)->text();
        const QString field = table->item(row, ui::RubricDiffDialog::Field)->text();
        if (code == inForce.dimensions[0].indicators[0].code &&
            field == RubricDiff::label(IndicatorChange::Field::Max)) {
            maxChanged = true;
            CHECK(table->item(row, ui::RubricDiffDialog::Change)->text() ==
                  RubricDiff::label(IndicatorChange::Kind::Changed));
            CHECK(table->item(row, ui::RubricDiffDialog::Before)->text() == formatPoints(firstMax));
            CHECK(table->item(row, ui::RubricDiffDialog::After)->text() ==
                  formatPoints(firstMax - 2));
        }
        textChanged = textChanged || (code == inForce.dimensions[0].indicators[0].code &&
                                      field == RubricDiff::label(IndicatorChange::Field::Text));
    }
    CHECK(maxChanged);
    CHECK(textChanged);
    CHECK_FALSE(diff->summary()->text().isEmpty());
}

TEST_CASE("gui: a rubric version used in scoring opens read-only and says why") {
    GuiFixture gui(60);
    ui::MainWindow& window = gui.window();
    Database& db = window.session().db();
    const Rubric used = *RubricRepository(db).find(QStringLiteral("agency"), 2026);
    REQUIRE(used.frozen); // the demo's 2026 campaign scores with it
    ui::RubricView* view = rubricsScreen(window);
    view->selectRubric(used.id);
    view->editButton()->click();
    ui::RubricEditor* editor = view->editor();
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    CHECK(editor->isReadOnly());
    CHECK(editor->frozenLabel()->isVisible());
    CHECK(editor->frozenLabel()->text() ==
          ui::RubricEditor::tr("Used in scoring: it cannot be changed; make a new version"));
    CHECK_FALSE(editor->saveButton()->isEnabled());
    CHECK_FALSE(editor->removeButton()->isEnabled());
    CHECK_FALSE(editor->importButton()->isEnabled());
    CHECK(editor->exportButton()->isEnabled());
    editor->select({0, 0});
    CHECK(editor->form()->code()->isReadOnly());
    CHECK_FALSE(editor->form()->max()->isEnabled());
    editor->tree()->setFocus();
    GuiFixture::key(Qt::Key_Delete);
    CHECK(editor->rubric().dimensions[0].indicators.size() == used.dimensions[0].indicators.size());
    CHECK(editor->undoStack()->count() == 0);
    // From here a new version can be started.
    editor->newVersionButton()->click();
    CHECK_FALSE(editor->isReadOnly());
    CHECK(editor->saveButton()->isEnabled());
    editor->close();
}

TEST_CASE("gui: rubric export and import as .xlsx round-trip in the editor") {
    GuiFixture gui(30);
    ui::MainWindow& window = gui.window();
    Database& db = window.session().db();
    ui::RubricView* view = rubricsScreen(window);
    selectVersion(view, db, "school", 2026);
    ui::RubricEditor* editor = openNewVersion(view);
    const QByteArray original = RubricJson::serialize(editor->rubric());

    const QString path = gui.path(QStringLiteral("细则.xlsx"));
    ui::FileDialog::setNextFileName(path);
    editor->exportButton()->click();
    REQUIRE(QFile::exists(path));
    CHECK(RubricJson::serialize(*RubricXlsx::read(path)) == original);
    CHECK(editor->statusLabel()->text().contains(QStringLiteral("xlsx")));

    // Structure edits with the keys: an indicator added (Insert), one removed (Delete), moved.
    editor->select({1, 0});
    editor->tree()->setFocus();
    GuiFixture::key(Qt::Key_Insert);
    CHECK(editor->rubric().dimensions[1].indicators.size() == 5);
    editor->tree()->setFocus();
    GuiFixture::key(Qt::Key_Down, Qt::AltModifier);
    CHECK(editor->rubric().dimensions[1].indicators[2].text ==
          ui::RubricEditor::tr("New indicator"));
    CHECK_FALSE(editor->problems().empty()); // its max is 0
    GuiFixture::key(Qt::Key_Delete);
    CHECK(editor->rubric().dimensions[1].indicators.size() == 4);
    editor->select({0, 0});
    editor->tree()->setFocus();
    GuiFixture::key(Qt::Key_Delete);
    CHECK(RubricJson::serialize(editor->rubric()) != original);

    ui::FileDialog::setNextFileName(path);
    editor->importButton()->click();
    CHECK(RubricJson::serialize(editor->rubric()) == original);
    // The import is one undo step.
    editor->undoStack()->undo();
    CHECK(RubricJson::serialize(editor->rubric()) != original);
    editor->undoStack()->redo();

    // A refused file changes nothing and says why.
    const QString bad = gui.writeFile(QStringLiteral("bad.xlsx"), "not a workbook");
    ui::FileDialog::setNextFileName(bad);
    const int steps = editor->undoStack()->count();
    editor->importButton()->click();
    CHECK(editor->undoStack()->count() == steps);
    CHECK(ui::Ask::lastWarning().contains(QStringLiteral("bad.xlsx")));
    editor->close();
}

// For people to look at (zh_CN): build/screenshots/rubric/*.png. Run by name.
TEST_CASE("gui: rubric screenshots in zh_CN", "[.shots]") {
    QTranslator qtTranslator;
    REQUIRE(qtTranslator.load(QStringLiteral("qtbase_zh_CN"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/lianping_zh_CN.qm")));
    QApplication::installTranslator(&translator);
    const QString folder = qEnvironmentVariableIsSet("LIANPING_RUBRIC_SHOTS")
                               ? qEnvironmentVariable("LIANPING_RUBRIC_SHOTS")
                               : QStringLiteral(LIANPING_SCREENSHOTS "/rubric");
    QDir().mkpath(folder);
    const auto save = [&folder](QWidget* widget, const QString& name) {
        widget->show();
        QTest::qWait(80);
        CHECK(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    {
        GuiFixture gui(60);
        ui::MainWindow& window = gui.window();
        Database& db = window.session().db();
        ui::RubricView* view = rubricsScreen(window);
        selectVersion(view, db, "agency", 2026);
        view->editButton()->click();
        ui::RubricEditor* frozen = view->editor();
        REQUIRE(frozen);
        CHECK(frozen->frozenLabel()->text() == QStringLiteral("已用于评分，不能修改；请新建版本"));
        frozen->select({0, 0});
        save(frozen, QStringLiteral("1-frozen-read-only"));
        frozen->close();

        ui::RubricEditor* editor = openNewVersion(view);
        stepMax(editor, {0, 0}, -2);
        save(editor, QStringLiteral("2-editor-total-99"));
        stepMax(editor, {0, 1}, 2);
        editor->select({1, 0});
        editor->form()->max()->setFocus();
        GuiFixture::key(Qt::Key_Up);
        GuiFixture::key(Qt::Key_Up);
        editor->select({1, 1});
        editor->form()->max()->setFocus();
        GuiFixture::key(Qt::Key_Down);
        GuiFixture::key(Qt::Key_Down);
        save(editor, QStringLiteral("3-editor-valid"));
        // One indicator removed and one added in its place, typed as a person would.
        editor->select({3, 1});
        editor->tree()->setFocus();
        GuiFixture::key(Qt::Key_Delete);
        editor->select({3, 0});
        editor->tree()->setFocus();
        GuiFixture::key(Qt::Key_Insert);
        editor->form()->code()->setFocus();
        GuiFixture::key(Qt::Key_A, Qt::ControlModifier);
        GuiFixture::type(QStringLiteral("D4.3"));
        editor->form()->text()->setFocus();
        GuiFixture::key(Qt::Key_A, Qt::ControlModifier);
        GuiFixture::type(QStringLiteral("家风建设好：领导干部家庭助廉活动每年不少于一次"));
        editor->form()->max()->setFocus();
        GuiFixture::key(Qt::Key_A, Qt::ControlModifier);
        GuiFixture::type(QStringLiteral("10"));
        CHECK(editor->problems().empty());
        editor->saveButton()->click();
        save(editor, QStringLiteral("4-editor-saved"));
        editor->close();
        save(&window, QStringLiteral("5-rubrics-screen"));
        view->compareButton()->click();
        REQUIRE(view->diffDialog());
        save(view->diffDialog(), QStringLiteral("6-diff"));
        view->diffDialog()->close();
    }
    QApplication::removeTranslator(&translator);
    QApplication::removeTranslator(&qtTranslator);
}
