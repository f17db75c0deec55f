#pragma once
// The main window only composes: navigation between the screens, the menus, the open file
// and campaign year always visible in the status bar.

#include "core/common/Result.h"
#include "core/office/Office.h"
#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace lianping::ui {

class CampaignsDialog;
class DashboardView;
class FollowUpView;
class LedgerView;
class HelpDialog;
class IndexView;
class NamingView;
class RegistryView;
class ReportsMenu;
class ExchangeMenu;
class RubricView;
class ScoreSheetView;
class Session;
class Settings;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        Registry,
        Assessment,
        Naming,
        FollowUp,
        Dashboard,
        TaskLedger,
        Index,
        Rubrics,
        PageCount
    };

    MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a database; on failure shows (or, non-interactive, records) a message to act on.
    bool openDatabase(const QString& path);
    // Restores an automatic backup of a file that will not open beside it (never over it) and
    // opens the copy; the copy's path.
    Result<QString> restoreBackup(const QString& damagedPath, const QString& backup);
    // Creates a demo database at path with the given number of units, in the background.
    bool createDemo(const QString& path, int units);
    void showPage(Page page);
    // Tests and screenshots run without modal dialogs.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Not interactive (tests): the answer to "add these new counties?".
    void setAcceptNewCounties(bool accept) { m_acceptNewCounties = accept; }
    QString lastError() const { return m_lastError; }

    Session& session() { return *m_session; }
    QUndoStack& undoStack() { return *m_undo; }
    RegistryView* registry() const { return m_registry; }
    ScoreSheetView* sheet() const { return m_sheet; }
    NamingView* naming() const { return m_naming; }
    FollowUpView* followUps() const { return m_followUps; }
    LedgerView* ledger() const { return m_ledger; }
    IndexView* indexView() const { return m_index; }
    // File › Campaign years…: every campaign, new year, settings, enrolment; created on first use.
    CampaignsDialog* showCampaigns();
    // The user guide at the page of the screen in front (F1); created on first use.
    HelpDialog* showHelp();
    DashboardView* dashboard() const { return m_dashboard; }
    QComboBox* yearBox() const { return m_year; }
    ReportsMenu* reports() const { return m_reports; }
    ExchangeMenu* exchange() const { return m_exchange; }

public slots:
    void newDatabase();
    void openDatabaseDialog();
    void backupCopy();
    // File › Office: set up which office this database belongs to, or show it and its key.
    void setUpOffice();
    // The work of setUpOffice() after its dialog: the office and its signing key, sealed in
    // this account's keyring and with the key passphrase; the key's fingerprint.
    Result<QString> applyOffice(const QString& name, Role role, const QString& county,
                                const QString& unit, const QByteArray& keyPassphrase);
    void generateDemo();
    void importUnits();
    void importScores();
    void showSettings();
    void about();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void updateRecentMenu();
    void updateStatus();
    void reportError(const QString& title, const QString& message);
    void backUpIfDue();
    // A file that will not open: offers its automatic backups, newest first. True when one
    // was restored and opened.
    bool offerBackups(const QString& path, const QString& problem);

    Settings& m_settings;
    Session* m_session = nullptr;
    QUndoStack* m_undo = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
    RegistryView* m_registry = nullptr;
    ScoreSheetView* m_sheet = nullptr;
    NamingView* m_naming = nullptr;
    FollowUpView* m_followUps = nullptr;
    LedgerView* m_ledger = nullptr;
    HelpDialog* m_help = nullptr;
    CampaignsDialog* m_campaigns = nullptr;
    IndexView* m_index = nullptr;
    DashboardView* m_dashboard = nullptr;
    RubricView* m_rubrics = nullptr;
    ReportsMenu* m_reports = nullptr;
    ExchangeMenu* m_exchange = nullptr;
    QComboBox* m_year = nullptr;
    QLabel* m_file = nullptr;
    QLabel* m_operator = nullptr;
    QMenu* m_recent = nullptr;
    bool m_interactive = true;
    bool m_acceptNewCounties = false;
    QString m_lastError;
};

} // namespace lianping::ui
