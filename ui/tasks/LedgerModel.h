#pragma once
// The task ledger as a tree for a view: actions (机关, 学校 …) → tasks → their parts, from the
// rows of a Ledger that pass a filter. A part whose task is filtered out stands under its
// action. Columns: task, kind, lead, co-organisers, county, due, progress (0..100, drawn as a
// bar), status (overdue in red), latest progress note.

#include "core/tasks/Ledger.h"

#include <QAbstractItemModel>

#include <memory>

namespace lianping::ui {

class LedgerModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Title, Kind, Lead, Co, County, Due, Progress, Status, Note, ColumnCount };
    static constexpr int TaskIdRole = Qt::UserRole + 1; // qlonglong, 0 for an action row
    static constexpr int PercentRole = Qt::UserRole + 2;

    explicit LedgerModel(QObject* parent = nullptr);
    // Shows the rows of `ledger` that pass `filter`; the model keeps the ledger.
    void setLedger(std::shared_ptr<const Ledger> ledger, const LedgerFilter& filter);
    const Ledger* ledger() const { return m_ledger.get(); }
    int visibleTasks() const { return m_visibleTasks; }
    // The index of a task's row, column 0 (invalid when filtered out).
    QModelIndex indexOfTask(std::int64_t id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int parent = -1;                 // node index; -1: top level
        int row = 0;                     // position under its parent
        const LedgerRow* task = nullptr; // null: an action heading
        QString action;
        int tasks = 0; // an action's tasks shown, and how many of them are done
        int done = 0;
        std::vector<int> children;
    };
    QVariant taskData(const LedgerRow& row, int column, int role) const;
    QVariant actionData(const Node& node, int column, int role) const;
    std::shared_ptr<const Ledger> m_ledger;
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
    QHash<std::int64_t, int> m_nodeOfTask;
    int m_visibleTasks = 0;
};

} // namespace lianping::ui
