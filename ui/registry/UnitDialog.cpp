#include "UnitDialog.h"

#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRepository.h"
#include "core/storage/Database.h"
#include "ui/common/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QVBoxLayout>

namespace lianping::ui {

UnitDialog::UnitDialog(Session& session, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_db(session.db())
    , m_originalCode(code) {
    setWindowTitle(code.isEmpty() ? tr("Add unit") : tr("Edit unit %1").arg(code));
    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field, const QString& key) {
        auto* row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(addError(key));
        form->addRow(label, row);
    };
    m_code = new QLineEdit(code);
    m_code->setReadOnly(!code.isEmpty());
    m_code->setPlaceholderText(tr("e.g. LZ-AG-001"));
    addRow(tr("Code"), m_code, QStringLiteral("code"));
    m_name = new QLineEdit;
    addRow(tr("Name"), m_name, QStringLiteral("name"));
    m_type = new QComboBox;
    for (const UnitType& type : TypeRepository(m_db).list())
        m_type->addItem(type.name, type.code);
    addRow(tr("Type"), m_type, QStringLiteral("type"));
    m_county = new QComboBox;
    m_county->setEditable(true);
    for (const QString& county : LookupTables::counties(m_db))
        m_county->addItem(county);
    m_county->setCurrentText(QString());
    addRow(tr("County"), m_county, QStringLiteral("county"));
    m_lead = new QLineEdit;
    m_lead->setPlaceholderText(tr("empty: the type's lead department"));
    addRow(tr("Lead department"), m_lead, QStringLiteral("lead"));
    m_contact = new QLineEdit;
    addRow(tr("Contact"), m_contact, QStringLiteral("contact"));
    m_demo = new QCheckBox(tr("Demonstration point"));
    form->addRow(QString(), m_demo);

    if (!code.isEmpty()) {
        if (const std::optional<Unit> unit = UnitRepository(m_db).find(code)) {
            m_name->setText(unit->name);
            m_type->setCurrentIndex(m_type->findData(unit->typeCode));
            m_county->setCurrentText(unit->county);
            m_lead->setText(unit->lead);
            m_contact->setText(unit->contact);
            m_demo->setChecked(unit->demo);
        }
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    clearErrors();
}

QLabel* UnitDialog::addError(const QString& field) {
    auto* label = new QLabel;
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    m_errors.insert(field, label);
    return label;
}

QLabel* UnitDialog::errorLabel(const QString& field) const {
    return m_errors.value(field);
}

void UnitDialog::clearErrors() {
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void UnitDialog::showError(const QString& field, const QString& message) {
    QLabel* label = m_errors.value(field);
    label->setText(message);
    label->show();
}

void UnitDialog::accept() {
    clearErrors();
    const QString code = m_code->text().trimmed();
    bool valid = true;
    UnitRepository units(m_db);
    if (code.isEmpty()) {
        showError(QStringLiteral("code"), tr("Enter the unit code"));
        valid = false;
    } else if (m_originalCode.isEmpty() && units.find(code)) {
        showError(QStringLiteral("code"), tr("Code %1 is already used").arg(code));
        valid = false;
    }
    if (m_name->text().trimmed().isEmpty()) {
        showError(QStringLiteral("name"), tr("Enter the unit's name"));
        valid = false;
    }
    if (m_county->currentText().trimmed().isEmpty()) {
        showError(QStringLiteral("county"), tr("Choose or type the county"));
        valid = false;
    }
    if (!valid)
        return;
    Result<void> saved;
    if (m_originalCode.isEmpty()) {
        UnitInput input{code,
                        m_name->text(),
                        m_type->currentData().toString(),
                        m_county->currentText(),
                        m_lead->text(),
                        m_demo->isChecked(),
                        m_contact->text()};
        Result<std::int64_t> id = m_session.addUnit(input);
        if (!id)
            saved = id.error();
    } else {
        const std::vector<std::pair<QString, QString>> fields = {
            {QStringLiteral("name"), m_name->text()},
            {QStringLiteral("type"), m_type->currentData().toString()},
            {QStringLiteral("county"), m_county->currentText()},
            {QStringLiteral("lead"), m_lead->text()},
            {QStringLiteral("contact"), m_contact->text()},
            {QStringLiteral("demo"),
             m_demo->isChecked() ? QStringLiteral("yes") : QStringLiteral("no")}};
        saved = m_session.updateUnit(code, fields);
    }
    if (!saved) {
        showError(QStringLiteral("name"), saved.error().message);
        return;
    }
    m_savedCode = code;
    QDialog::accept();
}

} // namespace lianping::ui
