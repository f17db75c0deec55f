#pragma once
// The county review's sub-steps (seed 002, Zhaoyuan): 考前公示, 述职述廉, 民主测评, 个别谈话,
// 走访, 综合评定 by default, or the campaign's own list. Each recorded per unit with a date,
// who and a note; the scoring sheet shows them as a checklist and the rating report lists them.

#include "core/common/Result.h"

#include <QDate>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace lianping {

class Database;

struct ReviewStep {
    int position = 0; // 1-based
    QString name;
    QDate date; // null: not recorded
    QString note;
    QString operatorName;
};

class ReviewSteps {
public:
    explicit ReviewSteps(Database& db)
        : m_db(db) {}
    static const QStringList& defaults();
    QStringList names(int year) const;
    // The campaign's own list (1–12 distinct names); empty: back to the six defaults.
    Result<void> setNames(int year, const QStringList& names);
    // STEP is a name of the campaign's list or its number (1..6).
    Result<ReviewStep> record(int year, const QString& unitCode, const QString& step,
                              const QDate& date, const QString& note);
    // Every sub-step of the campaign for the unit, recorded or not, in order.
    std::vector<ReviewStep> forUnit(int year, const QString& unitCode) const;
    // A sub-step as another office recorded it, with its owner and stamp.
    static Result<void> store(Database& db, std::int64_t enrollmentId, const ReviewStep& step,
                              std::int64_t owner, std::int64_t updatedAt);

private:
    Database& m_db;
};

} // namespace lianping
