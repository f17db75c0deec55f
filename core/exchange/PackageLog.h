#pragma once
// The packages this database imported: one row each, so that a package is never applied
// twice (a replay is refused with the date it was first imported).

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace lianping {

class Database;

class PackageLog {
public:
    // When the package was imported here (ms since the epoch), if it was.
    static std::optional<std::int64_t> importedAt(Database& db, const QString& packageId);
    // `summary`: per record kind, [added, updated, unchanged, conflicts, refused].
    static Result<void> remember(Database& db, const QJsonObject& manifest,
                                 const QString& originUid, const QJsonObject& summary);
};

} // namespace lianping
