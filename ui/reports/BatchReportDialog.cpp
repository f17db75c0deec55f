#include "BatchReportDialog.h"

#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "ui/common/Session.h"

#include "ui/common/FileDialog.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lianping::ui {

BatchReportDialog::BatchReportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_year(session.year()) {
    setWindowTitle(tr("Rating reports in batch"));
    m_county = new QComboBox;
    m_county->addItem(tr("All counties"), QString());
    for (const QString& county : LookupTables::counties(session.db()))
        m_county->addItem(county, county);
    m_type = new QComboBox;
    m_type->addItem(tr("All types"), QString());
    for (const UnitType& type : TypeRepository(session.db()).list())
        m_type->addItem(type.name, type.code);
    m_combined = new QRadioButton(tr("All reports in one PDF file"));
    m_each = new QRadioButton(tr("One PDF file per unit, in a folder"));
    m_combined->setChecked(true);
    m_target = new QLineEdit;
    auto* browse = new QPushButton(tr("Choose…"));
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("County:"), m_county);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Output:"), m_combined);
    form->addRow(QString(), m_each);
    form->addRow(tr("Save to:"), targetRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write reports"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_target->text().trimmed().isEmpty())
            accept();
        else
            m_target->setFocus();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &BatchReportDialog::browse);
    for (QComboBox* box : {m_county, m_type})
        connect(box, &QComboBox::currentIndexChanged, this, &BatchReportDialog::suggestTarget);
    connect(m_combined, &QRadioButton::toggled, this, &BatchReportDialog::suggestTarget);
    suggestTarget();
    resize(520, sizeHint().height());
}

void BatchReportDialog::suggestTarget() {
    QString name = QStringLiteral("%1年度考评报告").arg(m_year);
    if (!m_county->currentData().toString().isEmpty())
        name += QLatin1Char('-') + m_county->currentText();
    if (!m_type->currentData().toString().isEmpty())
        name += QLatin1Char('-') + m_type->currentText();
    if (m_combined->isChecked())
        name += QStringLiteral(".pdf");
    m_target->setText(QDir::home().filePath(name));
}

void BatchReportDialog::browse() {
    const QString chosen =
        m_combined->isChecked()
            ? FileDialog::getSaveFileName(this, tr("Save reports"), m_target->text(),
                                          tr("PDF files (*.pdf)"))
            : FileDialog::getExistingDirectory(this, tr("Folder for the reports"),
                                               QDir::homePath());
    if (!chosen.isEmpty())
        m_target->setText(chosen);
}

BatchScope BatchReportDialog::scope() const {
    BatchScope scope;
    scope.county = m_county->currentData().toString();
    scope.typeCode = m_type->currentData().toString();
    scope.combined = m_combined->isChecked();
    return scope;
}

QString BatchReportDialog::target() const {
    return m_target->text().trimmed();
}

} // namespace lianping::ui
