#include "ReportsMenu.h"
#include "ui/common/Ask.h"

#include "core/campaign/CampaignRepository.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRepository.h"
#include "ui/common/Session.h"
#include "ui/reports/BatchReportDialog.h"
#include "ui/reports/Documents.h"
#include "ui/reports/NoticeSettingsDialog.h"

#include "ui/common/FileDialog.h"
#include <QDir>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenu>

namespace lianping::ui {

ReportsMenu::ReportsMenu(QMenu* menu, Session& session, QWidget* window, Hooks hooks)
    : QObject(menu)
    , m_session(session)
    , m_window(window)
    , m_hooks(std::move(hooks)) {
    menu->addAction(tr("&Print rating report…"), QKeySequence::Print, this,
                    &ReportsMenu::previewReport);
    menu->addAction(tr("Export rating report as &PDF…"), this, &ReportsMenu::exportReport);
    menu->addAction(tr("Export rating report as &Word…"), this, &ReportsMenu::exportReportAsWord);
    menu->addAction(tr("Rating reports in &batch…"), this, &ReportsMenu::exportBatch);
    menu->addSeparator();
    menu->addAction(tr("Print &naming list…"), this, &ReportsMenu::previewNamingList);
    menu->addAction(tr("Export naming &list as PDF…"), this, &ReportsMenu::exportNamingList);
    menu->addAction(tr("Naming notice &settings…"), this, &ReportsMenu::editNoticeSettings);
    menu->addSeparator();
    menu->addAction(tr("Export &summary workbook (Excel)…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    &ReportsMenu::exportSummary);
    menu->addAction(tr("Self-check &template (Excel)…"), this, &ReportsMenu::exportTemplate);
}

void ReportsMenu::showFailure(const QString& title, const Error& error) {
    // Stopping work on purpose is not a failure: say where it stopped, no error dialog.
    if (error.cancelled)
        m_hooks.status(error.message);
    else
        m_hooks.error(title, error.message);
}

bool ReportsMenu::ready() const {
    if (!m_session.isOpen())
        return false;
    if (m_session.year() == 0) {
        m_hooks.error(tr("No campaign"),
                      tr("Create a campaign first: reports are written for a campaign year."));
        return false;
    }
    return true;
}

QString ReportsMenu::unitOrAsk() {
    QString code = m_hooks.currentUnit ? m_hooks.currentUnit() : QString();
    if (!code.isEmpty())
        return code;
    return Ask::text(m_window, tr("Rating report"),
                     tr("Unit code (select a unit in the registry to skip this):"))
        .value_or(QString())
        .trimmed();
}

void ReportsMenu::previewReport() {
    if (!ready())
        return;
    const QString code = unitOrAsk();
    if (code.isEmpty())
        return;
    const Result<void> shown = Documents::previewReport(m_window, m_session, code);
    if (!shown)
        showFailure(tr("No report"), shown.error());
}

void ReportsMenu::exportReport() {
    exportReportAs(false);
}

void ReportsMenu::exportReportAsWord() {
    exportReportAs(true);
}

void ReportsMenu::exportReportAs(bool word) {
    if (!ready())
        return;
    const QString code = unitOrAsk();
    if (code.isEmpty())
        return;
    const std::optional<Unit> unit = UnitRepository(m_session.db()).find(code);
    const QString suggested =
        QDir::home().filePath(QStringLiteral("%1-%2.%3")
                                  .arg(code, unit ? unit->name : tr("rating report"),
                                       word ? QStringLiteral("docx") : QStringLiteral("pdf")));
    const QString pdfFilter = tr("PDF files (*.pdf)");
    const QString wordFilter = tr("Word documents (*.docx)");
    QString chosenFilter = word ? wordFilter : pdfFilter;
    QString path =
        FileDialog::getSaveFileName(m_window, tr("Export rating report"), suggested,
                                    pdfFilter + QStringLiteral(";;") + wordFilter, &chosenFilter);
    // The format follows the name; a name without one takes the chosen filter's.
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive))
        path += chosenFilter == wordFilter ? QStringLiteral(".docx") : QStringLiteral(".pdf");
    if (path.isEmpty())
        return;
    const Result<void> written = Documents::exportReport(m_session, code, path);
    if (!written)
        showFailure(tr("No report"), written.error());
    else
        m_hooks.status(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsMenu::exportBatch() {
    if (!ready())
        return;
    BatchReportDialog dialog(m_session, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<int> written =
        Documents::exportBatch(m_window, m_session, dialog.scope(), dialog.target());
    if (!written)
        showFailure(tr("Reports not finished"), written.error());
    else
        m_hooks.status(tr("%n report(s) written to %1", nullptr, *written)
                           .arg(QDir::toNativeSeparators(dialog.target())));
}

void ReportsMenu::exportSummary() {
    if (!ready())
        return;
    const QString path = FileDialog::getSaveFileName(
        m_window, tr("Export summary workbook"),
        QDir::home().filePath(QStringLiteral("%1年度廉洁细胞考评汇总.xlsx").arg(m_session.year())),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Result<void> written = Documents::exportSummary(m_window, m_session, path);
    if (!written)
        showFailure(tr("Workbook not written"), written.error());
    else
        m_hooks.status(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

bool ReportsMenu::editNoticeSettings() {
    if (!ready())
        return false;
    CampaignRepository campaigns(m_session.db());
    const std::optional<Campaign> campaign = campaigns.find(m_session.year());
    if (!campaign)
        return false;
    NoticeSettingsDialog dialog(campaign->notice, m_session.year(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Result<void> saved = campaigns.setNotice(m_session.year(), dialog.settings());
    if (!saved) {
        showFailure(tr("Naming notice settings"), saved.error());
        return false;
    }
    m_hooks.status(tr("Naming notice settings saved"));
    return true;
}

bool ReportsMenu::noticeReady() {
    if (!ready())
        return false;
    const std::optional<Campaign> campaign =
        CampaignRepository(m_session.db()).find(m_session.year());
    // A notice without its issuing office is no notice: ask for it first.
    if (campaign && campaign->notice.issuer.trimmed().isEmpty())
        return editNoticeSettings();
    return true;
}

void ReportsMenu::previewNamingList() {
    if (!noticeReady())
        return;
    const Result<void> shown = Documents::previewNamingList(m_window, m_session);
    if (!shown)
        showFailure(tr("No naming list"), shown.error());
}

void ReportsMenu::exportNamingList() {
    if (!noticeReady())
        return;
    const QString path = FileDialog::getSaveFileName(
        m_window, tr("Export naming list"),
        QDir::home().filePath(QStringLiteral("%1年度廉洁细胞命名名单.pdf").arg(m_session.year())),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<void> written = Documents::exportNamingList(m_session, path);
    if (!written)
        showFailure(tr("No naming list"), written.error());
    else
        m_hooks.status(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsMenu::exportTemplate() {
    if (!ready())
        return;
    QStringList names;
    QStringList codes;
    for (const UnitType& type : TypeRepository(m_session.db()).list()) {
        names << type.name;
        codes << type.code;
    }
    const std::optional<QString> chosen = Ask::item(m_window, tr("Self-check template"),
                                                    tr("Template for which type of unit?"), names);
    if (!chosen || !names.contains(*chosen))
        return;
    const QString name = *chosen;
    const QString path = FileDialog::getSaveFileName(
        m_window, tr("Save self-check template"),
        QDir::home().filePath(
            QStringLiteral("%1年度%2自评表.xlsx").arg(m_session.year()).arg(name)),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Result<void> written =
        Documents::exportTemplate(m_session, codes[names.indexOf(name)], path);
    if (!written)
        showFailure(tr("Template not written"), written.error());
    else
        m_hooks.status(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace lianping::ui
