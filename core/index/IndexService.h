#pragma once
// Computes the integrity index per county and for the city (全市: all its units and answers
// together) for a year: each measure from its source, an aspect as the weighted mean of its
// measures, a dimension of its aspects, the index of its dimensions, 0..100. Where a measure,
// an aspect or a dimension has no data its weight is spread over the present ones and the
// result is marked partial (and the missing aspects named). Counties are ranked by index.

#include "core/common/Result.h"
#include "core/index/IndexModel.h"
#include "core/index/SurveyStats.h"

#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace lianping {

class Database;

struct AspectResult {
    std::optional<double> score;
    std::optional<int> n; // from raw survey answers
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    bool flagged = false;
};

struct IndexResult {
    QString county; // 全市 for the city
    std::optional<double> index;
    std::optional<int> rank; // among counties; none for the city or without an index
    bool partial = false;
    std::vector<std::pair<QString, std::optional<double>>> dimensions; // in the model's order
    std::vector<std::pair<QString, AspectResult>> aspects;
    QStringList missing;          // aspects without data
    std::optional<double> change; // from last year's index, where there is one
};

class IndexService {
public:
    explicit IndexService(Database& db)
        : m_db(db) {}
    // Counties by name, then 全市. `freeze`: the model used is kept as it is (a later import
    // makes a new version). `today` dates the task ledger's statuses.
    Result<std::vector<IndexResult>> compute(int year, bool freeze = true,
                                             QDate today = QDate::currentDate());

private:
    Result<std::vector<IndexResult>> computeWith(const IndexModel& model, int year, QDate today);
    Database& m_db;
};

} // namespace lianping
