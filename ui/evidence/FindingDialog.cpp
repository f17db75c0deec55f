#include "FindingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <cmath>

namespace lianping::ui {

FindingDialog::FindingDialog(const QString& where, HalfPoints max,
                             const std::vector<EvidenceFile>& files, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Add a finding"));
    m_text = new QLineEdit;
    m_text->setPlaceholderText(tr("e.g. 会议记录缺少3月份"));
    m_text->setMinimumWidth(360);
    m_deduct = new QDoubleSpinBox;
    m_deduct->setDecimals(1);
    m_deduct->setSingleStep(0.5);
    m_deduct->setRange(0, max / 2.0);
    m_deduct->setSuffix(tr(" points"));
    m_evidence = new QComboBox;
    m_evidence->addItem(tr("(none)"));
    for (const EvidenceFile& file : files)
        m_evidence->addItem(file.name, QVariant::fromValue<qint64>(file.id));
    m_evidence->setEnabled(!files.empty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add finding"));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(where));
    form->addRow(tr("&Finding:"), m_text);
    form->addRow(tr("&Deduct:"), m_deduct);
    form->addRow(tr("&Evidence:"), m_evidence);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FindingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Typed values go to the nearest half point, the step every score uses.
    connect(m_deduct, &QDoubleSpinBox::editingFinished, this,
            [this] { m_deduct->setValue(std::round(m_deduct->value() * 2) / 2); });
}

QString FindingDialog::text() const {
    return m_text->text().trimmed();
}

HalfPoints FindingDialog::deduct() const {
    return static_cast<HalfPoints>(std::lround(m_deduct->value() * 2));
}

std::optional<std::int64_t> FindingDialog::evidenceId() const {
    const QVariant id = m_evidence->currentData();
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

void FindingDialog::accept() {
    if (text().isEmpty()) {
        m_text->setFocus();
        m_text->setPlaceholderText(tr("Say what was found (required)"));
        return;
    }
    QDialog::accept();
}

} // namespace lianping::ui
