#pragma once
// Builds the dashboard's charts from core figures. Every QChart is made here, behind these
// functions, so the deprecated Qt Charts can be swapped for Qt Graphs in one place.

#include "core/campaign/Coverage.h"
#include "core/index/IndexService.h"
#include "core/scoring/Statistics.h"

class QChart;

namespace lianping::ui::charts {

QChart* gradeDistribution(const CampaignStatistics& stats);
QChart* countiesByGrade(const CampaignStatistics& stats);
QChart* yearTrend(const CampaignStatistics& stats);
QChart* selfCountyDeviation(const CampaignStatistics& stats);
// One unit's score per rubric dimension as a share of its maximum, in percent.
QChart* dimensionProfile(const QStringList& dimensions, const QList<double>& percent,
                         const QString& title);
// The city's coverage per type (named ÷ registered) beside the year's target, in percent.
QChart* coverage(const std::vector<CoverageRow>& totals, int year);
// The three dimensions of one county's integrity index as a radar, the city's beside it.
QChart* indexRadar(const IndexResult& county, const IndexResult* city);
// One county's index over the years.
QChart* indexTrend(const QString& county, const std::vector<std::pair<int, double>>& years);
QString chartFontFamily(); // a Simplified Chinese family: fallback would pick Japanese glyphs

} // namespace lianping::ui::charts
