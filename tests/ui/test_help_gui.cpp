// F1 opens the Chinese user guide at the page of the screen in front, with the formula of the
// campaign in force; every page loads and its links lead to other pages.
#include "GuiFixture.h"
#include "core/campaign/CampaignRepository.h"
#include "ui/common/Session.h"
#include "ui/help/HelpDialog.h"

#include <QDir>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

TEST_CASE("gui: F1 opens the user guide at the screen's page with the campaign's formula") {
    GuiFixture gui(100);
    ui::MainWindow& window = gui.window();
    const int year = window.session().year();
    CampaignSettings settings = CampaignRepository(window.session().db()).find(year)->settings;
    window.showPage(ui::MainWindow::Assessment);
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(window.findChild<ui::HelpDialog*>() &&
                window.findChild<ui::HelpDialog*>()->isVisible());
    ui::HelpDialog* help = window.findChild<ui::HelpDialog*>();
    const QString text = help->browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("考评打分")));
    CHECK(text.contains(QStringLiteral("综合得分 = S组织 × %1").arg(settings.orgWeight)));
    CHECK(text.contains(QStringLiteral("%1 分及以上为优秀").arg(settings.excellent)));
    CHECK_FALSE(text.contains(QStringLiteral("{{")));
    CHECK(help->contents()->currentItem()->text() == QStringLiteral("考评打分"));
    QDir().mkpath(QStringLiteral(LIANPING_SCREENSHOTS));
    CHECK(help->grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/help-assessment.png")));

    // The ledger's page from its screen; a link back to the overview.
    help->hide();
    window.showPage(ui::MainWindow::TaskLedger);
    window.showHelp();
    CHECK(help->browser()->toPlainText().contains(QStringLiteral("104 / 113")));
    help->browser()->anchorClicked(QUrl(QStringLiteral("index.html")));
    CHECK(help->contents()->currentItem()->text() == QStringLiteral("概述"));

    // Every page is there, fully filled in, and every link names a page.
    for (const QString& page : ui::HelpDialog::pages()) {
        const QString html = ui::HelpDialog::pageHtml(page, year, settings);
        INFO(page.toStdString());
        CHECK(html.size() > 300);
        CHECK_FALSE(html.contains(QStringLiteral("{{")));
        for (auto it =
                 QRegularExpression(QStringLiteral("href=\"([a-z]+)\\.html\"")).globalMatch(html);
             it.hasNext();)
            CHECK(ui::HelpDialog::pages().contains(it.next().captured(1)));
    }
}
