#pragma once
// Evidence and finding rows written as given by a package from another office, with the
// uid, owner and time stamp they bring: a second import of the same row updates it in place.

#include "core/common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace lianping {

class Database;

struct EvidenceFields {
    QString uid;
    std::int64_t enrollmentId = 0;
    int step = 0;
    QString indicator;
    QString name;
    std::int64_t size = 0;
    QString sha256;
    QString addedBy;
    std::int64_t addedAt = 0;
    QString note;
    std::optional<std::int64_t> removedAt;
    QString removedReason; // null unless removed
    std::int64_t owner = 0;
    std::int64_t updatedAt = 0;
};

struct FindingFields {
    QString uid;
    std::int64_t enrollmentId = 0;
    int step = 0;
    QString indicator;
    QString text;
    int deductHalf = 0;
    std::optional<std::int64_t> evidenceId;
    std::optional<std::int64_t> rectificationId; // none: keeps the one this database linked
    QString addedBy;
    std::int64_t addedAt = 0;
    std::int64_t owner = 0;
    std::int64_t updatedAt = 0;
};

class EvidenceRows {
public:
    // The file's bytes and name never change: an update takes its indicator, note and removal.
    static Result<void> upsert(Database& db, const EvidenceFields& fields);
    static Result<void> upsertFinding(Database& db, const FindingFields& fields);
};

} // namespace lianping
