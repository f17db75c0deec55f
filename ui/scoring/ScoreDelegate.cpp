#include "ScoreDelegate.h"

#include "ScoreSheetModel.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace lianping::ui {

QWidget* ScoreDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    m_editing = index;
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setAlignment(index.column() == ScoreSheetModel::Note ? Qt::AlignLeft
                                                                   : Qt::AlignRight);
    return editor;
}

bool ScoreDelegate::eventFilter(QObject* object, QEvent* event) {
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (editor && event->type() == QEvent::KeyPress && m_editing.isValid()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const auto* model = qobject_cast<const ScoreSheetModel*>(m_editing.model());
        const bool scoreColumn = m_editing.column() >= ScoreSheetModel::Self &&
                                 m_editing.column() <= ScoreSheetModel::City;
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && model && scoreColumn) {
            if (const Indicator* indicator = model->indicatorAt(m_editing)) {
                const Result<std::optional<HalfPoints>> parsed =
                    model->parse(*indicator, editor->text());
                if (!parsed) {
                    emit refused(parsed.error().message);
                    editor->selectAll();
                    return true; // keep the editor open on the wrong value
                }
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace lianping::ui
