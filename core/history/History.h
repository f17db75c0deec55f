#pragma once
// The change log: every change of a score, state or registry field is appended with who,
// when, the old and the new value. Nothing is ever overwritten without a line here.

#include "core/common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lianping {

class Database;

struct HistoryEntry {
    std::int64_t at = 0;
    QString operatorName;
    std::optional<int> year;
    QString entity; // unit, enrollment, score, survey, veto, naming, rectification, followup
    QString field;
    QString oldValue;
    QString newValue;
    QString note;
};

struct HistoryChange {
    std::optional<std::int64_t> unitId;
    std::optional<int> year;
    QString entity;
    QString field;
    QString oldValue; // null QString: there was none
    QString newValue;
    QString note;
};

// A line made in another database (an imported package), kept as it was written there.
struct ReplayedHistory {
    QString uid; // the line's own id: a second import does not add it again
    std::int64_t at = 0;
    QString operatorName;
    std::int64_t officeId = 0; // this database's id of the office that wrote it
    QString unitCode;          // found here by code; a unit this database lacks stays empty
    std::optional<int> year;
    QString entity;
    QString field;
    QString oldValue;
    QString newValue;
    QString note;
};

class History {
public:
    static Result<void> record(Database& db, const HistoryChange& change);
    // Adds the line unless this database has it already; says whether it was added.
    static Result<bool> replay(Database& db, const ReplayedHistory& line);
    static std::vector<HistoryEntry> forUnit(Database& db, std::int64_t unitId);
};

} // namespace lianping
