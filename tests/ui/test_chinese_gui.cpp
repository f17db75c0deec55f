// In zh_CN, every screen, menu and dialog of the tour (the exchange preview with refusals and
// conflicts among them) shows no Latin word but codes, file names and allowed terms.
#include "ExchangeScenario.h"
#include "GuiFixture.h"
#include "core/TestDatabase.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/scoring/ScoreRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/campaign/CampaignForm.h"
#include "ui/campaign/CampaignSettingsDialog.h"
#include "ui/campaign/CampaignsDialog.h"
#include "ui/campaign/EnrollDialog.h"
#include "ui/campaign/NewCampaignDialog.h"
#include "ui/common/OfficeDialog.h"
#include "ui/common/Session.h"
#include "ui/common/Settings.h"
#include "ui/common/SettingsDialog.h"
#include "ui/common/WelcomeDialog.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/exchange/ConflictsDialog.h"
#include "ui/exchange/ExchangeMenu.h"
#include "ui/exchange/ImportPreviewDialog.h"
#include "ui/index/IndexView.h"
#include "ui/registry/UnitDialog.h"
#include "ui/reports/BatchReportDialog.h"
#include "ui/scoring/ScoreSheetView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace lianping;
using namespace lianping::test;

namespace {

// Words that may stay Latin in a Chinese interface.
const QStringList allowed = {
    QStringLiteral("PDF"),    QStringLiteral("Excel"),  QStringLiteral("CSV"),
    QStringLiteral("xlsx"),   QStringLiteral("xls"),    QStringLiteral("csv"),
    QStringLiteral("lpdb"),   QStringLiteral("lpkg"),   QStringLiteral("lpkey"),
    QStringLiteral("pdf"),    QStringLiteral("WPS"),    QStringLiteral("Qt"),
    QStringLiteral("SQLite"), QStringLiteral("LGPL"),   QStringLiteral("Lianping"),
    QStringLiteral("Ctrl"),   QStringLiteral("Shift"),  QStringLiteral("Alt"),
    QStringLiteral("tmp"),    QStringLiteral("json"),   QStringLiteral("Word"),
    QStringLiteral("docx"),   QStringLiteral("English")}; // a language is named in its own language

// Latin words of two letters or more that are not codes (codes carry digits: U0000012, D1.1).
QStringList englishWords(const QString& raw) {
    QString text = raw;
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.remove(QRegularExpression(QStringLiteral("\\(&[A-Z]\\)")));   // (&F) accelerators
    text.remove(QRegularExpression(QStringLiteral("[/\\\\][^\\s]*"))); // paths
    text.remove(QRegularExpression(
        QStringLiteral("[^\\s/]+\\.(lpdb|lpkg|lpkey|pdf|xlsx|xls|csv|json|png)\\b"))); // file names
    static const QRegularExpression word(
        QStringLiteral("(?<![A-Za-z0-9_.\\-])[A-Za-z]{2,}(?![A-Za-z0-9_\\-])"));
    QStringList found;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!allowed.contains(w))
            found << w;
    }
    return found;
}

struct Seen {
    QStringList problems;
    void check(const QString& where, const QString& text) {
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            problems << QStringLiteral("%1: \"%2\" (%3)")
                            .arg(where, text.left(120), words.join(QLatin1Char(',')));
    }
};

void collectMenu(Seen& seen, QMenu* menu, const QString& where) {
    seen.check(where, menu->title());
    for (QAction* action : menu->actions()) {
        if (action->menu())
            collectMenu(seen, action->menu(), where + QLatin1Char('>') + action->text());
        else if (!action->isSeparator())
            seen.check(where, action->text());
    }
}

void collectView(Seen& seen, QAbstractItemView* view, const QString& where) {
    QAbstractItemModel* model = view->model();
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        seen.check(where + QStringLiteral(" header"),
                   model->headerData(c, Qt::Horizontal).toString());
    // The first rows and their children (a rubric tree), as a person scrolls them.
    std::function<void(const QModelIndex&, int)> rows = [&](const QModelIndex& parent, int depth) {
        for (int r = 0; r < std::min(model->rowCount(parent), 40); ++r)
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                seen.check(where, index.data(Qt::DisplayRole).toString());
                if (c == 0 && depth < 2)
                    rows(index, depth + 1);
            }
    };
    rows(QModelIndex(), 0);
}

void collect(Seen& seen, QWidget* root, const QString& where) {
    seen.check(where + QStringLiteral(" title"), root->windowTitle());
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root))
            continue;
        const QString name =
            where + QLatin1Char('/') + QString::fromLatin1(widget->metaObject()->className());
        if (auto* label = qobject_cast<QLabel*>(widget))
            seen.check(name, label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            seen.check(name, button->text());
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            seen.check(name, group->title());
        else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                seen.check(name, combo->itemText(i));
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            seen.check(name, edit->placeholderText());
        else if (auto* text = qobject_cast<QTextEdit*>(widget))
            seen.check(name, text->toPlainText());
        if (auto* view = qobject_cast<QAbstractItemView*>(widget))
            collectView(seen, view, name);
        if (!widget->toolTip().isEmpty())
            seen.check(name + QStringLiteral(" tooltip"), widget->toolTip());
    }
}

void collectDialog(Seen& seen, QWidget& dialog, const QString& where) {
    dialog.show();
    QTest::qWait(20);
    collect(seen, &dialog, where);
    // For people to look at: build/screenshots/zh_CN_dialog_<where>.png
    QDir().mkpath(QStringLiteral(LIANPING_SCREENSHOTS));
    dialog.grab().save(QStringLiteral(LIANPING_SCREENSHOTS "/zh_CN_dialog_") +
                       QString(where).replace(QLatin1Char(' '), QLatin1Char('_')) +
                       QStringLiteral(".png"));
    dialog.hide();
}

} // namespace

TEST_CASE("gui: in zh_CN no screen, menu or dialog shows an English word") {
    // As the desktop starts in Chinese: Qt's own texts (OK, Cancel) and ours.
    QTranslator qtTranslator;
    REQUIRE(qtTranslator.load(QStringLiteral("qtbase_zh_CN"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/lianping_zh_CN.qm")));
    QApplication::installTranslator(&translator);
    Seen seen;
    {
        GuiFixture gui(300);
        ui::MainWindow& window = gui.window();
        ui::Session& session = window.session();
        for (QAction* action : window.menuBar()->actions())
            if (action->menu())
                collectMenu(seen, action->menu(), QStringLiteral("menu"));
        window.sheet()->openUnit(QStringLiteral("U0000012"));
        for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
            window.showPage(static_cast<ui::MainWindow::Page>(page));
            if (page == ui::MainWindow::Dashboard)
                QTRY_VERIFY_WITH_TIMEOUT(!window.dashboard()->busy(), 30000);
            if (page == ui::MainWindow::Index)
                QTRY_VERIFY_WITH_TIMEOUT(!window.indexView()->busy(), 30000);
            QTest::qWait(50);
            collect(seen, &window, QStringLiteral("page %1").arg(page));
        }

        ui::OfficeDialog office(&window);
        collectDialog(seen, office, QStringLiteral("office"));
        ui::Settings settings(gui.path(QStringLiteral("settings.ini")));
        ui::SettingsDialog settingsDialog(settings, &window);
        collectDialog(seen, settingsDialog, QStringLiteral("settings"));
        ui::WelcomeDialog welcome(&window);
        collectDialog(seen, welcome, QStringLiteral("welcome"));
        ui::UnitDialog unit(session, QStringLiteral("U0000012"), &window);
        collectDialog(seen, unit, QStringLiteral("unit"));
        ui::UnitDialog newUnit(session, QString(), &window);
        collectDialog(seen, newUnit, QStringLiteral("new unit"));
        ui::BatchReportDialog batch(session, &window);
        collectDialog(seen, batch, QStringLiteral("batch reports"));
        ui::CampaignsDialog campaigns(session, &window);
        collectDialog(seen, campaigns, QStringLiteral("campaigns"));
        ui::NewCampaignDialog newCampaign(session, &window);
        collectDialog(seen, newCampaign, QStringLiteral("new campaign"));
        ui::CampaignSettingsDialog lockedSettings(session, 2026, &window); // scored: locked
        REQUIRE(lockedSettings.form()->isLocked());
        collectDialog(seen, lockedSettings, QStringLiteral("campaign settings"));
        ui::EnrollDialog enroll(session, 2026, &window);
        collectDialog(seen, enroll, QStringLiteral("enrol units"));

        // A county's package with a record that is not the county's to send (a unit of
        // another county): the preview lists the refusal.
        {
            TestDatabase stray;
            REQUIRE(Offices::configure(stray.db(), QStringLiteral("利州区纪委三号机"), Role::County,
                                       QStringLiteral("利州区"), {})
                        .ok());
            REQUIRE(OfficeKeys::ensureOwn(stray.db(), testKey()).ok());
            stray.addUnit(QStringLiteral("W001"), QStringLiteral("旺苍县财政局"),
                          QStringLiteral("agency"), QStringLiteral("旺苍县"));
            stray.createCampaign(2026);
            REQUIRE(OfficeKeys::trust(session.db(),
                                      *OfficeKeys::exportKeyFile(stray.db(), testKey()),
                                      QStringLiteral("stray.lpkey"))
                        .ok());
            const Result<ImportReport> preview = ui::ExchangeMenu::runImport(
                &window, session, exportPackageTo(stray.db(), stray.file(QStringLiteral("s.lpkg"))),
                {}, true, false);
            REQUIRE(preview.ok());
            CHECK_FALSE(preview->refusals.isEmpty());
            ui::ImportPreviewDialog previewDialog(*preview, &window);
            collectDialog(seen, previewDialog, QStringLiteral("import preview"));
        }
        // A conflict between two laptops of one county.
        TestDatabase county;
        setUpTrustedCounty(window, county);
        importConflictingLaptops(window, county);
        {
            Statement count =
                session.db().prepare("SELECT count(*), sum(resolved_at IS NULL) FROM conflicts");
            REQUIRE(count.step());
            CHECK(count.integer(1) == 1); // seen by this connection, not an old snapshot
        }
        ui::ConflictsDialog conflicts(session, &window);
        CHECK(conflicts.table()->rowCount() >= 1);
        collectDialog(seen, conflicts, QStringLiteral("conflicts"));
    }
    QApplication::removeTranslator(&translator);
    QApplication::removeTranslator(&qtTranslator);
    INFO(seen.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(seen.problems.isEmpty());
}
