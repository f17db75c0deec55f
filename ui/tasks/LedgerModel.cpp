#include "LedgerModel.h"

#include "core/common/Labels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace lianping::ui {

LedgerModel::LedgerModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void LedgerModel::setLedger(std::shared_ptr<const Ledger> ledger, const LedgerFilter& filter) {
    beginResetModel();
    m_ledger = std::move(ledger);
    m_nodes.clear();
    m_top.clear();
    m_nodeOfTask.clear();
    m_visibleTasks = 0;
    if (m_ledger) {
        const std::vector<const LedgerRow*> rows = m_ledger->filter(filter);
        m_nodes.reserve(rows.size() + 16);
        QHash<QString, int> actionNode;
        for (const LedgerRow* row : rows) {
            int parent = -1;
            if (row->task.parent) {
                const auto found = m_nodeOfTask.constFind(*row->task.parent);
                if (found != m_nodeOfTask.constEnd())
                    parent = *found;
            }
            if (parent < 0) {
                auto action = actionNode.constFind(row->task.action);
                if (action == actionNode.constEnd()) {
                    Node heading;
                    heading.action = row->task.action;
                    heading.row = static_cast<int>(m_top.size());
                    action = actionNode.insert(row->task.action, static_cast<int>(m_nodes.size()));
                    m_top.push_back(static_cast<int>(m_nodes.size()));
                    m_nodes.push_back(std::move(heading));
                }
                parent = *action;
                if (row->depth == 0 || !row->task.parent) {
                    ++m_nodes[static_cast<std::size_t>(parent)].tasks;
                    m_nodes[static_cast<std::size_t>(parent)].done += row->done ? 1 : 0;
                }
            }
            Node node;
            node.parent = parent;
            node.task = row;
            Node& owner = m_nodes[static_cast<std::size_t>(parent)];
            node.row = static_cast<int>(owner.children.size());
            owner.children.push_back(static_cast<int>(m_nodes.size()));
            m_nodeOfTask.insert(row->task.id, static_cast<int>(m_nodes.size()));
            m_nodes.push_back(std::move(node));
            ++m_visibleTasks;
        }
    }
    endResetModel();
}

QModelIndex LedgerModel::indexOfTask(std::int64_t id) const {
    const auto found = m_nodeOfTask.constFind(id);
    if (found == m_nodeOfTask.constEnd())
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(*found)].row, 0, quintptr(*found));
}

QModelIndex LedgerModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>& children =
        parent.isValid() ? m_nodes[static_cast<std::size_t>(parent.internalId())].children : m_top;
    if (row >= static_cast<int>(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[static_cast<std::size_t>(row)]));
}

QModelIndex LedgerModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int parent = m_nodes[static_cast<std::size_t>(child.internalId())].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(parent)].row, 0, quintptr(parent));
}

int LedgerModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(m_top.size());
    return static_cast<int>(m_nodes[static_cast<std::size_t>(parent.internalId())].children.size());
}

int LedgerModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Task");
    case Kind:
        return tr("Kind");
    case Lead:
        return tr("Lead department");
    case Co:
        return tr("Co-organisers");
    case County:
        return tr("Level");
    case Due:
        return tr("Due");
    case Progress:
        return tr("Progress");
    case Status:
        return tr("Status");
    case Note:
        return tr("Latest progress");
    default:
        return {};
    }
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node& node = m_nodes[static_cast<std::size_t>(index.internalId())];
    if (role == TaskIdRole)
        return node.task ? static_cast<qlonglong>(node.task->task.id) : qlonglong(0);
    return node.task ? taskData(*node.task, index.column(), role)
                     : actionData(node, index.column(), role);
}

QVariant LedgerModel::actionData(const Node& node, int column, int role) const {
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == PercentRole && column == Progress)
        return node.tasks == 0 ? 0.0 : 100.0 * node.done / node.tasks;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == Title)
        return node.action.isEmpty() ? tr("Other tasks") : node.action;
    if (column == Progress)
        return tr("%1 / %2 done").arg(node.done).arg(node.tasks);
    return {};
}

QVariant LedgerModel::taskData(const LedgerRow& row, int column, int role) const {
    const Task& t = row.task;
    if (role == PercentRole)
        return row.percent;
    if (role == Qt::ForegroundRole && (column == Status || column == Title || column == Due)) {
        if (row.status == TaskStatus::Overdue)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (row.status == TaskStatus::DueSoon && column != Title)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    }
    if (role == Qt::TextAlignmentRole && (column == Due || column == Progress))
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Title:
        if (role == Qt::ToolTipRole && !t.target.isEmpty())
            return tr("%1\nTarget: %2").arg(t.title, t.target);
        return t.split.isEmpty()
                   ? t.title
                   : QStringLiteral("%1 · %2").arg(Labels::taskSplit(t.split), t.title);
    case Kind:
        return Labels::taskKind(t.kind);
    case Lead:
        return t.lead;
    case Co:
        return t.co.join(QStringLiteral("、"));
    case County:
        return t.county.isEmpty() ? tr("City") : t.county;
    case Due:
        return t.due.isValid() ? t.due.toString(Qt::ISODate) : tr("Ongoing");
    case Progress:
        return QStringLiteral("%1 %").arg(row.percent, 0, 'f',
                                          row.percent == int(row.percent) ? 0 : 1);
    case Status: {
        QString text = Labels::taskStatus(taskStatusName(row.status));
        if (row.late)
            text += tr(" (late)");
        return text;
    }
    case Note:
        if (!t.progressOn.isValid())
            return {};
        return t.progressNote.isEmpty() ? t.progressOn.toString(Qt::ISODate)
                                        : QStringLiteral("%1 %2").arg(
                                              t.progressOn.toString(Qt::ISODate), t.progressNote);
    default:
        return {};
    }
}

} // namespace lianping::ui
