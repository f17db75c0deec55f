#pragma once
// The city office's programme as tasks (seed 003, 004): a year's task with its kind (共性,
// 个性, 延伸), action, lead and co-organising departments, level (a county or the city), a
// quantified target and a due date, split three ways into parts (内分 to the lead's sections,
// 外分 to co-organisers, 下分 to lower levels), with dated progress entries.

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace lianping {

enum class TaskStatus { Done, OnTrack, DueSoon, Overdue };

struct TaskMilestone {
    QDate date;
    QString text;
};

// What a person gives to add a task (codes or their Chinese names; TaskRepository checks).
struct TaskInput {
    int year = 0;
    QString title;
    QString kind; // common, specific, extended (共性, 个性, 延伸)
    QString action;
    QString lead;
    QStringList co;
    QString county; // empty: a city-level task
    std::optional<std::int64_t> parent;
    QString split;  // inner, outer, down (内分, 外分, 下分); with a parent only
    QString target; // the quantified target as written
    QString due;    // YYYY-MM-DD or as offices write it (6月底前, 2026年底)
    std::vector<TaskMilestone> milestones;
};

// A stored task with its own latest progress.
struct Task {
    std::int64_t id = 0;
    int year = 0;
    QString title;
    QString kind;
    QString action;
    QString lead;
    QStringList co;
    QString county;
    std::optional<std::int64_t> parent;
    QString split;
    QString target;
    QDate due;
    QDate doneOn;       // null: not done
    double percent = 0; // the latest progress entry's percent (100 when done)
    QDate progressOn;   // the latest entry's date
    QString progressNote;
};

struct TaskProgress {
    std::int64_t id = 0;
    QDate date;
    double percent = 0;
    QString note;
    QString operatorName;
};

struct TaskDocument {
    QString kind; // bulletin, letter
    QString number;
    QString period;
    QDate date;
};

QString taskStatusName(TaskStatus status); // done, on-track, due-soon, overdue
std::optional<TaskStatus> parseTaskStatus(const QString& name);

} // namespace lianping
