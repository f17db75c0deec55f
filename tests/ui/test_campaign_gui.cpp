// Campaign years in the desktop (issue 13 item 1, issue 17 item 4): File › Campaign years…
// creates 2027 from 2026 through the form — units enrolled again, open items carried over —
// the year box follows, last year's grade shows in the registry and on the sheet, a scored
// year's settings are read-only with core's reason, sub-steps and minimum sample are saved.
#include "GuiFixture.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/ReviewSteps.h"
#include "core/common/Labels.h"
#include "core/followup/FollowUps.h"
#include "core/followup/Rectifications.h"
#include "core/index/Surveys.h"
#include "core/registry/UnitRepository.h"
#include "core/services/CampaignSetup.h"
#include "ui/campaign/CampaignForm.h"
#include "ui/campaign/CampaignSettingsDialog.h"
#include "ui/campaign/CampaignsDialog.h"
#include "ui/campaign/EnrollDialog.h"
#include "ui/campaign/NewCampaignDialog.h"
#include "ui/campaign/PreviousGradeLabel.h"
#include "ui/campaign/PreviousGrades.h"
#include "ui/campaign/ReviewStepsEditor.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"
#include "ui/common/Settings.h"
#include "ui/registry/RegistryView.h"
#include "ui/registry/UnitTableModel.h"
#include "ui/scoring/ScoreSheetView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

QAction* menuAction(QMenuBar* bar, const QString& text) {
    for (QAction* top : bar->actions())
        if (top->menu())
            for (QAction* action : top->menu()->actions())
                if (action->text() == text)
                    return action;
    return nullptr;
}

ui::CampaignsDialog* openCampaigns(ui::MainWindow& window) {
    QAction* action = menuAction(window.menuBar(), ui::MainWindow::tr("Campaign &years…"));
    REQUIRE(action);
    action->trigger();
    auto* dialog = window.findChild<ui::CampaignsDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

std::int64_t enrolledIn(Database& db, int year) {
    UnitFilter active;
    active.includeRetired = false;
    UnitFilter unenrolled = active;
    unenrolled.year = year;
    unenrolled.state = QStringLiteral("unenrolled");
    return UnitRepository(db).count(active) - UnitRepository(db).count(unenrolled);
}

int openFollowUps(Database& db, int year) {
    int open = 0;
    for (const FollowUp& followUp : FollowUps(db).list(year))
        open += followUp.status == QStringLiteral("open") ? 1 : 0;
    return open;
}

} // namespace

TEST_CASE("gui: File › Campaign years creates 2027 from 2026 through the form") {
    GuiFixture gui(120);
    ui::MainWindow& window = gui.window();
    Database& db = window.session().db();
    // An open rectification item of 2026 to carry over.
    const std::map<QString, QString> grades2026 = *CampaignSetup(db).grades(2026);
    REQUIRE(!grades2026.empty());
    const QString graded = grades2026.begin()->first;
    REQUIRE(Rectifications(db)
                .add(2026, graded, QStringLiteral("台账不全"), QStringLiteral("2026-12-31"),
                     QStringLiteral("办公室"))
                .ok());
    const std::int64_t enrolled2026 = enrolledIn(db, 2026);
    const int followUps2026 = openFollowUps(db, 2026);
    REQUIRE(enrolled2026 > 0);

    ui::CampaignsDialog* campaigns = openCampaigns(window);
    REQUIRE(campaigns->table()->rowCount() == 1);
    CHECK(campaigns->table()->item(0, ui::CampaignsDialog::Year)->text() == QStringLiteral("2026"));
    CHECK(campaigns->table()->item(0, ui::CampaignsDialog::Enrolled)->text() ==
          QLocale().toString(static_cast<qlonglong>(enrolled2026)));

    campaigns->newButton()->click();
    ui::NewCampaignDialog* form = campaigns->newDialog();
    REQUIRE(form);
    REQUIRE(form->isVisible());
    CHECK(form->yearBox()->value() == 2027);
    CHECK(form->fromLastYear()->isChecked());
    CHECK(form->fromYear()->currentData().toInt() == 2026);
    CHECK(form->form()->formula()->text().contains(QStringLiteral("S<sub>mass</sub>")));

    // A year that exists and thresholds the wrong way round are refused beside their fields.
    form->yearBox()->setValue(2026);
    CHECK(form->yearMessage()->isVisible());
    CHECK_FALSE(form->createButton()->isEnabled());
    form->yearBox()->setValue(2027);
    CHECK_FALSE(form->yearMessage()->isVisible());
    form->form()->qualified()->setValue(95);
    CHECK(form->form()->thresholdMessage()->isVisible());
    CHECK_FALSE(form->createButton()->isEnabled());
    form->form()->qualified()->setValue(72);
    CHECK(form->createButton()->isEnabled());
    form->form()->orgWeight()->setValue(65);
    CHECK(form->form()->formula()->text().contains(QStringLiteral("0.65")));

    // Declined: nothing is created.
    ui::Ask::setAnswer(false);
    const int asked = ui::Ask::asked();
    form->createButton()->click();
    CHECK(ui::Ask::asked() == asked + 1);
    CHECK_FALSE(CampaignRepository(db).find(2027));
    ui::Ask::setAnswer(true);
    form->createButton()->click();
    CHECK(ui::Ask::asked() == asked + 2);
    QTRY_VERIFY(!campaigns->newDialog());

    const std::optional<Campaign> created = CampaignRepository(db).find(2027);
    REQUIRE(created);
    CHECK(created->settings.orgWeight == Approx(0.65));
    CHECK(created->settings.qualified == Approx(72));
    CHECK(enrolledIn(db, 2027) == enrolled2026);
    const std::vector<Rectification> carried = Rectifications(db).list(2027);
    REQUIRE(carried.size() >= 1);
    for (const Rectification& item : carried)
        CHECK(item.text.startsWith(CampaignSetup::carriedMark(2026)));
    CHECK(openFollowUps(db, 2027) == followUps2026);
    const QString message = campaigns->messageLabel()->text();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("%1 units enrolled").arg(enrolled2026)));
    CHECK(message.contains(QStringLiteral("%1 open rectification items").arg(carried.size())));
    CHECK(message.contains(QStringLiteral("%1 follow-ups").arg(followUps2026)));
    CHECK(campaigns->table()->rowCount() == 2);

    // The year box offers both years and works on the new one.
    QComboBox* years = window.yearBox();
    CHECK(years->findData(2027) >= 0);
    CHECK(years->findData(2026) >= 0);
    CHECK(years->currentData().toInt() == 2027);
    CHECK(window.session().year() == 2027);

    // Last year's grade beside this year's: the registry column and the sheet's label.
    window.showPage(ui::MainWindow::Registry);
    QTRY_VERIFY_WITH_TIMEOUT(!ui::PreviousGrades::of(window.session()).busy(), 30000);
    QApplication::processEvents();
    ui::UnitTableModel* model = window.registry()->model();
    const int row = model->rowOfCode(graded);
    REQUIRE(row >= 0);
    CHECK(model->data(model->index(row, ui::UnitTableModel::PreviousGrade)).toString() ==
          Labels::grade(grades2026.at(graded)));
    CHECK(model->headerData(ui::UnitTableModel::PreviousGrade, Qt::Horizontal).toString() ==
          ui::UnitTableModel::tr("Last year's grade"));
    int withGrade = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        withGrade +=
            model->data(model->index(r, ui::UnitTableModel::PreviousGrade)).toString().isEmpty()
                ? 0
                : 1;
    CHECK(withGrade == static_cast<int>(grades2026.size()));
    window.sheet()->openUnit(graded);
    window.showPage(ui::MainWindow::Assessment);
    QTRY_VERIFY(window.sheet()->previousGrade()->isVisible());
    CHECK(window.sheet()->previousGrade()->text() ==
          ui::PreviousGradeLabel::tr("Last year: %1").arg(Labels::grade(grades2026.at(graded))));

    // Enrolling by county: only the new unit of that county is newly enrolled.
    REQUIRE(UnitRepository(db)
                .add(UnitInput{QStringLiteral("NEW27"),
                               QStringLiteral("新建年度测试局"),
                               QStringLiteral("agency"),
                               QStringLiteral("利州区"),
                               {},
                               false,
                               {}})
                .ok());
    campaigns->selectYear(2027);
    campaigns->enrollButton()->click();
    ui::EnrollDialog* enroll = campaigns->enrollDialog();
    REQUIRE(enroll);
    enroll->countyBox()->setCurrentIndex(enroll->countyBox()->findData(QStringLiteral("利州区")));
    REQUIRE(enroll->countyBox()->currentIndex() > 0);
    enroll->enrollButton()->click();
    QTRY_VERIFY(!campaigns->enrollDialog());
    CHECK(campaigns->messageLabel()->text() ==
          ui::EnrollDialog::tr("%1 units newly enrolled in the %2 campaign.").arg(1).arg(2027));
    CHECK(enrolledIn(db, 2027) == enrolled2026 + 1);

    // Enrolling given codes: an unknown one refuses the whole list, with the reason.
    REQUIRE(UnitRepository(db)
                .add(UnitInput{QStringLiteral("NEW28"),
                               QStringLiteral("编码加入测试局"),
                               QStringLiteral("agency"),
                               QStringLiteral("旺苍县"),
                               {},
                               false,
                               {}})
                .ok());
    campaigns->enrollButton()->click();
    enroll = campaigns->enrollDialog();
    REQUIRE(enroll);
    enroll->codesEdit()->setText(QStringLiteral("NEW28，NOSUCH9"));
    CHECK_FALSE(enroll->countyBox()->isEnabled());
    enroll->enrollButton()->click();
    CHECK(enroll->isVisible());
    CHECK(enroll->errorLabel()->text().contains(QStringLiteral("NOSUCH9")));
    CHECK(enrolledIn(db, 2027) == enrolled2026 + 1);
    enroll->codesEdit()->setText(QStringLiteral("NEW28"));
    enroll->enrollButton()->click();
    QTRY_VERIFY(!campaigns->enrollDialog());
    CHECK(campaigns->messageLabel()->text() ==
          ui::EnrollDialog::tr("%1 units newly enrolled in the %2 campaign.").arg(1).arg(2027));
    CHECK(enrolledIn(db, 2027) == enrolled2026 + 2);
}

TEST_CASE("gui: a scored year's settings are read-only with the reason and sub-steps are saved") {
    GuiFixture gui(80);
    ui::MainWindow& window = gui.window();
    Database& db = window.session().db();
    REQUIRE(CampaignSetup(db).scoredSheets(2026) > 0);
    REQUIRE(window.session().createCampaign(2027, CampaignSettings{}).ok());
    ui::CampaignsDialog* campaigns = openCampaigns(window);
    REQUIRE(campaigns->table()->rowCount() == 2);

    // 2026 has scores: read-only, and core's message says why.
    campaigns->selectYear(2026);
    REQUIRE(campaigns->selectedYear() == 2026);
    campaigns->settingsButton()->click();
    ui::CampaignSettingsDialog* locked = campaigns->settingsDialog();
    REQUIRE(locked);
    CHECK(locked->form()->isLocked());
    CHECK(locked->form()->reason()->isVisible());
    CHECK(
        locked->form()->reason()->text().contains(QStringLiteral("fixed once scoring has begun")));
    CHECK(locked->form()->orgWeight()->isReadOnly());
    CHECK_FALSE(locked->form()->quotaEnabled()->isEnabled());
    const double before = CampaignRepository(db).find(2026)->settings.orgWeight;
    locked->form()->orgWeight()->setValue(10); // read-only for a person; the code must refuse too
    locked->buttons()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(!campaigns->settingsDialog());
    CHECK(CampaignRepository(db).find(2026)->settings.orgWeight == Approx(before));

    // 2027 has none: editable; sub-steps edited, minimum sample and weight saved.
    campaigns->selectYear(2027);
    campaigns->settingsButton()->click();
    ui::CampaignSettingsDialog* settings = campaigns->settingsDialog();
    REQUIRE(settings);
    CHECK_FALSE(settings->form()->isLocked());
    CHECK_FALSE(settings->form()->reason()->isVisible());
    ui::ReviewStepsEditor* steps = settings->steps();
    REQUIRE(steps->names() == ReviewSteps::defaults());
    steps->list()->setCurrentRow(3); // 个别谈话
    steps->removeButton()->click();
    steps->list()->setCurrentRow(4); // 综合评定, now last
    steps->upButton()->click();
    steps->list()->item(0)->setText(QStringLiteral("考前公示公告"));
    steps->addButton()->click();
    REQUIRE(steps->list()->count() == 6);
    // The new sub-step opens for its name, as a person types it.
    QLineEdit* editor = steps->list()->findChild<QLineEdit*>();
    REQUIRE(editor);
    editor->setText(QStringLiteral("结果反馈"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits it on the next turn
    QTRY_COMPARE(steps->list()->item(5)->text(), QStringLiteral("结果反馈"));
    settings->minimumSample()->setValue(50);
    settings->form()->orgWeight()->setValue(60);
    settings->buttons()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(!campaigns->settingsDialog());
    CHECK(ReviewSteps(db).names(2027) ==
          QStringList{QStringLiteral("考前公示公告"), QStringLiteral("述职述廉"),
                      QStringLiteral("民主测评"), QStringLiteral("综合评定"),
                      QStringLiteral("走访"), QStringLiteral("结果反馈")});
    CHECK(Surveys(db).minimumSample(2027) == 50);
    CHECK(CampaignRepository(db).find(2027)->settings.orgWeight == Approx(0.6));
    CHECK(ReviewSteps(db).names(2026) == ReviewSteps::defaults());

    // A name twice is refused with core's message; nothing changes.
    campaigns->settingsButton()->click();
    settings = campaigns->settingsDialog();
    REQUIRE(settings);
    settings->steps()->list()->item(1)->setText(QStringLiteral("民主测评"));
    settings->buttons()->button(QDialogButtonBox::Save)->click();
    CHECK(settings->isVisible());
    CHECK(settings->errorLabel()->text().contains(QStringLiteral("民主测评")));
    CHECK(ReviewSteps(db).names(2027).at(1) == QStringLiteral("述职述廉"));
    // Back to the six defaults.
    settings->steps()->defaultsButton()->click();
    settings->buttons()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(!campaigns->settingsDialog());
    CHECK(ReviewSteps(db).names(2027) == ReviewSteps::defaults());
}

// For people to look at (zh_CN): build/screenshots/campaign/*.png. Run by name.
TEST_CASE("gui: campaign screenshots in zh_CN", "[.shots]") {
    QTranslator qtTranslator;
    REQUIRE(qtTranslator.load(QStringLiteral("qtbase_zh_CN"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/lianping_zh_CN.qm")));
    QApplication::installTranslator(&translator);
    const QString folder = QStringLiteral(LIANPING_SCREENSHOTS "/campaign");
    QDir().mkpath(folder);
    const auto save = [&folder](QWidget* widget, const QString& name) {
        widget->show();
        QTest::qWait(60);
        CHECK(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    {
        GuiFixture gui(300);
        ui::MainWindow& window = gui.window();
        Database& db = window.session().db();
        const QString graded = CampaignSetup(db).grades(2026)->begin()->first;
        REQUIRE(Rectifications(db)
                    .add(2026, graded, QStringLiteral("台账不全"), QStringLiteral("2026-12-31"),
                         QStringLiteral("办公室"))
                    .ok());
        ui::CampaignsDialog* campaigns = openCampaigns(window);
        campaigns->newButton()->click();
        REQUIRE(campaigns->newDialog());
        save(campaigns->newDialog(), QStringLiteral("1-new-year"));
        campaigns->newDialog()->form()->qualified()->setValue(95);
        save(campaigns->newDialog(), QStringLiteral("1b-new-year-invalid"));
        campaigns->newDialog()->form()->qualified()->setValue(75);
        campaigns->newDialog()->createButton()->click();
        QTRY_VERIFY(!campaigns->newDialog());
        save(campaigns, QStringLiteral("2-campaign-years"));
        campaigns->selectYear(2027);
        campaigns->settingsButton()->click();
        REQUIRE(campaigns->settingsDialog());
        save(campaigns->settingsDialog(), QStringLiteral("3-settings-editable"));
        campaigns->settingsDialog()->reject();
        QTRY_VERIFY(!campaigns->settingsDialog());
        campaigns->selectYear(2026);
        campaigns->settingsButton()->click();
        REQUIRE(campaigns->settingsDialog());
        CHECK(campaigns->settingsDialog()->form()->isLocked());
        save(campaigns->settingsDialog(), QStringLiteral("4-settings-locked"));
        campaigns->settingsDialog()->reject();
        campaigns->enrollButton()->click();
        REQUIRE(campaigns->enrollDialog());
        save(campaigns->enrollDialog(), QStringLiteral("5-enrol"));
        campaigns->enrollDialog()->reject();
        campaigns->hide();

        window.showPage(ui::MainWindow::Registry);
        QTRY_VERIFY_WITH_TIMEOUT(!ui::PreviousGrades::of(window.session()).busy(), 30000);
        QTest::qWait(100);
        save(&window, QStringLiteral("6-registry-last-year"));
        window.sheet()->openUnit(graded);
        window.showPage(ui::MainWindow::Assessment);
        QTRY_VERIFY(window.sheet()->previousGrade()->isVisible());
        save(&window, QStringLiteral("7-sheet-last-year"));
    }
    QApplication::removeTranslator(&translator);
    QApplication::removeTranslator(&qtTranslator);
}

// At city scale (LIANPING_BIG_DB: a copy of a 200,000-unit file with only 2026; it is changed):
// the list, the new year and last year's grades, timed. Run by name.
TEST_CASE("gui: campaign years at 200,000 units", "[.bench]") {
    const QString big = qEnvironmentVariable("LIANPING_BIG_DB");
    if (big.isEmpty())
        return;
    ui::Ask::setAnswer(true);
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setOperatorName(QStringLiteral("王测试"));
    ui::MainWindow window(settings);
    window.setInteractive(false);
    window.show();
    REQUIRE(window.openDatabase(big));
    QElapsedTimer timer;
    timer.start();
    ui::CampaignsDialog* campaigns = openCampaigns(window);
    WARN("list: " << timer.restart() << " ms");
    campaigns->newButton()->click();
    REQUIRE(campaigns->newDialog());
    campaigns->newDialog()->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!campaigns->newDialog(), 120000);
    WARN("new year from last: " << timer.restart() << " ms; "
                                << campaigns->messageLabel()->text().toStdString());
    window.showPage(ui::MainWindow::Registry);
    QElapsedTimer busy;
    busy.start();
    qint64 longest = 0;
    while (ui::PreviousGrades::of(window.session()).busy() && busy.elapsed() < 120000) {
        QElapsedTimer turn;
        turn.start();
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        longest = std::max(longest, turn.elapsed());
    }
    WARN("last year's grades in the background: " << timer.restart() << " ms, longest UI turn "
                                                  << longest << " ms");
    CHECK(window.registry()->model()->rowCount() == 200000);
    CHECK_FALSE(window.registry()
                    ->model()
                    ->data(window.registry()->model()->index(0, ui::UnitTableModel::PreviousGrade))
                    .toString()
                    .isEmpty());
}
