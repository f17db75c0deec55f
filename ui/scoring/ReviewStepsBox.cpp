#include "ReviewStepsBox.h"

#include "campaign/ReviewSteps.h"
#include "common/Session.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QVBoxLayout>

namespace lianping::ui {

ReviewStepsBox::ReviewStepsBox(Session& session, QWidget* parent)
    : QGroupBox(tr("County review sub-steps"), parent)
    , m_session(session) {
    m_list = new QListWidget;
    m_list->setMaximumHeight(150);
    m_list->setToolTip(tr("Double-click or press Enter to record a sub-step's date"));
    (new QVBoxLayout(this))->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, &ReviewStepsBox::record);
}

void ReviewStepsBox::setUnit(const QString& unitCode) {
    m_unitCode = unitCode;
    m_list->clear();
    m_missing.clear();
    if (!m_session.isOpen() || unitCode.isEmpty())
        return;
    for (const ReviewStep& step : ReviewSteps(m_session.db()).forUnit(m_session.year(), unitCode)) {
        auto* item = new QListWidgetItem(
            step.date.isValid() ? tr("%1. %2 — %3")
                                      .arg(step.position)
                                      .arg(step.name, step.date.toString(Qt::ISODate))
                                : tr("%1. %2 — not recorded").arg(step.position).arg(step.name),
            m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(step.date.isValid() ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, step.position);
        item->setToolTip(step.note.isEmpty() ? step.name : step.note);
        if (!step.date.isValid())
            m_missing << step.name;
    }
}

void ReviewStepsBox::record(QListWidgetItem* item) {
    if (!item || m_unitCode.isEmpty())
        return;
    const int position = item->data(Qt::UserRole).toInt();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record a sub-step"));
    auto* date = new QDateEdit(QDate::currentDate());
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* note = new QLineEdit;
    note->setPlaceholderText(tr("What was done, by whom, with how many people"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Sub-step:"), new QLabel(item->text().section(QStringLiteral(" — "), 0, 0)));
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Note:"), note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<ReviewStep> done = ReviewSteps(m_session.db())
                                  .record(m_session.year(), m_unitCode, QString::number(position),
                                          date->date(), note->text());
    if (!done) {
        QMessageBox::warning(this, tr("Not recorded"), done.error().message);
        return;
    }
    setUnit(m_unitCode);
    emit recorded(tr("%1 recorded for %2.").arg(done->name, m_unitCode));
    m_session.notifyChanged();
}

} // namespace lianping::ui
