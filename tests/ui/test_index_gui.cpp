// 清廉指数 in the desktop: a survey round imported from its dialog's file, the county's aspects
// with their sample size and interval, a refused file leaving no empty round, the radar drawn.
#include "GuiFixture.h"
#include "core/registry/LookupTables.h"
#include "ui/common/Session.h"
#include "ui/index/IndexView.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

TEST_CASE("gui: the integrity index screen takes a survey round and shows each aspect's sample") {
    GuiFixture gui(200);
    ui::MainWindow& window = gui.window();
    Database& db = window.session().db();
    const QString county = LookupTables::counties(db).front();
    QByteArray csv = "县区,问题,回答\n";
    for (int i = 0; i < 12; ++i)
        csv += (county + QStringLiteral(",参与监督,%1\n")
                             .arg(i % 2 ? QStringLiteral("是") : QStringLiteral("否")))
                   .toUtf8();
    const QString answers = gui.writeFile(QStringLiteral("answers.csv"), csv);
    const QString map =
        gui.writeFile(QStringLiteral("map.csv"), "question,aspect\n参与监督,公众参与\n");
    window.showPage(ui::MainWindow::Index);
    ui::IndexView* view = window.indexView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->busy() && view->ranking()->rowCount() > 0, 30000);

    const auto rounds = [&db] {
        Statement count = db.prepare("SELECT count(*) FROM survey_rounds");
        count.step();
        return count.integer(0);
    };
    // A file with an answer nobody gives: refused, and no empty round left behind.
    const QString bad = gui.writeFile(
        QStringLiteral("bad.csv"),
        (county + QStringLiteral(",参与监督,也许\n")).toUtf8().prepend("县区,问题,回答\n"));
    SurveyRound round{0,
                      window.session().year(),
                      QStringLiteral("第三方评估"),
                      QStringLiteral("third-party"),
                      QStringLiteral("2026-10-01"),
                      {},
                      {}};
    CHECK_FALSE(view->importSurveyFile(round, bad, true, map).ok());
    CHECK(rounds() == 0);
    const Result<SurveyImportReport> imported = view->importSurveyFile(round, answers, true, map);
    REQUIRE(imported.ok());
    CHECK(imported->answers == 12);
    CHECK(rounds() == 1);

    view->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!view->busy(), 30000);
    QTest::qWait(50);
    for (int r = 0; r < view->ranking()->rowCount(); ++r)
        if (view->ranking()->item(r, 0)->data(Qt::UserRole).toString() == county)
            view->ranking()->setCurrentCell(r, 1);
    bool shown = false;
    for (int r = 0; r < view->aspects()->rowCount(); ++r)
        if (view->aspects()->item(r, 0)->text() == QStringLiteral("公众参与")) {
            shown = view->aspects()->item(r, 2)->text() == QStringLiteral("12") &&
                    view->aspects()->item(r, 3)->text().contains(QStringLiteral("–")) &&
                    !view->aspects()->item(r, 4)->text().isEmpty(); // 12 < 30: flagged
        }
    CHECK(shown);
    CHECK(view->radar()->chart()->series().size() == 2);
    QDir().mkpath(QStringLiteral(LIANPING_SCREENSHOTS));
    CHECK(window.grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/index-survey.png")));
}
