#pragma once
// The sheet's tree view: typing a number starts editing, Enter stores it and moves to the
// next indicator in the same column, skipping dimension rows.

#include <QTreeView>

namespace lianping::ui {

class ScoreTree : public QTreeView {
    Q_OBJECT
public:
    explicit ScoreTree(QWidget* parent = nullptr);
    // The next indicator row after index (same column), or invalid at the end.
    QModelIndex nextIndicator(const QModelIndex& index) const;

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
};

} // namespace lianping::ui
