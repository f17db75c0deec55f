#include "RubricView.h"

#include "core/rubric/RubricRepository.h"
#include "ui/common/Session.h"
#include "ui/rubric/RubricDiffDialog.h"
#include "ui/rubric/RubricEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    m_newVersion = new QPushButton(tr("&New version…"));
    m_newVersion->setToolTip(
        tr("A new version from the newest one of this type and year, edited before it is saved"));
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setToolTip(tr("Open this version (read-only once used in scoring)"));
    m_compare = new QPushButton(tr("&Compare versions…"));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_versions, 1);
    for (QPushButton* button : {m_newVersion, m_edit, m_compare})
        leftLayout->addWidget(button);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_tree);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 900}); // room for a title, year and version
    (new QHBoxLayout(this))->addWidget(splitter);
    connect(m_versions, &QListWidget::currentRowChanged, this, &RubricView::showRubric);
    connect(m_versions, &QListWidget::itemActivated, this, [this] { openEditor(false); });
    connect(m_newVersion, &QPushButton::clicked, this, [this] { openEditor(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(false); });
    connect(m_compare, &QPushButton::clicked, this, &RubricView::openDiff);
    connect(&m_session, &Session::opened, this, [this] { m_lazy->request(); });
    // Rubrics, and the campaigns, scores and merged records that use (and so freeze) them.
    for (auto signal : {&Workbench::rubricsChanged, &Workbench::recordsMerged})
        connect(&m_session, signal, this, [this] { m_lazy->request(); });
    connect(&m_session, &Workbench::campaignChanged, this, [this] { m_lazy->request(); });
    connect(&m_session, &Workbench::sheetsChanged, this, [this] { m_lazy->request(); });
    connect(&m_session, &Workbench::sheetChanged, this, [this] { m_lazy->request(); });
}

RubricEditor* RubricView::editor() const {
    return m_editor.data();
}

RubricDiffDialog* RubricView::diffDialog() const {
    return m_diff.data();
}

void RubricView::reload() {
    const qint64 selected = currentId();
    m_versions->clear();
    const bool open = m_session.isOpen();
    for (QPushButton* button : {m_newVersion, m_edit, m_compare})
        button->setEnabled(open);
    if (!open)
        return;
    for (const RubricSummary& summary : RubricRepository(m_session.db()).list()) {
        auto* item = new QListWidgetItem(tr("%1 · %2 v%3%4")
                                             .arg(summary.title)
                                             .arg(summary.year)
                                             .arg(summary.version)
                                             .arg(summary.frozen ? tr(" (in use)") : QString()));
        item->setData(Qt::UserRole, static_cast<qlonglong>(summary.id));
        item->setToolTip(item->text());
        m_versions->addItem(item);
    }
    if (m_versions->count() > 0)
        m_versions->setCurrentRow(0);
    if (selected)
        selectRubric(selected);
}

void RubricView::selectRubric(qint64 id) {
    for (int row = 0; row < m_versions->count(); ++row)
        if (m_versions->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_versions->setCurrentRow(row);
}

qint64 RubricView::currentId() const {
    const QListWidgetItem* item = m_versions->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RubricView::showRubric() {
    m_tree->clear();
    if (!currentId() || !m_session.isOpen())
        return;
    const std::optional<Rubric> rubric = RubricRepository(m_session.db()).load(currentId());
    if (!rubric)
        return;
    for (const Dimension& dimension : rubric->dimensions) {
        auto* parent = new QTreeWidgetItem(
            m_tree, {QStringLiteral("%1 %2").arg(dimension.code, dimension.title)});
        for (const Indicator& indicator : dimension.indicators) {
            auto* item = new QTreeWidgetItem(
                parent, {QStringLiteral("%1 %2").arg(indicator.code, indicator.text),
                         indicator.veto ? tr("veto") : formatPoints(*indicator.max),
                         indicator.guidance, indicator.evidence});
            // Long texts are read whole in a tooltip, which wraps.
            for (int column : {0, 2, 3})
                item->setToolTip(
                    column, QStringLiteral("<qt>%1</qt>").arg(item->text(column).toHtmlEscaped()));
        }
    }
    m_tree->expandAll();
}

void RubricView::openEditor(bool newVersion) {
    if (!currentId() || !m_session.isOpen())
        return;
    RubricRepository rubrics(m_session.db());
    std::optional<Rubric> rubric = rubrics.load(currentId());
    if (!rubric)
        return;
    if (newVersion) // from the one in force: the newest version of that type and year
        rubric = rubrics.find(rubric->typeCode, rubric->year);
    if (m_editor && !m_editor->close()) // its changes kept: the person said so
        return;
    m_editor = new RubricEditor(m_session, *rubric, newVersion, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setWindowModality(Qt::WindowModal);
    connect(m_editor, &RubricEditor::saved, this, [this](qint64 id) {
        reload();
        selectRubric(id);
    });
    m_editor->show();
}

void RubricView::openDiff() {
    if (!currentId() || !m_session.isOpen())
        return;
    RubricRepository rubrics(m_session.db());
    const std::optional<Rubric> rubric = rubrics.load(currentId());
    if (!rubric)
        return;
    // The selected version against the one before it (or the next one, for the first).
    qint64 other = 0;
    qint64 next = 0;
    bool passed = false;
    for (const RubricSummary& summary : rubrics.list()) {
        if (summary.typeCode != rubric->typeCode)
            continue;
        if (summary.id == rubric->id)
            passed = true;
        else if (!passed)
            other = summary.id;
        else if (!next)
            next = summary.id;
    }
    if (m_diff)
        m_diff->close();
    m_diff = other ? new RubricDiffDialog(m_session, rubric->typeCode, other, rubric->id, this)
                   : new RubricDiffDialog(m_session, rubric->typeCode, rubric->id,
                                          next ? next : rubric->id, this);
    m_diff->setAttribute(Qt::WA_DeleteOnClose);
    m_diff->show();
}

} // namespace lianping::ui
