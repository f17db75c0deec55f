#pragma once
// Figures for the dashboard and summaries: grades overall and per county, the year-on-year
// trend, and how far self-checks stand from the county review.

#include "core/common/Result.h"
#include "core/scoring/Scoring.h"

#include <QString>

#include <array>
#include <map>
#include <vector>

namespace lianping {

class Database;

struct GradeCounts {
    std::array<int, 3> byGrade{}; // excellent, qualified, unqualified
    int notAssessed = 0;
    double totalSum = 0;
    int assessed() const { return byGrade[0] + byGrade[1] + byGrade[2]; }
    double average() const { return assessed() ? totalSum / assessed() : 0; }
    double passRate() const {
        return assessed() ? double(byGrade[0] + byGrade[1]) / assessed() : 0;
    }
};

struct YearFigures {
    int year = 0;
    GradeCounts grades;
};

struct CampaignStatistics {
    int year = 0;
    GradeCounts overall;
    std::map<QString, GradeCounts> byCounty;
    std::map<QString, GradeCounts> byType;
    std::vector<YearFigures> trend;     // every campaign in the file, oldest first
    std::map<int, int> selfMinusCounty; // points difference (rounded) → units
};

class Statistics {
public:
    static Result<CampaignStatistics> compute(Database& db, int year, const QString& county = {},
                                              const QString& typeCode = {});
};

} // namespace lianping
