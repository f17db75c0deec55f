#pragma once
// Sheet, score and veto rows written as given: by a package from another office or by the
// demo, with the owner and time stamp they bring. The scoring bulk path; it keeps no history
// and settles nothing (the caller holds the BulkWrite guard or lets the triggers count).

#include "core/common/Points.h"
#include "core/common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lianping {

class Database;

struct SheetFields {
    std::int64_t enrollmentId = 0;
    int step = 0;
    std::optional<int> satisfied; // the ballot counts, where the step has a survey
    std::optional<int> basic;
    std::optional<int> unsatisfied;
    HalfPoints points = 0; // the totals, where the caller knows them (else kept by triggers)
    int scored = 0;
    std::int64_t owner = 0;
    std::int64_t updatedAt = 0;
};

struct ScoreFields {
    std::int64_t indicatorId = 0;
    HalfPoints halfPoints = 0;
    QString note; // empty: none
};

class SheetRows {
public:
    // A new sheet with a new uid; its id.
    static Result<std::int64_t> insert(Database& db, const SheetFields& row);
    // Sheet id loses its scores and vetoes (the incoming version brings them all) and takes
    // the row's ballots, totals, owner and stamp, one revision more.
    static Result<void> reopen(Database& db, std::int64_t sheetId, const SheetFields& row);
    // All of them in one statement (a rubric has about ten scored indicators).
    static Result<void> insertScores(Database& db, std::int64_t sheetId,
                                     const std::vector<ScoreFields>& scores);
    static Result<void> insertVeto(Database& db, std::int64_t sheetId, std::int64_t indicatorId,
                                   const QString& reason);
};

} // namespace lianping
