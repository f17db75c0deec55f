#include "MainWindow.h"

#include "core/exchange/OfficeKeys.h"
#include "ui/common/Ask.h"

#include "core/campaign/CampaignRepository.h"
#include "core/common/Ids.h"
#include "core/demo/DemoGenerator.h"
#include "core/office/Office.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/campaign/CampaignsDialog.h"
#include "ui/campaign/PreviousGrades.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/OfficeDialog.h"
#include "ui/common/Session.h"
#include "ui/common/Settings.h"
#include "ui/common/SettingsDialog.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/exchange/ExchangeMenu.h"
#include "ui/followup/FollowUpView.h"
#include "ui/help/HelpDialog.h"
#include "ui/index/IndexView.h"
#include "ui/naming/NamingView.h"
#include "ui/registry/Imports.h"
#include "ui/registry/RegistryView.h"
#include "ui/reports/ReportsMenu.h"
#include "ui/rubric/RubricView.h"
#include "ui/scoring/ScoreSheetView.h"
#include "ui/tasks/LedgerView.h"

#include "ui/common/FileDialog.h"
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace lianping::ui {

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_session(new Session(this))
    , m_undo(new QUndoStack(this)) {
    PreviousGrades::of(*m_session); // first to hear of a write, so no screen reads stale grades
    setWindowTitle(tr("Lianping 廉评"));
    m_nav = new QListWidget;
    m_nav->setFixedWidth(150);
    m_nav->setSpacing(3);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);
    m_nav->addItems({tr("Registry"), tr("Assessment"), tr("Naming"), tr("Follow-ups"),
                     tr("Dashboard"), tr("Task ledger"), tr("Integrity index"), tr("Rubrics")});
    m_pages = new QStackedWidget;
    m_registry = new RegistryView(*m_session);
    m_sheet = new ScoreSheetView(*m_session, *m_undo);
    m_naming = new NamingView(*m_session);
    m_followUps = new FollowUpView(*m_session);
    m_ledger = new LedgerView(*m_session);
    m_index = new IndexView(*m_session);
    m_dashboard = new DashboardView(*m_session);
    m_rubrics = new RubricView(*m_session);
    for (QWidget* page : {static_cast<QWidget*>(m_registry), static_cast<QWidget*>(m_sheet),
                          static_cast<QWidget*>(m_naming), static_cast<QWidget*>(m_followUps),
                          static_cast<QWidget*>(m_dashboard), static_cast<QWidget*>(m_ledger),
                          static_cast<QWidget*>(m_index), static_cast<QWidget*>(m_rubrics)})
        m_pages->addWidget(page);
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_file = new QLabel;
    m_operator = new QLabel;
    m_year = new QComboBox;
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    statusBar()->addWidget(m_file, 1);
    statusBar()->addPermanentWidget(new QLabel(tr("Campaign:")));
    statusBar()->addPermanentWidget(m_year);
    statusBar()->addPermanentWidget(m_operator);

    buildMenus();
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row == Dashboard)
            m_dashboard->refresh();
        if (row == Index)
            m_index->refresh();
    });
    connect(m_registry, &RegistryView::openUnit, this, [this](const QString& code) {
        m_sheet->openUnit(code);
        showPage(Assessment);
    });
    connect(m_registry, &RegistryView::filterChanged, m_dashboard, &DashboardView::setFilter);
    connect(m_year, &QComboBox::activated, this,
            [this] { m_session->setYear(m_year->currentData().toInt()); });
    // The status bar: the file's campaign years and its office.
    connect(m_session, &Session::campaignChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::yearChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::officeChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::recordsMerged, this, &MainWindow::updateStatus);
    m_nav->setCurrentRow(Registry);
    resize(1280, 800);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    m_recent = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(tr("Campaign &years…"), this, [this] { showCampaigns(); });
    file->addSeparator();
    file->addAction(tr("Import &units (CSV or Excel)…"), this, &MainWindow::importUnits);
    file->addAction(tr("Import s&cores or a self-check form (CSV or Excel)…"), this,
                    &MainWindow::importScores);
    file->addSeparator();
    ExchangeMenu::Hooks exchangeHooks;
    exchangeHooks.error = [this](const QString& title, const QString& message) {
        reportError(title, message);
    };
    exchangeHooks.status = [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
    };
    m_exchange = new ExchangeMenu(file->addMenu(tr("E&xchange with other offices")), *m_session,
                                  this, exchangeHooks);
    file->addSeparator();
    file->addAction(tr("O&ffice and signing key…"), this, &MainWindow::setUpOffice);
    file->addAction(tr("&Backup copy…"), this, &MainWindow::backupCopy);
    file->addAction(tr("Generate &demo data…"), this, &MainWindow::generateDemo);
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);

    ReportsMenu::Hooks hooks;
    hooks.currentUnit = [this] {
        if (m_pages->currentIndex() == Assessment && !m_sheet->unitCode().isEmpty())
            return m_sheet->unitCode();
        return m_registry->currentCode();
    };
    hooks.error = [this](const QString& title, const QString& message) {
        reportError(title, message);
    };
    hooks.status = [this](const QString& message) { statusBar()->showMessage(message, 10000); };
    m_reports = new ReportsMenu(menuBar()->addMenu(tr("&Reports")), *m_session, this, hooks);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int page = 0; page < PageCount; ++page) {
        QAction* action = go->addAction(m_nav->item(page)->text(), this,
                                        [this, page] { showPage(static_cast<Page>(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] { showHelp(); });
    help->addAction(tr("&About Lianping"), this, &MainWindow::about);
}

void MainWindow::updateRecentMenu() {
    m_recent->clear();
    for (const QString& path : m_settings.recentDatabases())
        m_recent->addAction(path, this, [this, path] { openDatabase(path); });
    m_recent->setEnabled(!m_recent->isEmpty());
}

void MainWindow::updateStatus() {
    const QSignalBlocker block(m_year);
    m_year->clear();
    if (!m_session->isOpen()) {
        m_file->setText(tr("No database open"));
        return;
    }
    QList<int> years = m_session->years();
    if (!years.contains(m_session->year()))
        years.prepend(m_session->year());
    for (int year : years)
        m_year->addItem(tr("%1 campaign").arg(year), year);
    m_year->setCurrentIndex(m_year->findData(m_session->year()));
    m_file->setText(m_session->path());
    const Office office = Offices::current(m_session->db());
    m_operator->setText(
        office.role == Role::All
            ? tr("Operator: %1").arg(m_session->db().operatorName())
            : tr("%1 · operator: %2").arg(office.name, m_session->db().operatorName()));
    setWindowTitle(tr("%1 — Lianping 廉评").arg(QFileInfo(m_session->path()).fileName()));
}

void MainWindow::reportError(const QString& title, const QString& message) {
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (m_interactive)
        QMessageBox::critical(this, title, message);
}

bool MainWindow::openDatabase(const QString& path) {
    QString operatorName = m_settings.operatorName();
    if (operatorName.isEmpty() && m_interactive) {
        operatorName = Ask::text(this, tr("Who is working?"),
                                 tr("Your name is recorded with every change you make:"), false,
                                 defaultOperator())
                           .value_or(QString());
        if (!operatorName.trimmed().isEmpty())
            m_settings.setOperatorName(operatorName);
    }
    const Result<void> opened = m_session->open(path, operatorName);
    if (!opened) {
        if (m_interactive && offerBackups(path, opened.error().message))
            return true;
        reportError(tr("Cannot open the database"), opened.error().message);
        return false;
    }
    m_undo->clear();
    m_lastError.clear();
    m_settings.addRecentDatabase(path);
    backUpIfDue();
    updateRecentMenu();
    updateStatus();
    return true;
}

bool MainWindow::offerBackups(const QString& path, const QString& problem) {
    const std::vector<Backups::Found> found = Backups(Backups::defaultFolder()).forFileName(path);
    if (found.empty())
        return false;
    QStringList items;
    for (const Backups::Found& backup : found)
        items << tr("Backup of %1").arg(QLocale().toString(backup.made, QLocale::LongFormat));
    const std::optional<QString> chosen = Ask::item(
        this, tr("Cannot open the database"),
        tr("%1\n\nLianping keeps daily backups of this file. Restore one of them beside it? "
           "The file itself is left exactly as it is.")
            .arg(problem),
        items);
    if (!chosen || !items.contains(*chosen))
        return false;
    const Result<QString> restored =
        restoreBackup(path, found[static_cast<std::size_t>(items.indexOf(*chosen))].path);
    if (!restored) {
        reportError(tr("Backup not restored"), restored.error().message);
        return false;
    }
    Ask::inform(this, tr("Backup restored"),
                tr("The backup is restored as %1 and opened. %2 is left as it was.")
                    .arg(QDir::toNativeSeparators(*restored), QDir::toNativeSeparators(path)));
    return true;
}

Result<QString> MainWindow::restoreBackup(const QString& damagedPath, const QString& backup) {
    Result<QString> restored = Backups::restoreBeside(backup, damagedPath);
    if (!restored)
        return restored;
    if (!openDatabase(*restored))
        return fail(m_lastError);
    return restored;
}

void MainWindow::backUpIfDue() {
    // Once a day, a snapshot in the user's data folder, written on a worker thread with its
    // own read-only connection: the window never waits for it.
    const Backups backups(Backups::defaultFolder());
    const QString path = m_session->path();
    if (!m_interactive || !backups.due(m_session->db()))
        return;
    auto* watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        const Result<QString> made = watcher->result();
        if (!made)
            statusBar()->showMessage(tr("No automatic backup: %1").arg(made.error().message), 8000);
        else if (!made->isEmpty())
            statusBar()->showMessage(tr("Backup copy written to %1").arg(*made), 8000);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, backups]() -> Result<QString> {
        Result<std::unique_ptr<Database>> db =
            Workspace::open(path, QString(), Database::Mode::ReadOnly);
        if (!db)
            return db.error();
        return backups.makeIfDue(**db);
    }));
}

void MainWindow::showPage(Page page) {
    m_nav->setCurrentRow(page);
}

void MainWindow::newDatabase() {
    const QString path = FileDialog::getSaveFileName(
        this, tr("New database"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Lianping databases (*.lpdb)"));
    if (path.isEmpty())
        return;
    OfficeDialog office(this);
    if (office.exec() != QDialog::Accepted)
        return;
    if (!openDatabase(path.endsWith(QStringLiteral(".lpdb")) ? path
                                                             : path + QStringLiteral(".lpdb")))
        return;
    if (office.role() != Role::All) {
        const Result<QString> configured =
            applyOffice(office.officeName(), office.role(), office.county(), office.unit(),
                        office.keyPassphrase());
        if (!configured)
            reportError(tr("Office not set"), configured.error().message);
    }
}

Result<QString> MainWindow::applyOffice(const QString& name, Role role, const QString& county,
                                        const QString& unit, const QByteArray& keyPassphrase) {
    if (!m_session->isOpen())
        return fail(tr("No database is open."));
    const Result<OfficeKey> key =
        m_session->configureOffice(name, role, county, unit, KeyUnlock{keyPassphrase, true});
    if (!key)
        return key.error();
    return key->fingerprint();
}

void MainWindow::setUpOffice() {
    if (!m_session->isOpen())
        return;
    const Office current = Offices::current(m_session->db());
    if (current.role != Role::All) {
        const Result<OfficeKey> key = OfficeKeys::own(m_session->db());
        Ask::inform(this, tr("Office"),
                    tr("<p>This database belongs to <b>%1</b> (%2).</p><p>Signing key fingerprint: "
                       "<tt>%3</tt></p><p>A database belongs to one office for good, so that its "
                       "packages can be trusted; for another office, create a new database.</p>")
                        .arg(current.name.toHtmlEscaped(), current.describe().toHtmlEscaped(),
                             key ? key->fingerprint() : QStringLiteral("—")));
        return;
    }
    OfficeDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.role() == Role::All)
        return;
    const Result<QString> fingerprint = applyOffice(
        dialog.officeName(), dialog.role(), dialog.county(), dialog.unit(), dialog.keyPassphrase());
    if (!fingerprint) {
        reportError(tr("Office not set"), fingerprint.error().message);
        return;
    }
    Ask::inform(this, tr("Office"),
                tr("<p>This database now belongs to <b>%1</b>.</p><p>Its signing "
                   "key fingerprint is <tt>%2</tt>: give it to the offices that "
                   "will import your packages, to compare by phone.</p>")
                    .arg(dialog.officeName().toHtmlEscaped(), *fingerprint));
}

void MainWindow::openDatabaseDialog() {
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open database"), QString(), tr("Lianping databases (*.lpdb);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::backupCopy() {
    if (!m_session->isOpen())
        return;
    const QString suggested = m_session->path().chopped(5) + QStringLiteral("-backup.lpdb");
    const QString target = FileDialog::getSaveFileName(this, tr("Backup copy"), suggested,
                                                       tr("Lianping databases (*.lpdb)"));
    if (target.isEmpty())
        return;
    const Result<void> done = m_session->db().backupTo(target);
    if (!done)
        reportError(tr("No copy made"), done.error().message);
    else
        statusBar()->showMessage(tr("Copy written to %1").arg(target), 8000);
}

bool MainWindow::createDemo(const QString& path, int units) {
    const QString operatorName = m_settings.operatorName();
    const Result<QString> made = BackgroundTask::run(
        this, tr("Generating %n demo unit(s)…", nullptr, units),
        [path, units, operatorName](const BackgroundTask::Progress& progress) -> Result<QString> {
            Result<std::unique_ptr<Database>> db = Workspace::open(path, operatorName);
            if (!db)
                return db.error();
            Result<DemoSummary> summary =
                DemoGenerator(**db).generate(DemoOptions{units, 1, 2026}, progress);
            if (!summary)
                return summary.error();
            return QString::number(summary->units);
        },
        m_interactive);
    if (!made) {
        reportError(tr("No demo data"), made.error().message);
        return false;
    }
    return openDatabase(path);
}

void MainWindow::generateDemo() {
    const std::optional<double> answer = Ask::number(
        this, tr("Demo data"), tr("How many units? (A new file is created.)"), 2000, 10, 500000, 0);
    if (!answer)
        return;
    const int units = static_cast<int>(*answer);
    const QString path = FileDialog::getSaveFileName(
        this, tr("Demo database"), QStringLiteral("demo.lpdb"), tr("Lianping databases (*.lpdb)"));
    if (!path.isEmpty())
        createDemo(path, units);
}

void MainWindow::importUnits() {
    if (!m_session->isOpen())
        return;
    const QString file = FileDialog::getOpenFileName(
        this, tr("Import units"), QString(), tr("Tables (*.csv *.xlsx *.xls);;All files (*)"));
    if (file.isEmpty())
        return;
    const auto confirm = [this](const QStringList& counties) {
        if (!m_interactive)
            return m_acceptNewCounties;
        return Ask::question(
            this, tr("New counties"),
            tr("The file names %n county(ies) not yet in this database:\n\n%1\n\n"
               "Add them and import the units? Choose No to check the spelling first.",
               nullptr, counties.size())
                .arg(counties.join(QStringLiteral("、"))));
    };
    const Result<int> imported = Imports::units(this, *m_session, file, m_interactive, confirm);
    if (!imported)
        reportError(tr("Nothing imported"), imported.error().message);
    else if (*imported == 0)
        statusBar()->showMessage(tr("Nothing imported"), 10000);
    else
        statusBar()->showMessage(tr("%n unit(s) imported", nullptr, *imported), 10000);
}

void MainWindow::importScores() {
    if (!m_session->isOpen())
        return;
    const QString file = FileDialog::getOpenFileName(
        this, tr("Import scores"), QString(), tr("Tables (*.csv *.xlsx *.xls);;All files (*)"));
    if (file.isEmpty())
        return;
    const QStringList steps = {tr("Self-check"), tr("County review"), tr("City recheck")};
    const std::optional<QString> step =
        Ask::item(this, tr("Import scores"), tr("Which step are these scores?"), steps, 1);
    if (!step || !steps.contains(*step))
        return;
    const Result<int> imported = Imports::scores(
        this, *m_session, file, static_cast<Step>(steps.indexOf(*step)), m_interactive);
    if (!imported)
        reportError(tr("Nothing imported"), imported.error().message);
    else
        statusBar()->showMessage(tr("%n score(s) imported", nullptr, *imported), 10000);
}

void MainWindow::showSettings() {
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted && m_session->isOpen()) {
        m_session->db().setOperatorName(m_settings.operatorName());
        updateStatus();
    }
}

CampaignsDialog* MainWindow::showCampaigns() {
    if (!m_session->isOpen()) {
        reportError(tr("No database open"), tr("Open or create a database first."));
        return nullptr;
    }
    if (!m_campaigns)
        m_campaigns = new CampaignsDialog(*m_session, this);
    m_campaigns->reload();
    m_campaigns->show();
    m_campaigns->raise();
    m_campaigns->activateWindow();
    return m_campaigns;
}

HelpDialog* MainWindow::showHelp() {
    if (!m_help)
        m_help = new HelpDialog(this);
    static const char* pages[PageCount] = {"registry",  "assessment", "naming",    "followups",
                                           "dashboard", "ledger",     "integrity", "rubrics"};
    const int current = m_pages->currentIndex();
    CampaignSettings settings;
    if (m_session->isOpen())
        if (const std::optional<Campaign> campaign =
                CampaignRepository(m_session->db()).find(m_session->year()))
            settings = campaign->settings;
    m_help->showPage(current >= 0 && current < PageCount ? QString::fromLatin1(pages[current])
                                                         : QStringLiteral("index"),
                     m_session->year(), settings);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Lianping"),
        tr("<h3>廉评 Lianping %1</h3><p>Assessment and naming of integrity units.</p>"
           "<p>Third-party components:</p><ul>"
           "<li>Qt %2 — LGPL-3.0 (Qt Charts: GPL-3.0)</li>"
           "<li>SQLite %3 — public domain</li>"
           "<li>Fonts: WenQuanYi Micro Hei (Apache-2.0 or GPL-3.0), Noto Sans CJK (OFL-1.1), from "
           "the system</li>"
           "</ul>")
            .arg(QStringLiteral(LIANPING_VERSION), QString::fromLatin1(qVersion()),
                 Database::sqliteVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Every edit is already stored; only the window layout is left to keep.
    m_settings.setWindowGeometry(saveGeometry(), saveState());
    event->accept();
}

} // namespace lianping::ui
