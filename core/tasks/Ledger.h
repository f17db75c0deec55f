#pragma once
// A year's task ledger (管理台账) as people read it: tasks in tree order (action → task →
// parts), each with its progress and status as of a day. A task split into parts takes its
// progress from them (the mean of their percents; done when all are); a status is done, on
// track, due soon (due within 7 days) or overdue (due date passed, not done). Completion
// rates count the ledger's tasks (parts make up their task): "104 / 113，92.04 %".

#include "core/tasks/Task.h"

#include <QHash>

#include <vector>

namespace lianping {

class Database;

struct LedgerRow {
    Task task;
    int depth = 0; // 0: a task, 1: its part, 2: a part's part …
    bool hasParts = false;
    double percent = 0; // 0..100, from the parts where it has them
    bool done = false;
    QDate doneOn; // when the last part was done, for a task done by its parts
    TaskStatus status = TaskStatus::OnTrack;
    bool late = false; // done after its due date
};

struct LedgerFilter {
    QString lead;
    QString county;
    bool cityLevel = false; // only tasks without a county
    QString action;
    std::optional<TaskStatus> status;
    QString search; // in the title, target and departments
};

struct LedgerRate {
    QString group;
    int tasks = 0;
    int done = 0;
    double rate() const { return tasks == 0 ? 0.0 : static_cast<double>(done) / tasks; }
};

enum class LedgerGrouping { Lead, County, Action, Kind };

class Ledger {
public:
    static constexpr int DueSoonDays = 7;

    Ledger(std::vector<Task> tasks, QDate today);
    static Ledger load(Database& db, int year, QDate today);

    const std::vector<LedgerRow>& rows() const { return m_rows; }
    const LedgerRow* row(std::int64_t id) const;
    QDate today() const { return m_today; }
    // Rows matching every given filter, in tree order.
    std::vector<const LedgerRow*> filter(const LedgerFilter& filter) const;
    // Rates over the ledger's tasks (depth 0), grouped; actions and kinds in their order,
    // departments and counties by name. A city-level task's county group is empty.
    std::vector<LedgerRate> rates(LedgerGrouping grouping) const;
    LedgerRate total() const;

    // 92.04 % written as the seed does: "104 / 113，92.04 %".
    static QString rateText(const LedgerRate& rate);
    static TaskStatus statusOf(bool done, const QDate& due, const QDate& today);

private:
    void order(std::vector<Task> tasks);
    void compute(std::size_t index);
    std::vector<LedgerRow> m_rows;
    std::vector<std::vector<std::size_t>> m_children;
    QHash<std::int64_t, std::size_t> m_index;
    QDate m_today;
};

} // namespace lianping
