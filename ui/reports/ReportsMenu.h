#pragma once
// The Reports menu: print or export the current unit's rating report, reports in batch, the
// naming list, the summary workbook and self-check templates. Asks for files and hands the
// work to Documents.

#include "core/common/Result.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace lianping::ui {

class Session;

class ReportsMenu : public QObject {
    Q_OBJECT
public:
    struct Hooks {
        std::function<QString()> currentUnit; // the unit on screen, or empty
        std::function<void(const QString& title, const QString& message)> error;
        std::function<void(const QString& message)> status;
    };
    ReportsMenu(QMenu* menu, Session& session, QWidget* window, Hooks hooks);

public slots:
    void previewReport();
    void exportReport();
    // The same report as a .docx, to amend and sign in Word or WPS.
    void exportReportAsWord();
    void exportBatch();
    void exportSummary();
    void previewNamingList();
    // The campaign's issuer, prefix and addressees; true when saved.
    bool editNoticeSettings();
    void exportNamingList();
    void exportTemplate();

private:
    void showFailure(const QString& title, const Error& error);
    void exportReportAs(bool word);
    bool ready() const;
    bool noticeReady(); // ready, and the notice's issuer known (asked for if not)
    QString unitOrAsk();

    Session& m_session;
    QWidget* m_window;
    Hooks m_hooks;
};

} // namespace lianping::ui
