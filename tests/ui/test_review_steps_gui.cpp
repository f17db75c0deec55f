// The county review's sub-step checklist on the scoring sheet (issue 17 item 4): Enter on a
// sub-step opens its dialog, files added there are stored as that sub-step's evidence with
// its date, in one go; a refused file records nothing; the checklist counts the files and the
// dialog lists them the next time.
#include "GuiFixture.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/ReviewSteps.h"
#include "core/evidence/Evidence.h"
#include "core/evidence/EvidenceRepository.h"
#include "core/evidence/ReviewStepRecord.h"
#include "core/model/Enrollment.h"
#include "core/registry/UnitRepository.h"
#include "core/storage/Transaction.h"
#include "ui/common/Ask.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Session.h"
#include "ui/scoring/ReviewStepDialog.h"
#include "ui/scoring/ReviewStepsBox.h"
#include "ui/scoring/ScoreSheetView.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

void enrolAgency(Database& db, const QString& code) {
    Transaction transaction(db);
    REQUIRE(UnitRepository(db)
                .add(UnitInput{code,
                               QStringLiteral("述职测试局"),
                               QStringLiteral("agency"),
                               QStringLiteral("利州区"),
                               {},
                               false,
                               {}})
                .ok());
    REQUIRE(CampaignRepository(db).enroll(2026, UnitFilter{}, {code}).ok());
    REQUIRE(transaction.commit().ok());
}

// When the sub-step dialog shows: adds `files` through its button (the file chooser answered
// in advance), types the note and records. `seen` gets the dialog's file list as shown.
void answerDialog(const QStringList& files, const QString& note, QStringList* seen) {
    QTimer::singleShot(0, [=] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<ui::ReviewStepDialog*>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("files"));
            for (int row = 0; seen && list && row < list->count(); ++row)
                *seen << list->item(row)->text();
            ui::FileDialog::setNextFileNames(files);
            dialog->findChild<QPushButton*>(QStringLiteral("addEvidence"))->click();
            dialog->findChild<QLineEdit*>(QStringLiteral("note"))->setText(note);
            // LIANPING_SHOTS=DIR keeps a picture of the filled dialog, to look at.
            if (const QString shots = qEnvironmentVariable("LIANPING_SHOTS"); !shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/review-step-dialog.png"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        }
    });
}

void activate(ui::ReviewStepsBox* box, int row) {
    box->list()->setFocus();
    box->list()->setCurrentRow(row);
    QTest::keyClick(box->list(), Qt::Key_Return);
}

struct Answered {
    Answered() { ui::Ask::setAnswer(true); }
    ~Answered() { ui::Ask::setAnswer(std::nullopt); }
};

} // namespace

TEST_CASE("gui: a sub-step recorded from the checklist keeps the files that prove it") {
    QTranslator translator; // in Chinese when pictures are kept
    if (qEnvironmentVariableIsSet("LIANPING_SHOTS") &&
        translator.load(QStringLiteral(":/i18n/lianping_zh_CN.qm")))
        QApplication::installTranslator(&translator);
    GuiFixture gui(30);
    const Answered answered;
    Database& db = gui.window().session().db();
    enrolAgency(db, QStringLiteral("RS1"));
    ui::ScoreSheetView* sheet = gui.window().sheet();
    gui.window().showPage(ui::MainWindow::Assessment);
    sheet->openUnit(QStringLiteral("RS1"));
    QApplication::processEvents();
    ui::ReviewStepsBox* box = sheet->reviewSteps();
    REQUIRE(box->list()->count() == 6);
    CHECK(box->missing().size() == 6);

    // 述职述廉 with the minutes of the meeting.
    const QString minutes =
        gui.writeFile(QStringLiteral("述职述廉会议记录.pdf"), QByteArray("%PDF-1.4 minutes"));
    answerDialog({minutes}, QStringLiteral("全体干部参加"), nullptr);
    activate(box, 1);
    const ReviewStep reported = ReviewSteps(db).forUnit(2026, QStringLiteral("RS1")).at(1);
    CHECK(reported.name == QStringLiteral("述职述廉"));
    CHECK(reported.date == QDate::currentDate());
    CHECK(reported.note == QStringLiteral("全体干部参加"));
    const std::vector<EvidenceFile> files =
        ReviewStepRecord(db).files(2026, QStringLiteral("RS1"), QStringLiteral("述职述廉"));
    REQUIRE(files.size() == 1);
    CHECK(files[0].name == QStringLiteral("述职述廉会议记录.pdf"));
    CHECK(files[0].step == Step::County);
    CHECK(files[0].indicator == EvidenceRepository::ReviewStepPrefix + QStringLiteral("述职述廉"));
    CHECK(box->missing().size() == 5);
    CHECK(box->list()->item(1)->checkState() == Qt::Checked);
    CHECK(box->list()->item(1)->text().contains(QLatin1String("1")));
    CHECK(box->list()->item(1)->text() != box->list()->item(0)->text());

    // A file that is not there: nothing recorded, neither the sub-step nor a file; the person
    // is told which file.
    const QString gone = gui.path(QStringLiteral("走访记录.pdf"));
    answerDialog({gone}, QStringLiteral("走访三户"), nullptr);
    activate(box, 4);
    CHECK_FALSE(ReviewSteps(db).forUnit(2026, QStringLiteral("RS1")).at(4).date.isValid());
    CHECK(ReviewStepRecord(db).files(2026, QStringLiteral("RS1"), QStringLiteral("走访")).empty());
    CHECK(ui::Ask::lastWarning().contains(QStringLiteral("走访记录.pdf")));
    CHECK(box->missing().size() == 5);

    // Opened again, the dialog lists the file already attached; a second one is added.
    const QString photo =
        gui.writeFile(QStringLiteral("会场照片.jpg"), QByteArray("\xff\xd8\xff photo", 10));
    QStringList seen;
    answerDialog({photo}, QStringLiteral("全体干部参加，补照片"), &seen);
    activate(box, 1);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].contains(QStringLiteral("述职述廉会议记录.pdf")));
    CHECK(ReviewStepRecord(db)
              .files(2026, QStringLiteral("RS1"), QStringLiteral("述职述廉"))
              .size() == 2);
}
