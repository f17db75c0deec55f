#pragma once
// Edits a score cell with a plain line edit: a value outside 0..max or not a multiple of 0.5
// is refused on Enter with the reason, and the editor stays open to correct it.

#include <QStyledItemDelegate>

namespace lianping::ui {

class ScoreDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

signals:
    void refused(const QString& message) const;

protected:
    bool eventFilter(QObject* editor, QEvent* event) override;

private:
    mutable QPersistentModelIndex m_editing;
};

} // namespace lianping::ui
