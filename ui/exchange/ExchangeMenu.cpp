#include "ExchangeMenu.h"

#include "ui/common/Ask.h"

#include "ui/exchange/KeyPrompt.h"

#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageFile.h"
#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Session.h"
#include "ui/exchange/ConflictsDialog.h"
#include "ui/exchange/ImportPreviewDialog.h"

#include "ui/common/FileDialog.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace lianping::ui {

ExchangeMenu::ExchangeMenu(QMenu* menu, Session& session, QWidget* window, Hooks hooks)
    : QObject(menu)
    , m_session(session)
    , m_window(window)
    , m_hooks(std::move(hooks)) {
    menu->addAction(tr("E&xport package…"), this, &ExchangeMenu::exportPackage);
    menu->addAction(tr("&Import package…"), this, &ExchangeMenu::importPackage);
    menu->addAction(tr("&Conflicts…"), this, &ExchangeMenu::showConflicts);
    menu->addSeparator();
    menu->addAction(tr("Export this office's &key…"), this, &ExchangeMenu::exportKey);
    menu->addAction(tr("&Trust another office's key…"), this, &ExchangeMenu::trustKey);
}

bool ExchangeMenu::ready() const {
    return m_session.isOpen();
}

Result<ImportReport> ExchangeMenu::runImport(QWidget* parent, Session& session, const QString& path,
                                             const QByteArray& passphrase, bool dryRun,
                                             bool showProgress) {
    return session.importPackage(
        path, passphrase, dryRun,
        BackgroundTask::runner(parent,
                               dryRun ? tr("Checking the package…") : tr("Importing the package…"),
                               showProgress));
}

void ExchangeMenu::importPackage() {
    if (!ready())
        return;
    const QString path = FileDialog::getOpenFileName(m_window, tr("Import package"), QString(),
                                                     tr("Lianping packages (*.lpkg)"));
    if (path.isEmpty())
        return;
    QByteArray passphrase;
    if (Result<PackageFile> file = PackageFile::read(path); file && file->encrypted) {
        const std::optional<QString> answer = Ask::text(
            m_window, tr("Import package"), tr("This package is encrypted. Passphrase:"), true);
        if (!answer)
            return;
        passphrase = answer->toUtf8();
    }
    const Result<ImportReport> preview = runImport(m_window, m_session, path, passphrase, true);
    if (!preview) {
        m_hooks.error(tr("Package not imported"), preview.error().message);
        return;
    }
    ImportPreviewDialog dialog(*preview, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<ImportReport> done = runImport(m_window, m_session, path, passphrase, false);
    if (!done) {
        m_hooks.error(tr("Package not imported"), done.error().message);
        return;
    }
    int conflicts = 0;
    for (const auto& [kind, tally] : done->kinds)
        conflicts += tally.conflicts;
    m_hooks.status(tr("Package from %1 imported").arg(done->origin.office.name));
    if (conflicts > 0)
        showConflicts();
}

void ExchangeMenu::exportPackage() {
    if (!ready())
        return;
    if (m_session.year() == 0) {
        m_hooks.error(tr("No campaign"),
                      tr("Create a campaign first: packages carry a campaign year."));
        return;
    }
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Export package"));
    auto* county = new QComboBox;
    county->addItem(tr("All counties"), QString());
    for (const QString& name : LookupTables::counties(m_session.db()))
        county->addItem(name, name);
    auto* type = new QComboBox;
    type->addItem(tr("All types"), QString());
    for (const UnitType& entry : TypeRepository(m_session.db()).list())
        type->addItem(entry.name, entry.code);
    auto* passphrase = new QLineEdit;
    passphrase->setEchoMode(QLineEdit::Password);
    passphrase->setPlaceholderText(tr("optional: for a USB stick"));
    auto* again = new QLineEdit;
    again->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("County:"), county);
    form->addRow(tr("Type:"), type);
    form->addRow(tr("Passphrase:"), passphrase);
    form->addRow(tr("Repeat:"), again);
    // Evidence files already sent in a package of this scope are left out unless asked for
    // (the receiver lost that package, or it goes to another office).
    auto* allFiles = new QCheckBox(tr("Include &every evidence file, also those sent before"));
    allFiles->setObjectName(QStringLiteral("allEvidence"));
    form->addRow(allFiles);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (passphrase->text() != again->text()) {
            again->clear();
            again->setFocus();
            again->setPlaceholderText(tr("the two passphrases differ"));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = FileDialog::getSaveFileName(
        m_window, tr("Export package"),
        QDir::home().filePath(QStringLiteral("%1-%2.lpkg")
                                  .arg(m_session.year())
                                  .arg(county->currentData().toString().isEmpty()
                                           ? tr("all")
                                           : county->currentText())),
        tr("Lianping packages (*.lpkg)"));
    if (path.isEmpty())
        return;
    const std::optional<KeyUnlock> unlock = KeyPrompt::unlock(m_window, m_session.db());
    if (!unlock)
        return;
    RecordScope scope;
    scope.year = m_session.year();
    scope.county = county->currentData().toString();
    scope.typeCode = type->currentData().toString();
    QApplication::setOverrideCursor(Qt::WaitCursor); // evidence files may take a while
    const Result<ExportSummary> written = PackageExporter::write(
        m_session.db(), scope, path, passphrase->text().toUtf8(), *unlock, allFiles->isChecked());
    QApplication::restoreOverrideCursor();
    if (!written)
        m_hooks.error(tr("Package not written"), written.error().message);
    else if (written->files > 0 || written->filesAlreadySent > 0)
        m_hooks.status(tr("Saved %1 with %2 evidence files (%3 sent before are left out)")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(written->files)
                           .arg(written->filesAlreadySent));
    else
        m_hooks.status(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ExchangeMenu::showConflicts() {
    if (!ready())
        return;
    ConflictsDialog dialog(m_session, m_window);
    dialog.exec();
}

void ExchangeMenu::exportKey() {
    if (!ready())
        return;
    const std::optional<KeyUnlock> unlock = KeyPrompt::unlock(m_window, m_session.db());
    if (!unlock)
        return;
    const Result<QByteArray> key = OfficeKeys::exportKeyFile(m_session.db(), *unlock);
    if (!key) {
        m_hooks.error(tr("No key"), key.error().message);
        return;
    }
    const QString path = FileDialog::getSaveFileName(
        m_window, tr("Export this office's key"),
        QDir::home().filePath(QStringLiteral("office.lpkey")), tr("Office keys (*.lpkey)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*key) != key->size() || !file.commit()) {
        m_hooks.error(tr("No key"), file.errorString());
        return;
    }
    Ask::inform(m_window, tr("Office key"),
                tr("Saved. Give this file to the other office and read them this fingerprint by "
                   "phone:\n\n%1")
                    .arg(OfficeKeys::own(m_session.db())->fingerprint()));
}

void ExchangeMenu::trustKey() {
    if (!ready())
        return;
    const QString path =
        FileDialog::getOpenFileName(m_window, tr("Trust another office's key"), QString(),
                                    tr("Office keys (*.lpkey *.json *.key);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_hooks.error(tr("Key not trusted"), file.errorString());
        return;
    }
    const QByteArray bytes = file.read(64 * 1024);
    trustKeyFile(bytes, path);
}

bool ExchangeMenu::trustKeyFile(const QByteArray& bytes, const QString& source) {
    // Whose key it is and its fingerprint first, to compare by phone; trusted only when the
    // person says so.
    const Result<OfficeKey> read = OfficeKeys::readKeyFile(bytes, source);
    if (!read) {
        m_hooks.error(tr("Key not trusted"), read.error().message);
        return false;
    }
    if (!Ask::confirm(m_window, tr("Trust this office's key?"),
                      tr("The key file is from %1 (%2).\n\nIts fingerprint:\n%3\n\nRead it out "
                         "with that office by phone; trust the key only if it is the same.")
                          .arg(read->office.name, read->office.describe(), read->fingerprint()),
                      tr("The fingerprints match: trust it")))
        return false;
    const Result<OfficeKey> key = m_session.trustKey(bytes, source);
    if (!key) {
        m_hooks.error(tr("Key not trusted"), key.error().message);
        return false;
    }
    m_hooks.status(tr("%1 (%2) is now trusted.").arg(key->office.name, key->office.describe()));
    return true;
}

} // namespace lianping::ui
