#include "Statistics.h"

#include "core/scoring/ResultService.h"
#include "core/storage/Database.h"

#include <cmath>

namespace lianping {

namespace {

void add(GradeCounts& counts, const UnitResult& row) {
    if (!row.finalStep) {
        ++counts.notAssessed;
        return;
    }
    ++counts.byGrade[static_cast<std::size_t>(row.outcome.grade)];
    counts.totalSum += row.outcome.total;
}

} // namespace

Result<CampaignStatistics> Statistics::compute(Database& db, int year, const QString& county,
                                               const QString& typeCode) {
    CampaignStatistics stats;
    stats.year = year;
    Statement years = db.prepare("SELECT year FROM campaigns ORDER BY year");
    std::vector<int> campaignYears;
    while (years.step())
        campaignYears.push_back(years.integer(0));
    for (int each : campaignYears) {
        ResultQuery query;
        query.year = each;
        query.county = county;
        query.typeCode = typeCode;
        Result<std::vector<UnitResult>> rows = ResultService(db).compute(query);
        if (!rows)
            return rows.error();
        YearFigures figures;
        figures.year = each;
        for (const UnitResult& row : *rows) {
            add(figures.grades, row);
            if (each == year) {
                add(stats.overall, row);
                add(stats.byCounty[row.county], row);
                add(stats.byType[row.typeCode], row);
            }
        }
        stats.trend.push_back(figures);
    }
    // Self-check against county review, for units that have both complete sheets.
    Statement deviation = db.prepare(
        "SELECT s.points, c.points FROM sheets s JOIN sheets c ON c.enrollment_id = "
        "s.enrollment_id AND c.step = 1 "
        "JOIN enrollments e ON e.id = s.enrollment_id JOIN campaigns k ON k.id = e.campaign_id "
        "JOIN units u ON u.id = e.unit_id "
        "WHERE s.step = 0 AND k.year = ?1 AND s.scored = c.scored "
        "AND (?2 IS NULL OR u.county_id = (SELECT id FROM counties WHERE name = ?2)) "
        "AND (?3 IS NULL OR u.type_id = (SELECT id FROM unit_types WHERE code = ?3))");
    deviation.bind(1, year)
        .bind(2, county.isEmpty() ? QString() : county)
        .bind(3, typeCode.isEmpty() ? QString() : typeCode);
    while (deviation.step())
        ++stats.selfMinusCounty[static_cast<int>(
            std::lround(toPoints(deviation.integer(0) - deviation.integer(1))))];
    return stats;
}

} // namespace lianping
