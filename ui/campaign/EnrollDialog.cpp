#include "EnrollDialog.h"

#include "core/campaign/CampaignRepository.h"
#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lianping::ui {

EnrollDialog::EnrollDialog(Session& session, int year, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(year) {
    setWindowTitle(tr("Enrol units in the %1 campaign").arg(year));
    m_type = new QComboBox;
    m_type->addItem(tr("All types"), QString());
    for (const UnitType& type : TypeRepository(session.db()).list())
        m_type->addItem(type.name, type.code);
    m_county = new QComboBox;
    m_county->addItem(tr("All counties"), QString());
    for (const QString& county : LookupTables::counties(session.db()))
        m_county->addItem(county, county);
    m_codes = new QLineEdit;
    m_codes->setPlaceholderText(tr("Or unit codes, separated by spaces or commas"));
    m_codes->setClearButtonEnabled(true);
    auto* note = new QLabel(tr("Every active unit of the registry that matches is enrolled, with "
                               "its type's rubric for the year. Units already enrolled stay as "
                               "they are."));
    note->setWordWrap(true);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b00020; font-weight:bold"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_enrollButton = m_buttons->addButton(tr("Enrol"), QDialogButtonBox::AcceptRole);

    auto* form = new QFormLayout;
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("County:"), m_county);
    form->addRow(tr("Units:"), m_codes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (enroll())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Given codes are enrolled exactly; the type and county no longer apply.
    connect(m_codes, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_type->setEnabled(text.trimmed().isEmpty());
        m_county->setEnabled(text.trimmed().isEmpty());
    });
    resize(460, 220);
}

bool EnrollDialog::enroll() {
    UnitFilter filter;
    filter.typeCode = m_type->currentData().toString();
    filter.county = m_county->currentData().toString();
    static const QRegularExpression separators(QStringLiteral("[\\s,，、;；]+"));
    const QStringList codes = m_codes->text().split(separators, Qt::SkipEmptyParts);
    // All 200,000 units of a city take seconds: on a worker thread with its own connection.
    const Result<int> added = m_session.enroll(
        m_year, filter, codes, BackgroundTask::runner(this, tr("Enrolling units…")));
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        return false;
    }
    m_enrolled = *added;
    return true;
}

QString EnrollDialog::summary() const {
    if (m_enrolled < 0)
        return {};
    if (m_enrolled == 0)
        return tr("No unit newly enrolled: every matching unit already takes part in the %1 "
                  "campaign.")
            .arg(m_year);
    return tr("%1 units newly enrolled in the %2 campaign.").arg(m_enrolled).arg(m_year);
}

} // namespace lianping::ui
