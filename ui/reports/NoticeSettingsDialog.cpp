#include "NoticeSettingsDialog.h"

#include "core/report/DocumentNumber.h"
#include "core/report/NamingNotice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lianping::ui {

NoticeSettingsDialog::NoticeSettingsDialog(const NoticeSettings& settings, int year,
                                           QWidget* parent)
    : QDialog(parent)
    , m_year(year)
    , m_issuer(new QLineEdit(settings.issuer))
    , m_prefix(new QLineEdit(settings.docPrefix))
    , m_addressees(new QPlainTextEdit(settings.addressees))
    , m_example(new QLabel) {
    setWindowTitle(tr("Naming notice settings"));
    m_issuer->setPlaceholderText(tr("e.g. 中共广元市纪委 广元市监委"));
    m_issuer->setMaxLength(200);
    m_prefix->setPlaceholderText(tr("e.g. 广纪发"));
    m_prefix->setMaxLength(20);
    m_addressees->setPlaceholderText(tr("e.g. 各县（区）纪委监委，市直各部门"));
    m_addressees->setTabChangesFocus(true);
    m_addressees->setFixedHeight(m_addressees->fontMetrics().lineSpacing() * 4);
    m_example->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Issuing office (发文机关):"), m_issuer);
    form->addRow(tr("Document-number &prefix (发文机关代字):"), m_prefix);
    form->addRow(tr("&Addressees (主送机关):"), m_addressees);
    form->addRow(tr("The notice will read:"), m_example);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_issuer, &QLineEdit::textChanged, this, &NoticeSettingsDialog::updateExample);
    connect(m_prefix, &QLineEdit::textChanged, this, &NoticeSettingsDialog::updateExample);
    updateExample();
    resize(620, sizeHint().height());
}

NoticeSettings NoticeSettingsDialog::settings() const {
    NoticeSettings settings;
    settings.issuer = m_issuer->text().trimmed();
    settings.docPrefix = m_prefix->text().trimmed();
    // One line in the notice: line breaks typed here become the list's commas.
    settings.addressees = m_addressees->toPlainText()
                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                              .join(QStringLiteral("，"))
                              .trimmed();
    return settings;
}

void NoticeSettingsDialog::updateExample() {
    m_example->setText(
        tr("%1, numbered like %2")
            .arg(NamingNotice::mark(m_issuer->text()),
                 DocumentNumber::format(QStringLiteral("12"), m_prefix->text(), m_year + 1)));
}

} // namespace lianping::ui
