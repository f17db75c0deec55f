// Closing a rectification item made from a finding asks for the evidence of the fix, and the
// files chosen are attached to the finding's indicator with the item marked done in one go.
#include "GuiFixture.h"
#include "core/campaign/Enrollments.h"
#include "core/evidence/EvidenceRepository.h"
#include "core/evidence/Findings.h"
#include "core/followup/Rectifications.h"
#include "ui/common/Ask.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Session.h"
#include "ui/evidence/EvidenceActions.h"
#include "ui/followup/FollowUpView.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

QPushButton* buttonWithText(QWidget* parent, const QString& text) {
    for (QPushButton* button : parent->findChildren<QPushButton*>())
        if (button->text() == text)
            return button;
    return nullptr;
}

} // namespace

TEST_CASE("gui: closing a rectification item asks for the evidence of the fix") {
    GuiFixture gui;
    Database& db = gui.window().session().db();
    // A unit still open for review, with a finding made a rectification item.
    Statement open = db.prepare("SELECT u.code FROM enrollments e JOIN units u ON u.id = e.unit_id "
                                "WHERE e.state IN ('draft','submitted') ORDER BY u.code LIMIT 1");
    REQUIRE(open.step());
    const QString unit = open.text(0);
    open.reset();
    const std::int64_t finding = *Findings(db).add(2026, unit, QStringLiteral("D1.1"), Step::County,
                                                   QStringLiteral("会议记录缺失"), 2);
    const std::int64_t item =
        *Findings(db).rectify(finding, QStringLiteral("2026-12-31"), QStringLiteral("李华"));
    ui::FollowUpView& view = *gui.window().followUps();
    view.reload();
    QTableWidget* table = view.rectifications();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == item)
            row = r;
    REQUIRE(row >= 0);
    table->setCurrentCell(row, 0);
    QPushButton* next = buttonWithText(&view, QStringLiteral("Mark done / &verified"));
    REQUIRE(next);

    // Cancelling the file dialog changes nothing.
    ui::Ask::setAnswer(true);
    ui::FileDialog::setNextFileNames(QStringList());
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(Rectifications(db).list(2026, unit).back().status == QStringLiteral("open"));

    const QString report = gui.writeFile(QStringLiteral("整改报告.pdf"), "%PDF-1.4 report");
    ui::FileDialog::setNextFileNames(QStringList{report});
    const int askedBefore = ui::Ask::asked();
    QTest::mouseClick(next, Qt::LeftButton);
    ui::Ask::setAnswer(std::nullopt);
    ui::FileDialog::clearNext();
    CHECK(ui::Ask::asked() == askedBefore + 1);
    std::optional<Rectification> closed;
    for (const Rectification& r : Rectifications(db).list(2026, unit))
        if (r.id == item)
            closed = r;
    REQUIRE(closed);
    CHECK(closed->status == QStringLiteral("done"));
    const std::vector<EvidenceFile> files =
        EvidenceRepository(db).list(Enrollments::find(db, 2026, unit)->id);
    REQUIRE(files.size() == 1);
    CHECK(files[0].name == QStringLiteral("整改报告.pdf"));
    CHECK(files[0].indicator == QStringLiteral("D1.1"));
    CHECK(files[0].step == Step::County);
}
