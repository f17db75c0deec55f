#include "EvidencePane.h"

#include "EvidenceActions.h"
#include "EvidenceDrop.h"
#include "EvidencePanel.h"
#include "FindingsPanel.h"
#include "ui/scoring/ScoreSheetModel.h"
#include "ui/scoring/ScoreTree.h"

#include <QGroupBox>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace lianping::ui {

EvidencePane::EvidencePane(Session& session, ScoreSheetModel* model, ScoreTree* tree,
                           QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_tree(tree) {
    m_title = new QLabel;
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_files = new EvidencePanel(session);
    m_findings = new FindingsPanel(session);
    m_findings->setEvidence([this] { return m_files->files(); });
    auto* filesBox = new QGroupBox(tr("Evidence files"));
    (new QVBoxLayout(filesBox))->addWidget(m_files);
    auto* findingsBox = new QGroupBox(tr("Findings"));
    (new QVBoxLayout(findingsBox))->addWidget(m_findings);
    auto* split = new QSplitter;
    split->addWidget(filesBox);
    split->addWidget(findingsBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);

    m_drop = new EvidenceDrop(session, model, tree);
    connect(m_drop, &EvidenceDrop::attached, this, [this](const QString& code, int count) {
        showIndicator(code);
        emit message(tr("%n file(s) attached to %1.", nullptr, count)
                         .arg(code.isEmpty() ? tr("the sheet") : code),
                     false);
    });
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const Indicator* indicator = m_model->indicatorAt(current);
                const QString code = indicator ? indicator->code : QString();
                if (code != m_indicator)
                    showIndicator(code);
            });
    // A deduction-scored cell is not typed in: say where its points come from.
    connect(tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const Indicator* indicator = m_model->indicatorAt(index);
        if (indicator && indicator->deduct && index.column() >= ScoreSheetModel::Self &&
            index.column() <= ScoreSheetModel::City)
            emit message(tr("%1 is scored by deduction: its points are computed from the "
                            "findings (add or remove a finding below).")
                             .arg(indicator->code),
                         false);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { showIndicator(QString()); });
    connect(model, &ScoreSheetModel::stored, this, &EvidencePane::refresh);
    refresh();
}

void EvidencePane::showIndicator(const QString& code) {
    m_indicator = code;
    refresh();
}

void EvidencePane::refresh() {
    const std::int64_t enrollment = m_model->enrollmentId();
    const Step step = m_model->activeStep();
    const Indicator* indicator =
        m_indicator.isEmpty() ? nullptr : m_model->indicatorAt(m_model->indexOf(m_indicator, 0));
    if (!indicator)
        m_indicator.clear();
    HalfPoints max = 0;
    if (indicator)
        max = indicator->max.value_or(0);
    else
        for (const Dimension& dimension : m_model->rubric().dimensions)
            for (const Indicator& each : dimension.indicators)
                max += each.max.value_or(0);
    if (!enrollment)
        m_title->setText(tr("Evidence and findings: open a unit's sheet."));
    else if (indicator)
        m_title->setText(tr("<b>%1</b> %2 · %3 · expected: %4")
                             .arg(indicator->code, indicator->text.toHtmlEscaped(),
                                  EvidenceActions::stepText(step),
                                  indicator->evidence.isEmpty()
                                      ? tr("—")
                                      : indicator->evidence.toHtmlEscaped()));
    else
        m_title->setText(tr("<b>Whole sheet</b> · %1 · every file and finding of this step; "
                            "select an indicator to see only its own")
                             .arg(EvidenceActions::stepText(step)));
    m_files->setContext(enrollment, step, m_indicator);
    m_findings->setContext(enrollment, step, m_indicator, max, indicator && indicator->deduct);
}

} // namespace lianping::ui
