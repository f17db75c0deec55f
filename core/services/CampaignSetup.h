#pragma once
// A year's campaign set up as offices do it: its settings changed until the first score is
// entered (then they are fixed, and the message says why), and a new year started from the
// last — the same units enrolled with each type's rubric version in force, last year's
// settings, sub-steps and survey minimum, and the open rectification items and follow-ups
// carried over (marked 【2026年度结转】). Last year's grades read beside this year's.

#include "core/common/Result.h"
#include "core/model/Campaign.h"

#include <QString>

#include <map>

namespace lianping {

class Database;

struct CarryOver {
    int enrolled = 0;
    int rectifications = 0;
    int followUps = 0;
};

class CampaignSetup {
public:
    explicit CampaignSetup(Database& db)
        : m_db(db) {}

    // How many sheets of the campaign have a score or ballots (0: its settings may change).
    int scoredSheets(int year) const;
    Result<void> updateSettings(int year, const CampaignSettings& settings);
    // A new rubric version (e.g. made in the editor after the year began) becomes the one the
    // year scores its type by, as long as no unit of that type has a score, ballot or veto
    // there yet. Returns how many enrolments moved to it.
    Result<int> adoptRubric(int year, std::int64_t rubricId);
    // Sheets of the rubric's type in the year with a score, ballot or veto.
    int scoredSheetsOfType(int year, std::int64_t rubricId) const;
    // Creates `year` from `from` (the settings given, or last year's when null) and carries
    // over what was left open. One transaction.
    Result<CarryOver> startFromLastYear(int year, int from,
                                        const std::optional<CampaignSettings>& settings = {});
    // Each unit's final grade in a year (excellent, qualified, unqualified), by unit code.
    Result<std::map<QString, QString>> grades(int year) const;

    static QString carriedMark(int from); // 【2026年度结转】

private:
    Database& m_db;
};

} // namespace lianping
