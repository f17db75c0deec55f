#include "RubricView.h"

#include "common/Session.h"
#include "rubric/RubricRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>

namespace lianping::ui {

RubricView::RubricView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    m_versions = new QListWidget;
    m_tree = new QTreeWidget;
    m_tree->setHeaderLabels(
        {tr("Indicator"), tr("Max"), tr("Scoring guidance"), tr("Evidence expected")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setWordWrap(true);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_versions);
    splitter->addWidget(m_tree);
    splitter->setStretchFactor(1, 4);
    (new QHBoxLayout(this))->addWidget(splitter);
    connect(m_versions, &QListWidget::currentRowChanged, this, &RubricView::showRubric);
    connect(&m_session, &Session::opened, this, [this] { m_lazy->request(); });
}

void RubricView::reload() {
    m_versions->clear();
    if (!m_session.isOpen())
        return;
    for (const RubricSummary& summary : RubricRepository(m_session.db()).list()) {
        auto* item = new QListWidgetItem(tr("%1 · %2 v%3%4")
                                             .arg(summary.title)
                                             .arg(summary.year)
                                             .arg(summary.version)
                                             .arg(summary.frozen ? tr(" (in use)") : QString()));
        item->setData(Qt::UserRole, static_cast<qlonglong>(summary.id));
        m_versions->addItem(item);
    }
    if (m_versions->count() > 0)
        m_versions->setCurrentRow(0);
}

void RubricView::showRubric() {
    m_tree->clear();
    QListWidgetItem* item = m_versions->currentItem();
    if (!item || !m_session.isOpen())
        return;
    const std::optional<Rubric> rubric =
        RubricRepository(m_session.db()).load(item->data(Qt::UserRole).toLongLong());
    if (!rubric)
        return;
    for (const Dimension& dimension : rubric->dimensions) {
        auto* parent = new QTreeWidgetItem(
            m_tree, {QStringLiteral("%1 %2").arg(dimension.code, dimension.title)});
        for (const Indicator& indicator : dimension.indicators)
            new QTreeWidgetItem(parent,
                                {QStringLiteral("%1 %2").arg(indicator.code, indicator.text),
                                 indicator.veto ? tr("veto") : formatPoints(*indicator.max),
                                 indicator.guidance, indicator.evidence});
    }
    m_tree->expandAll();
}

} // namespace lianping::ui
