#pragma once
// Task ledger rows written as given by a package from another office, with the uid, owner
// and time stamp they bring: a second import of the same row updates it in place.

#include "core/common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace lianping {

class Database;

struct TaskFields {
    QString uid;
    int year = 0;
    QString title;
    QString kind;
    QString action;
    QString lead;
    QString co; // one department per line
    QString county;
    std::optional<std::int64_t> parentId;
    QString split; // null: not a part
    QString target;
    QString due; // null: no date
    std::int64_t owner = 0;
    std::int64_t updatedAt = 0;
};

struct TaskProgressFields {
    QString uid;
    std::int64_t taskId = 0;
    QString onDate;
    double percent = 0;
    QString note;
    QString operatorName;
    std::int64_t owner = 0;
    std::int64_t updatedAt = 0;
};

class TaskRows {
public:
    // The task with fields.uid, added or updated; its id.
    static Result<std::int64_t> upsert(Database& db, const TaskFields& fields);
    // The task's milestones become these (date as written, text), in this order.
    static Result<void> replaceMilestones(Database& db, std::int64_t taskId,
                                          const std::vector<std::pair<QString, QString>>& dated);
    // The progress entry with fields.uid, added or updated.
    static Result<void> upsertProgress(Database& db, const TaskProgressFields& fields);
};

} // namespace lianping
