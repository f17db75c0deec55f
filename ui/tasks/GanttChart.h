#pragma once
// 挂图作业: the tasks of one action on a time line of the year — a bar from the year's start
// to its due date, filled as far as its progress, red when
// overdue, green when done, and a line for today; ongoing work runs to the year's end.

#include "core/tasks/Ledger.h"

#include <QWidget>

#include <memory>

namespace lianping::ui {

class GanttChart : public QWidget {
    Q_OBJECT
public:
    explicit GanttChart(QWidget* parent = nullptr);
    // The ledger's tasks (parts included) of `action`; an empty action: every task.
    void setTasks(std::shared_ptr<const Ledger> ledger, const QString& action, int year);
    int rows() const { return static_cast<int>(m_rows.size()); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double xOf(const QDate& date) const;
    std::shared_ptr<const Ledger> m_ledger;
    std::vector<const LedgerRow*> m_rows;
    int m_year = 0;
    static constexpr int RowHeight = 24;
    static constexpr int HeaderHeight = 28;
    static constexpr int LabelWidth = 300;
};

} // namespace lianping::ui
