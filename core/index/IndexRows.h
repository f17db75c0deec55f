#pragma once
// Integrity-index rows written as given by a package from the city, with the owner and time
// stamp they bring: a second import of the same row updates it in place.

#include "core/common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace lianping {

class Database;

struct SurveyRoundFields {
    QString uid;
    int year = 0;
    QString name;
    QString conductedBy; // third-party, office, public
    QString onDate;
    QString method;
    std::optional<std::int64_t> sample;
    std::int64_t owner = 0;
    std::int64_t updatedAt = 0;
};

// One row of a round: a mean score, or one answer (n: the mean's sample; binary: a yes/no).
struct SurveyRowFields {
    QString county;
    QString unit;
    QString aspect;
    double score = 0;
    std::optional<std::int64_t> n;
    bool binary = false;
};

class IndexRows {
public:
    // The model of (year, version) as JSON text.
    static Result<void> upsertModel(Database& db, int year, int version, const QString& model,
                                    bool frozen, std::int64_t owner, std::int64_t updatedAt);
    // The round with fields.uid, added or updated and emptied of scores and answers; its id.
    static Result<std::int64_t> upsertRound(Database& db, const SurveyRoundFields& fields);
    static Result<void> addRoundScore(Database& db, std::int64_t round, const SurveyRowFields& row);
    static Result<void> addRoundAnswer(Database& db, std::int64_t round,
                                       const SurveyRowFields& row);
    static Result<void> upsertInput(Database& db, int year, const QString& county,
                                    const QString& aspect, double value, const QString& note,
                                    std::int64_t owner, std::int64_t updatedAt);
};

} // namespace lianping
