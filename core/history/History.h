#pragma once
// The change log: every change of a score, state or registry field is appended with who,
// when, the old and the new value. Nothing is ever overwritten without a line here.

#include "common/Result.h"

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

class History {
public:
    static Result<void> record(Database& db, const HistoryChange& change);
    static std::vector<HistoryEntry> forUnit(Database& db, std::int64_t unitId);
};

} // namespace lianping
