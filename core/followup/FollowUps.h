#pragma once
// Dynamic management after assessment (seed 000): an unqualified unit's head gets an
// admonition talk; two consecutive unqualified years lead to organisational handling.
// Follow-ups are created automatically when a result becomes final and withdrawn if a
// recheck lifts the grade.

#include "core/common/Result.h"

#include <QString>

#include <optional>
#include <set>
#include <vector>

namespace lianping {

class Database;
struct UnitResult;

struct FollowUp {
    std::int64_t id = 0;
    int year = 0;
    QString unitCode;
    QString unitName;
    QString county;
    QString kind;   // admonition, organisational
    QString status; // open, done, cancelled
    QString note;
    std::int64_t updatedAt = 0;
};

class FollowUps {
public:
    explicit FollowUps(Database& db)
        : m_db(db) {}

    // Brings the automatic follow-ups of one enrolled unit in line with its final result.
    Result<void> sync(std::int64_t enrollmentId);
    // The same for many enrolled units of one campaign, from two whole-campaign passes.
    Result<void> syncMany(int year, const std::set<std::int64_t>& enrollmentIds);
    std::vector<FollowUp> list(std::optional<int> year) const;
    Result<void> setStatus(std::int64_t id, const QString& status, const QString& note);
    // Copies a year's open follow-ups into another campaign (the note starts with `mark`);
    // returns how many. Carried items are not withdrawn by that year's results.
    Result<int> carryOver(int from, int to, const QString& mark);
    // A new open follow-up as given, with no check and no history: the demo's bulk path.
    Result<void> insertOpen(std::int64_t unitId, std::int64_t campaignId, const QString& kind,
                            const QString& note, std::int64_t updatedAt);

private:
    static std::optional<bool> finalUnqualified(const UnitResult& result);
    Result<std::optional<bool>> unqualified(std::int64_t unitId, int year) const;
    Result<void> ensure(std::int64_t unitId, std::int64_t campaignId, int year, const QString& kind,
                        const QString& note);
    Result<void> withdraw(std::int64_t unitId, std::int64_t campaignId, int year);
    Database& m_db;
};

} // namespace lianping
