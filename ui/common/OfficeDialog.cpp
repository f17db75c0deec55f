#include "OfficeDialog.h"

#include "core/exchange/KeyVault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace lianping::ui {

OfficeDialog::OfficeDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Whose database is this?"));
    m_role = new QComboBox;
    m_role->addItem(tr("One laptop for the whole campaign (all roles)"),
                    static_cast<int>(Role::All));
    m_role->addItem(tr("A county/district discipline inspection office"),
                    static_cast<int>(Role::County));
    m_role->addItem(tr("The city discipline inspection office"), static_cast<int>(Role::City));
    m_role->addItem(tr("A unit doing its own self-check"), static_cast<int>(Role::Unit));
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("e.g. 利州区纪委"));
    m_county = new QLineEdit;
    m_county->setPlaceholderText(tr("e.g. 利州区"));
    m_unit = new QLineEdit;
    m_unit->setPlaceholderText(tr("the unit's code"));
    m_passphrase = new QLineEdit;
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(
        tr("at least %1 characters").arg(KeyVault::MinPassphraseLength));
    m_again = new QLineEdit;
    m_again->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Each office records its own step: the unit its self-check, the "
                                "county its review, the city "
                                "its recheck and the naming. This cannot be changed later."));
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Office"), m_role);
    form->addRow(tr("Office name"), m_name);
    form->addRow(tr("County"), m_county);
    form->addRow(tr("Unit code"), m_unit);
    auto* keyNote = new QLabel(
        tr("Packages this office sends are signed with its key. The key is kept locked: this "
           "computer's keyring opens it for you, and on any other computer only this "
           "passphrase does. Keep it where the office keeps its seals."));
    keyNote->setWordWrap(true);
    form->addRow(keyNote);
    form->addRow(tr("Key passphrase"), m_passphrase);
    form->addRow(tr("Repeat passphrase"), m_again);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfficeDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &OfficeDialog::update);
    update();
}

Role OfficeDialog::role() const {
    return static_cast<Role>(m_role->currentData().toInt());
}
QString OfficeDialog::officeName() const {
    return m_name->text().trimmed();
}
QString OfficeDialog::county() const {
    return m_county->text().trimmed();
}
QString OfficeDialog::unit() const {
    return m_unit->text().trimmed();
}

void OfficeDialog::update() {
    m_name->setEnabled(role() != Role::All);
    m_county->setEnabled(role() == Role::County);
    m_unit->setEnabled(role() == Role::Unit);
    m_passphrase->setEnabled(role() != Role::All);
    m_again->setEnabled(role() != Role::All);
}

QByteArray OfficeDialog::keyPassphrase() const {
    return m_passphrase->text().toUtf8();
}

void OfficeDialog::accept() {
    if (role() != Role::All && officeName().isEmpty()) {
        m_error->setText(tr("Enter the office's name"));
        return;
    }
    if (role() == Role::County && county().isEmpty()) {
        m_error->setText(tr("Enter the county this office reviews"));
        return;
    }
    if (role() != Role::All) {
        if (m_passphrase->text().size() < KeyVault::MinPassphraseLength) {
            m_error->setText(tr("Choose a key passphrase of at least %1 characters")
                                 .arg(KeyVault::MinPassphraseLength));
            m_passphrase->setFocus();
            return;
        }
        if (m_passphrase->text() != m_again->text()) {
            m_error->setText(tr("The two key passphrases differ"));
            m_again->clear();
            m_again->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace lianping::ui
