#include "ScoreTree.h"

#include "ScoreSheetModel.h"

#include <QHeaderView>

namespace lianping::ui {

ScoreTree::ScoreTree(QWidget* parent)
    : QTreeView(parent) {
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(false);
}

QModelIndex ScoreTree::nextIndicator(const QModelIndex& index) const {
    if (!index.isValid() || !model())
        return {};
    const QModelIndex parent = index.parent();
    if (parent.isValid()) {
        if (index.row() + 1 < model()->rowCount(parent))
            return model()->index(index.row() + 1, index.column(), parent);
        for (int dimension = parent.row() + 1; dimension < model()->rowCount(); ++dimension) {
            const QModelIndex next = model()->index(dimension, 0);
            if (model()->rowCount(next) > 0)
                return model()->index(0, index.column(), next);
        }
        return {};
    }
    if (model()->rowCount(model()->index(index.row(), 0)) > 0)
        return model()->index(0, index.column(), model()->index(index.row(), 0));
    return {};
}

void ScoreTree::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    const QModelIndex current = currentIndex();
    QTreeView::closeEditor(editor, hint == QAbstractItemDelegate::SubmitModelCache
                                       ? QAbstractItemDelegate::NoHint
                                       : hint);
    // An entry that was not stored keeps the cursor: moving on would look as if it were.
    const auto* sheet = qobject_cast<const ScoreSheetModel*>(model());
    if (sheet && sheet->lastEditRefused())
        return;
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        QModelIndex next = nextIndicator(current);
        // Skip cells the active step cannot edit (veto rows take a reason, not points).
        while (next.isValid() && !(model()->flags(next) & Qt::ItemIsEditable))
            next = nextIndicator(next);
        if (next.isValid()) {
            setCurrentIndex(next);
            scrollTo(next);
        }
    }
}

} // namespace lianping::ui
