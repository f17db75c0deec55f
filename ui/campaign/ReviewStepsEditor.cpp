#include "ReviewStepsEditor.h"

#include "core/campaign/ReviewSteps.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lianping::ui {

namespace {
constexpr int maxSteps = 12; // core refuses more
}

ReviewStepsEditor::ReviewStepsEditor(QWidget* parent)
    : QGroupBox(tr("County review sub-steps"), parent) {
    m_list = new QListWidget;
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_list->setMinimumHeight(150);
    m_add = new QPushButton(tr("Add"));
    m_remove = new QPushButton(tr("Remove"));
    m_up = new QPushButton(tr("Move up"));
    m_down = new QPushButton(tr("Move down"));
    m_defaults = new QPushButton(tr("Restore the six default sub-steps"));
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_defaults, 0, Qt::AlignLeft);
    setToolTip(tr("Double-click a sub-step to rename it. At most %1 sub-steps.").arg(maxSteps));

    connect(m_add, &QPushButton::clicked, this, &ReviewStepsEditor::addStep);
    connect(m_remove, &QPushButton::clicked, this, &ReviewStepsEditor::removeStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_defaults, &QPushButton::clicked, this, &ReviewStepsEditor::restoreDefaults);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReviewStepsEditor::updateButtons);
    updateButtons();
}

void ReviewStepsEditor::setNames(const QStringList& names) {
    m_list->clear();
    for (const QString& name : names) {
        auto* item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(names.isEmpty() ? -1 : 0);
    updateButtons();
}

QStringList ReviewStepsEditor::names() const {
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row)
        names << m_list->item(row)->text().trimmed();
    return names;
}

void ReviewStepsEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_list->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::SelectedClicked);
    m_defaults->setEnabled(!readOnly);
    updateButtons();
}

void ReviewStepsEditor::addStep() {
    if (m_readOnly || m_list->count() >= maxSteps)
        return;
    auto* item = new QListWidgetItem(tr("New sub-step %1").arg(m_list->count() + 1), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
    updateButtons();
}

void ReviewStepsEditor::removeStep() {
    const int row = m_list->currentRow();
    if (m_readOnly || row < 0)
        return;
    delete m_list->takeItem(row);
    updateButtons();
}

void ReviewStepsEditor::moveStep(int by) {
    const int row = m_list->currentRow();
    const int target = row + by;
    if (m_readOnly || row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

void ReviewStepsEditor::restoreDefaults() {
    if (!m_readOnly)
        setNames(ReviewSteps::defaults());
}

void ReviewStepsEditor::updateButtons() {
    const int row = m_list->currentRow();
    m_add->setEnabled(!m_readOnly && m_list->count() < maxSteps);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_list->count());
}

} // namespace lianping::ui
