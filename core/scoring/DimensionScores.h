#pragma once
// Final points per rubric dimension for every enrolled unit of a campaign, by the same rule as
// the totals: the city's points where the city scored an indicator, else the county's.
// One sequential pass over the scores into flat arrays indexed by dense record ids
// (4 million scores at 200,000 units in well under a second).

#include "core/common/Points.h"
#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <vector>

namespace lianping {

class Database;

class DimensionScores {
public:
    static Result<DimensionScores> load(Database& db, int year);
    // One indicator's final points by that rule, as a sheet shows them: the city's, else the
    // county's; before the county has scored anything on the sheet, the self-check's.
    static std::optional<HalfPoints> finalPoints(std::optional<HalfPoints> self,
                                                 std::optional<HalfPoints> county,
                                                 std::optional<HalfPoints> city,
                                                 bool countyScoredSheet);

    // Columns: the largest number of scored dimensions any rubric of the campaign has.
    int columns() const { return m_columns; }
    // Half-points per dimension (by position among the rubric's scored dimensions); empty
    // when neither the county nor the city entered anything.
    std::span<const HalfPoints> find(std::int64_t enrollmentId) const;
    // Dimension titles per type code, in column order.
    const std::map<QString, QStringList>& titles() const { return m_titles; }

private:
    int m_columns = 0;
    std::int64_t m_firstEnrollment = 0;
    std::vector<std::uint8_t> m_entered; // by enrollment id − first
    std::vector<HalfPoints> m_points;    // entered.size() × columns
    std::map<QString, QStringList> m_titles;
};

} // namespace lianping
