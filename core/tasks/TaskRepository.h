#pragma once
// Stores tasks, their parts and progress entries. Every change is one transaction with a
// history line; bad input (an unknown parent, a percent outside 0..100, a due date before the
// task's year) is refused with a message and changes nothing.

#include "core/common/Result.h"
#include "core/tasks/Task.h"

#include <vector>

namespace lianping {

class Database;

class TaskRepository {
public:
    explicit TaskRepository(Database& db)
        : m_db(db) {}

    // The new task's id.
    Result<std::int64_t> add(const TaskInput& input);
    // A progress entry; 100 % marks the task done on that date. A task split into parts
    // takes its progress from them. Done is an entry of 100 %.
    Result<void> progress(std::int64_t id, double percent, const QString& note, QDate date);
    Result<void> done(std::int64_t id, QDate date, const QString& note = {});
    // Records a bulletin or supervision letter on the task.
    Result<void> recordDocument(std::int64_t id, const TaskDocument& document);

    std::optional<Task> find(std::int64_t id) const;
    // Every task of the year, parts included, in creation order.
    std::vector<Task> list(int year) const;
    std::vector<TaskProgress> progressOf(std::int64_t id) const;
    std::vector<TaskMilestone> milestonesOf(std::int64_t id) const;
    std::vector<TaskDocument> documentsOf(std::int64_t id) const;
    // Letters already numbered in the year (the next one is this + 1).
    int lettersIssued(int year) const;

    // The kind, split and action as stored (common, inner, 学校 …) from a code or its Chinese
    // name; empty when it names none.
    static QString kindCode(const QString& text);
    static QString splitCode(const QString& text);
    static QString actionName(const QString& text);
    // The seven actions of seed 004, in their order.
    static const QStringList& defaultActions();
    // Sets a task's progress, progress date and done date from its entries (after entries
    // arrive in a package).
    static Result<void> refresh(Database& db, std::int64_t id);

private:
    Result<void> checkInput(const TaskInput& input, std::optional<Task>& parent) const;
    Result<void> checkProgress(const std::optional<Task>& task, std::int64_t id) const;
    Result<void> addEntry(const Task& task, double percent, const QString& note, const QDate& date);
    Database& m_db;
};

} // namespace lianping
