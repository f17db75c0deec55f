#pragma once
// Conflicts: two versions of one record made apart (two copies of an office's database, or
// two offices editing one record). Both stay: ours in place, theirs here, until a person
// keeps one. Keeping either makes a new version that supersedes both, so the other laptop
// takes it on its next import instead of reporting the conflict again.

#include "core/common/Result.h"
#include "core/exchange/Records.h"

#include <vector>

namespace lianping {

class Database;

struct Conflict {
    std::int64_t id = 0;
    QString kind;
    QString record;
    QString unitCode;
    std::optional<int> year;
    QString origin; // office name
    std::int64_t detectedAt = 0;
    std::optional<Record> ours;
    Record theirs;
    QString differences; // "D1.1: 8 ≠ 9; survey …"
};

class Conflicts {
public:
    explicit Conflicts(Database& db)
        : m_db(db) {}
    std::vector<Conflict> open() const;
    Result<void> resolve(std::int64_t id, bool keepTheirs);
    // Keeps an incoming version made apart from ours, once: the same version from another
    // package is not listed twice.
    Result<void> store(const Record& incoming, const QString& originUid, const QString& packageId);

private:
    Database& m_db;
};

} // namespace lianping
