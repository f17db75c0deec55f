#include "CampaignForm.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace lianping::ui {

namespace {

QDoubleSpinBox* spin(double low, double high, int decimals, double step, const QString& suffix) {
    auto* box = new QDoubleSpinBox;
    box->setRange(low, high);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setMinimumWidth(110);
    box->setMaximumWidth(150); // a number, not a sentence: the message goes beside it
    return box;
}

QLabel* messageLabel() {
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->hide();
    return label;
}

// A field with its message to the right of it.
QWidget* withMessage(QWidget* field, QLabel* message) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 0, Qt::AlignLeft);
    layout->addWidget(message, 1);
    layout->addStretch(); // the field stays at the left while the message is hidden
    return row;
}

void setMessage(QLabel* label, const QString& text, bool error) {
    label->setStyleSheet(error ? QStringLiteral("color:#b00020") : QStringLiteral("color:#666"));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

CampaignForm::CampaignForm(QWidget* parent)
    : QWidget(parent) {
    m_reason = new QLabel;
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color:#8a6d00; font-weight:bold"));
    m_reason->hide();
    m_orgWeight = spin(0, 100, 1, 5, QStringLiteral(" %"));
    m_basicWeight = spin(0, 1, 2, 0.05, QString());
    m_excellent = spin(0, 100, 1, 1, tr(" points"));
    m_qualified = spin(0, 100, 1, 1, tr(" points"));
    m_quotaOn = new QCheckBox(tr("At most"));
    m_quota = spin(0, 100, 1, 1, QStringLiteral(" %"));
    m_formula = new QLabel;
    m_formula->setTextFormat(Qt::RichText);
    m_weightMessage = messageLabel();
    m_thresholdMessage = messageLabel();
    m_quotaMessage = messageLabel();

    auto* quotaRow = new QWidget;
    auto* quotaLayout = new QHBoxLayout(quotaRow);
    quotaLayout->setContentsMargins(0, 0, 0, 0);
    quotaLayout->addWidget(m_quotaOn);
    quotaLayout->addWidget(m_quota);
    quotaLayout->addWidget(new QLabel(tr("of a county's units excellent")));
    quotaLayout->addWidget(m_quotaMessage, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("Organisational weight w:"), withMessage(m_orgWeight, m_weightMessage));
    form->addRow(QString(), m_formula);
    form->addRow(tr("Weight of a 'basically satisfied' ballot:"), m_basicWeight);
    form->addRow(tr("Excellent from:"), m_excellent);
    form->addRow(tr("Qualified from:"), withMessage(m_qualified, m_thresholdMessage));
    form->addRow(tr("Excellence quota:"), quotaRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reason);
    layout->addLayout(form);

    for (QDoubleSpinBox* box : {m_orgWeight, m_basicWeight, m_excellent, m_qualified, m_quota})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            updateFormula();
            validate();
            emit edited();
        });
    connect(m_quotaOn, &QCheckBox::toggled, this, [this](bool on) {
        m_quota->setEnabled(on && !m_locked);
        validate();
        emit edited();
    });
    setSettings(CampaignSettings{});
}

void CampaignForm::setSettings(const CampaignSettings& settings) {
    const QSignalBlocker blocks[] = {QSignalBlocker(m_orgWeight), QSignalBlocker(m_basicWeight),
                                     QSignalBlocker(m_excellent), QSignalBlocker(m_qualified),
                                     QSignalBlocker(m_quotaOn),   QSignalBlocker(m_quota)};
    m_orgWeight->setValue(settings.orgWeight * 100.0);
    m_basicWeight->setValue(settings.basicWeight);
    m_excellent->setValue(settings.excellent);
    m_qualified->setValue(settings.qualified);
    m_quotaOn->setChecked(settings.excellentQuota.has_value());
    m_quota->setValue(settings.excellentQuota.value_or(20.0));
    m_quota->setEnabled(settings.excellentQuota.has_value() && !m_locked);
    updateFormula();
    validate();
}

CampaignSettings CampaignForm::settings() const {
    CampaignSettings settings;
    settings.orgWeight = m_orgWeight->value() / 100.0;
    settings.basicWeight = m_basicWeight->value();
    settings.excellent = m_excellent->value();
    settings.qualified = m_qualified->value();
    if (m_quotaOn->isChecked())
        settings.excellentQuota = m_quota->value();
    return settings;
}

void CampaignForm::updateFormula() {
    const double w = m_orgWeight->value() / 100.0;
    m_formula->setText(
        tr("T = w·S<sub>org</sub> + (1 − w)·S<sub>mass</sub> = %1·S<sub>org</sub> + "
           "%2·S<sub>mass</sub>")
            .arg(QLocale().toString(w, 'g', 3), QLocale().toString(1.0 - w, 'g', 3)));
}

bool CampaignForm::validate() {
    bool ok = true;
    const double w = m_orgWeight->value();
    setMessage(m_weightMessage,
               w >= 100.0 ? tr("The mass survey does not count.")
               : w <= 0.0 ? tr("The organisational score does not count.")
                          : QString(),
               false);
    if (m_qualified->value() > m_excellent->value()) {
        setMessage(m_thresholdMessage,
                   tr("The qualified threshold must not be above the excellent one (%1).")
                       .arg(m_excellent->value()),
                   true);
        ok = false;
    } else {
        setMessage(m_thresholdMessage, QString(), false);
    }
    if (m_quotaOn->isChecked() && m_quota->value() <= 0.0) {
        setMessage(m_quotaMessage, tr("With a quota of 0 % no unit can be excellent."), true);
        ok = false;
    } else {
        setMessage(m_quotaMessage, QString(), false);
    }
    return ok;
}

void CampaignForm::setLocked(const QString& reason) {
    m_locked = !reason.isEmpty();
    for (QDoubleSpinBox* box : {m_orgWeight, m_basicWeight, m_excellent, m_qualified, m_quota}) {
        box->setReadOnly(m_locked);
        box->setButtonSymbols(m_locked ? QAbstractSpinBox::NoButtons
                                       : QAbstractSpinBox::UpDownArrows);
    }
    m_quotaOn->setEnabled(!m_locked);
    m_quota->setEnabled(m_quotaOn->isChecked() && !m_locked);
    m_reason->setText(reason);
    m_reason->setVisible(m_locked);
}

} // namespace lianping::ui
