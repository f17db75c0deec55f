#pragma once
// Score entry for one step of one unit: points per indicator, mass-survey ballots, vetoes.
// Every change bumps the sheet's revision and keeps the old value in history.

#include "core/common/Result.h"
#include "core/model/Step.h"
#include "core/scoring/Scoring.h"

#include <map>
#include <optional>

namespace lianping {

class Database;
struct Enrollment;

struct SheetEntry {
    HalfPoints points = 0;
    QString note;
};

struct Sheet {
    std::int64_t id = 0;                       // 0: nothing entered yet
    std::map<std::int64_t, SheetEntry> scores; // by indicator id
    std::map<std::int64_t, QString> vetoes;    // reason by indicator id
    std::optional<Survey> survey;
};

class ScoreRepository {
public:
    explicit ScoreRepository(Database& db)
        : m_db(db) {}

    Result<void> setScore(int year, const QString& unitCode, const QString& indicatorCode,
                          HalfPoints points, Step step, const QString& note = {});
    // The same for an enrollment already looked up (imports, the desktop sheet).
    Result<void> setScore(const Enrollment& enrollment, const QString& indicatorCode,
                          HalfPoints points, Step step, const QString& note = {});
    Result<void> clearScore(const Enrollment& enrollment, const QString& indicatorCode, Step step);
    Result<void> setSurvey(int year, const QString& unitCode, Step step, const Survey& survey);
    // The veto row alone; Assessment adds what follows from it (revocation, follow-ups).
    Result<void> setVeto(int year, const QString& unitCode, const QString& indicatorCode, Step step,
                         const QString& reason);
    Result<void> clearVeto(int year, const QString& unitCode, const QString& indicatorCode,
                           Step step, const QString& reason);
    Sheet load(std::int64_t enrollmentId, Step step) const;

private:
    struct IndicatorRef {
        std::int64_t id = 0;
        std::optional<HalfPoints> max;
        bool veto = false;
    };
    Result<IndicatorRef> indicator(const Enrollment& enrollment, const QString& code) const;
    Result<std::int64_t> ensureSheet(std::int64_t enrollmentId, Step step);
    Result<void> touch(std::int64_t sheetId);
    // Open for edits (not named or revoked) and this office's step to record.
    Result<void> checkEditable(const Enrollment& enrollment, Step step) const;

    Database& m_db;
};

} // namespace lianping
