#include "RectifyDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lianping::ui {

RectifyDialog::RectifyDialog(const QString& finding, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Make a rectification item"));
    auto* what = new QLabel(finding);
    what->setWordWrap(true);
    m_deadline = new QDateEdit(QDate::currentDate().addDays(30));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_responsible = new QLineEdit;
    m_responsible->setPlaceholderText(tr("Person or office responsible"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make the item"));
    auto* form = new QFormLayout(this);
    form->addRow(what);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("&Responsible:"), m_responsible);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RectifyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RectifyDialog::deadline() const {
    return m_deadline->date().toString(Qt::ISODate);
}

QString RectifyDialog::responsible() const {
    return m_responsible->text().trimmed();
}

void RectifyDialog::accept() {
    if (responsible().isEmpty()) {
        m_responsible->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lianping::ui
