#include "ReviewStepsBox.h"

#include "ReviewStepDialog.h"
#include "core/campaign/ReviewSteps.h"
#include "core/evidence/Evidence.h"
#include "core/evidence/ReviewStepRecord.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"

#include <QListWidget>
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
    const ReviewStepRecord records(m_session.db());
    for (const ReviewStep& step : ReviewSteps(m_session.db()).forUnit(m_session.year(), unitCode)) {
        const int files = int(records.files(m_session.year(), unitCode, step.name).size());
        QString text = step.date.isValid()
                           ? tr("%1. %2 — %3")
                                 .arg(step.position)
                                 .arg(step.name, step.date.toString(Qt::ISODate))
                           : tr("%1. %2 — not recorded").arg(step.position).arg(step.name);
        if (files > 0)
            text += tr(" (%n evidence file(s))", nullptr, files);
        auto* item = new QListWidgetItem(text, m_list);
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
    std::vector<ReviewStep> steps =
        ReviewSteps(m_session.db()).forUnit(m_session.year(), m_unitCode);
    if (position < 1 || position > int(steps.size()))
        return;
    const ReviewStep& step = steps[position - 1];
    ReviewStepRecord records(m_session.db());
    QStringList attached;
    for (const EvidenceFile& file : records.files(m_session.year(), m_unitCode, step.name))
        attached << file.name;
    ReviewStepDialog dialog(step, attached, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<ReviewStep> done =
        m_session.recordReviewStep(m_session.year(), m_unitCode, QString::number(position),
                                   dialog.date(), dialog.note(), dialog.newFiles());
    if (!done) {
        Ask::warn(this, tr("Not recorded"), done.error().message);
        return;
    }
    setUnit(m_unitCode);
    emit recorded(dialog.newFiles().isEmpty()
                      ? tr("%1 recorded for %2.").arg(done->name, m_unitCode)
                      : tr("%1 recorded for %2 with %n evidence file(s).", nullptr,
                           int(dialog.newFiles().size()))
                            .arg(done->name, m_unitCode));
}

} // namespace lianping::ui
