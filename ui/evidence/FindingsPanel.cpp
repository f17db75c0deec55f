#include "FindingsPanel.h"

#include "FindingDialog.h"
#include "RectifyDialog.h"
#include "core/campaign/Enrollments.h"
#include "core/evidence/Findings.h"
#include "core/followup/Rectifications.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace lianping::ui {

namespace {
enum Column { Text, Indicator, Deduct, Rectification, ColumnCount };
} // namespace

FindingsPanel::FindingsPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    m_list = new QTreeWidget;
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Finding"), tr("Indicator"), tr("Deduct"), tr("Rectification")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(Indicator, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Deduct, QHeaderView::ResizeToContents);
    // The finding's text comes first; the item's details are in its tooltip.
    m_list->header()->setSectionResizeMode(Rectification, QHeaderView::Interactive);
    m_list->setColumnWidth(Rectification, 130);
    m_sum = new QLabel;
    m_sum->setWordWrap(true);
    m_add = new QPushButton(tr("Add &finding…"));
    m_rectify = new QPushButton(tr("Make rectification &item…"));
    m_remove = new QPushButton(tr("Remove…"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rectify);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_sum);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &FindingsPanel::addFinding);
    connect(m_rectify, &QPushButton::clicked, this, &FindingsPanel::rectifySelected);
    connect(m_remove, &QPushButton::clicked, this, &FindingsPanel::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const Finding* finding = selected();
        m_rectify->setEnabled(finding && !finding->rectificationId);
        m_remove->setEnabled(finding && !finding->rectificationId);
    });
    refresh();
}

void FindingsPanel::setContext(std::int64_t enrollmentId, Step step, const QString& indicator,
                               HalfPoints max, bool deductScored) {
    m_enrollmentId = enrollmentId;
    m_step = step;
    m_indicator = indicator;
    m_max = max;
    m_deductScored = deductScored;
    refresh();
}

void FindingsPanel::refresh() {
    m_findings.clear();
    std::map<std::int64_t, lianping::Rectification> items;
    if (m_enrollmentId && m_session.isOpen()) {
        for (const Finding& finding : Findings(m_session.db()).forEnrollment(m_enrollmentId))
            if (finding.step == m_step &&
                (m_indicator.isEmpty() || finding.indicator == m_indicator))
                m_findings.push_back(finding);
        if (!m_findings.empty())
            for (const lianping::Rectification& item :
                 Rectifications(m_session.db())
                     .list(m_findings.front().year, m_findings.front().unitCode))
                items[item.id] = item;
    }
    m_list->clear();
    HalfPoints total = 0;
    for (const Finding& finding : m_findings) {
        QString rectification = QStringLiteral("—");
        if (finding.rectificationId) {
            const auto item = items.find(*finding.rectificationId);
            rectification = item == items.end()
                                ? tr("No. %1").arg(*finding.rectificationId)
                                : tr("No. %1 · by %2 · %3")
                                      .arg(QString::number(item->first), item->second.deadline,
                                           item->second.responsible);
        }
        auto* row = new QTreeWidgetItem(QStringList{
            finding.text, finding.indicator.isEmpty() ? tr("sheet") : finding.indicator,
            finding.deduct ? QStringLiteral("−") + formatPoints(finding.deduct) : QString(),
            rectification});
        row->setToolTip(Text, finding.text);
        row->setTextAlignment(Deduct, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(Rectification, rectification);
        m_list->addTopLevelItem(row);
        total += finding.deduct;
    }
    m_list->setColumnHidden(Indicator, !m_indicator.isEmpty());
    const bool reviewStep = m_enrollmentId && m_step != Step::Self;
    m_add->setEnabled(reviewStep);
    m_add->setToolTip(reviewStep ? QString()
                                 : tr("Findings are recorded in the county review or the city "
                                      "recheck"));
    QString sum = m_findings.empty() ? tr("No findings.")
                                     : tr("%n finding(s), deducting %1 in all.", nullptr,
                                          static_cast<int>(m_findings.size()))
                                           .arg(formatPoints(total));
    if (m_deductScored)
        sum += QLatin1Char(' ') + tr("Scored by deduction: %1 − %2 = %3 points.")
                                      .arg(formatPoints(m_max), formatPoints(total),
                                           formatPoints(std::max<HalfPoints>(0, m_max - total)));
    m_sum->setText(sum);
    m_sum->setVisible(m_enrollmentId != 0);
    m_rectify->setEnabled(false);
    m_remove->setEnabled(false);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
}

const Finding* FindingsPanel::selected() const {
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < static_cast<int>(m_findings.size())
               ? &m_findings[static_cast<std::size_t>(row)]
               : nullptr;
}

void FindingsPanel::changed(const QString& text) {
    emit message(text, false);
}

void FindingsPanel::addFinding() {
    if (!m_enrollmentId)
        return;
    std::vector<EvidenceFile> files = m_evidence ? m_evidence() : std::vector<EvidenceFile>{};
    FindingDialog dialog(m_indicator.isEmpty() ? tr("The whole sheet")
                                               : tr("Indicator %1").arg(m_indicator),
                         m_max, files, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<Enrollment> enrollment = Enrollments::findById(m_session.db(), m_enrollmentId);
    const Result<std::int64_t> added =
        enrollment ? m_session.addFinding(*enrollment, m_indicator, m_step, dialog.text(),
                                          dialog.deduct(), dialog.evidenceId())
                   : Result<std::int64_t>(enrollment.error());
    if (!added) {
        Ask::warn(this, tr("Finding not recorded"), added.error().message);
        return;
    }
    changed(tr("Finding recorded."));
}

void FindingsPanel::rectifySelected() {
    const Finding* chosen = selected();
    if (!chosen)
        return;
    const Finding finding = *chosen;
    RectifyDialog dialog(finding.text, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<std::int64_t> item =
        m_session.rectifyFinding(finding.id, dialog.deadline(), dialog.responsible());
    if (!item) {
        Ask::warn(this, tr("No rectification item made"), item.error().message);
        return;
    }
    changed(tr("Rectification item No. %1 made; it is followed up under Follow-ups.").arg(*item));
}

void FindingsPanel::removeSelected() {
    const Finding* chosen = selected();
    if (!chosen)
        return;
    const Finding finding = *chosen;
    if (!Ask::confirm(this, tr("Remove finding"),
                      tr("Remove the finding “%1”? It stays in the history with the reason you "
                         "give; a deduction-scored indicator gets its points back.")
                          .arg(finding.text),
                      tr("Remove")))
        return;
    const std::optional<QString> reason =
        Ask::text(this, tr("Remove finding"), tr("Why is it removed? (required)"));
    if (!reason)
        return;
    const Result<void> removed = m_session.removeFinding(finding.id, *reason);
    if (!removed) {
        Ask::warn(this, tr("Finding not removed"), removed.error().message);
        return;
    }
    changed(tr("Finding removed."));
}

} // namespace lianping::ui
