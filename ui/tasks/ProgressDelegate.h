#pragma once
// Draws a percent (the model's PercentRole) as a progress bar with its text.

#include <QStyledItemDelegate>

namespace lianping::ui {

class ProgressDelegate : public QStyledItemDelegate {
public:
    ProgressDelegate(int percentRole, QObject* parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_role(percentRole) {}
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace lianping::ui
