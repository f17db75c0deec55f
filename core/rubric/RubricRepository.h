#pragma once
// Stored rubric versions. Importing a rubric for a type and year adds a new version; a
// version used by a campaign is frozen and never changes.

#include "core/common/Result.h"
#include "core/rubric/Rubric.h"

#include <optional>
#include <vector>

namespace lianping {

class Database;

struct RubricSummary {
    std::int64_t id = 0;
    QString typeCode;
    int year = 0;
    int version = 0;
    QString title;
    bool frozen = false;
    int indicators = 0;
    int vetoes = 0;
};

class RubricRepository {
public:
    explicit RubricRepository(Database& db)
        : m_db(db) {}

    // Stores the rubric as the next version for its type and year.
    Result<Rubric> add(const Rubric& rubric);
    std::optional<Rubric> load(std::int64_t id) const;
    // The newest version for exactly this type and year (or a given version).
    std::optional<Rubric> find(const QString& typeCode, int year, int version = 0) const;
    // The version a campaign of this year should use: the newest of the latest year up to
    // it, else the oldest later one.
    std::optional<std::int64_t> resolveForYear(std::int64_t typeId, int year) const;
    std::vector<RubricSummary> list() const;
    Result<void> freeze(std::int64_t id);

    // Adds the shipped default rubric of every type that has none yet; returns how many.
    Result<int> ensureDefaults();

private:
    Database& m_db;
};

} // namespace lianping
