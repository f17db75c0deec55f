#pragma once
// Third-party and public surveys (seed 001: 第三方评估, "置信度、可靠性、精确性"): survey rounds
// (who ran it, when, how, how many asked) and their results, imported from .xlsx, .xls or CSV
// either as aggregated scores (county, aspect, score[, n]) or as raw answers (county[, unit],
// question, answer — one row per respondent and question, questions mapped to the index
// model's aspects). Answers score 满意 100 × 1.0, 基本满意 100 × the campaign's basic weight,
// 不满意 0 (or satisfied / basic / unsatisfied); 1–5 as (v − 1) × 25; 是/否 as 100/0. An
// aspect's figure pools the answers of the year's rounds, with n and a 95 % interval.

#include "core/common/Result.h"
#include "core/index/SurveyStats.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lianping {

class Database;

struct SurveyRound {
    std::int64_t id = 0;
    int year = 0;
    QString name;
    QString by; // third-party, office, public
    QString date;
    QString method;
    std::optional<int> sample;
};

struct SurveyImportReport {
    int rows = 0;    // data rows read
    int answers = 0; // raw answers stored
    int scores = 0;  // aggregated scores stored
    QStringList aspects;
};

class Surveys {
public:
    explicit Surveys(Database& db)
        : m_db(db) {}
    Result<std::int64_t> addRound(const SurveyRound& round);
    std::optional<SurveyRound> round(std::int64_t id) const;
    // Replaces what the round held with the file's rows; one transaction.
    Result<SurveyImportReport> importFile(std::int64_t roundId, const QString& path, bool raw,
                                          const QString& questionsPath = {});
    // The year's figure for a county's aspect (全市: every county's answers together), or
    // nullopt when no round of the year has it.
    std::optional<SurveyFigure> figure(int year, const QString& county,
                                       const QString& aspect) const;
    // The campaign's minimum sample below which a figure is flagged (default 30).
    int minimumSample(int year) const;
    Result<void> setMinimumSample(int year, int minimum);

private:
    Database& m_db;
};

} // namespace lianping
