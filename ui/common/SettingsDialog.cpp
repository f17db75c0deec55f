#include "SettingsDialog.h"
#include "ui/common/Ask.h"

#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>

namespace lianping::ui {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings) {
    setWindowTitle(tr("Settings"));
    m_operator = new QLineEdit(settings.operatorName());
    m_language = new QComboBox;
    m_language->addItem(QStringLiteral("中文(简体)"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Your name (recorded on every change)"), m_operator);
    form->addRow(tr("Language"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept() {
    if (m_operator->text().trimmed().isEmpty()) {
        m_operator->setFocus();
        m_operator->setPlaceholderText(tr("Enter your name"));
        return;
    }
    const bool languageChanged = m_language->currentData().toString() != m_settings.language();
    m_settings.setOperatorName(m_operator->text());
    m_settings.setLanguage(m_language->currentData().toString());
    if (languageChanged)
        Ask::inform(this, tr("Language"),
                    tr("The new language applies when Lianping starts next time."));
    QDialog::accept();
}

} // namespace lianping::ui
