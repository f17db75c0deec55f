// Writes a PNG of every main screen, in Chinese and in English, into the build folder
// (build/screenshots/), for people to look at. It also checks each grab is not blank.
#include "GuiFixture.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/index/IndexView.h"
#include "ui/scoring/ScoreSheetView.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

void capture(const QString& language) {
    QTranslator translator;
    if (language == QLatin1String("zh_CN")) {
        REQUIRE(translator.load(QStringLiteral(":/i18n/lianping_zh_CN.qm")));
        QApplication::installTranslator(&translator);
    }
    {
        GuiFixture gui(2000);
        ui::MainWindow& window = gui.window();
        QDir().mkpath(QStringLiteral(LIANPING_SCREENSHOTS));
        const char* names[] = {"registry",  "assessment", "naming", "followups",
                               "dashboard", "ledger",     "index",  "rubrics"};
        static_assert(std::size(names) == ui::MainWindow::PageCount);
        window.sheet()->openUnit(QStringLiteral("U0000012"));
        for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
            window.showPage(static_cast<ui::MainWindow::Page>(page));
            if (page == ui::MainWindow::Dashboard)
                QTRY_VERIFY_WITH_TIMEOUT(
                    !window.dashboard()->busy() &&
                        !window.dashboard()->summaryLabel()->text().contains(QStringLiteral("…")),
                    30000);
            if (page == ui::MainWindow::Index)
                QTRY_VERIFY_WITH_TIMEOUT(
                    !window.indexView()->busy() &&
                        !window.indexView()->summary()->text().contains(QStringLiteral("…")),
                    30000);
            QTest::qWait(50);
            const QImage image = window.grab().toImage();
            REQUIRE(!image.isNull());
            QSet<QRgb> colours; // a blank or failed grab has one or two
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            CHECK(colours.size() > 20);
            const QString file = QStringLiteral("%1/%2_%3.png")
                                     .arg(QStringLiteral(LIANPING_SCREENSHOTS), language,
                                          QString::fromLatin1(names[page]));
            REQUIRE(image.save(file));
        }
    }
    QApplication::removeTranslator(&translator);
}

} // namespace

TEST_CASE("gui: screenshots of every screen in Chinese and English") {
    capture(QStringLiteral("zh_CN"));
    capture(QStringLiteral("en"));
}
