#pragma once
// Rectification items (整改): problems found in review, each with a deadline, a person
// responsible and a status that moves open → done → verified.

#include "core/common/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace lianping {

class Database;

struct Rectification {
    std::int64_t id = 0;
    int year = 0;
    QString unitCode;
    QString text;
    QString deadline;
    QString responsible;
    QString status;
};

class Rectifications {
public:
    explicit Rectifications(Database& db)
        : m_db(db) {}

    Result<std::int64_t> add(int year, const QString& unitCode, const QString& text,
                             const QString& deadline, const QString& responsible);
    Result<void> setStatus(std::int64_t id, const QString& status, const QString& note);
    std::vector<Rectification> list(std::optional<int> year, const QString& unitCode = {}) const;
    // Copies a year's items not yet verified to the same units' enrolments in another year
    // (text starting with `mark`, status and deadline kept); returns how many.
    Result<int> carryOver(int from, int to, const QString& mark);

private:
    Database& m_db;
};

} // namespace lianping
