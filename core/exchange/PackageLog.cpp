#include "PackageLog.h"

#include "core/common/Ids.h"
#include "core/storage/Database.h"

#include <QJsonDocument>

namespace lianping {

std::optional<std::int64_t> PackageLog::importedAt(Database& db, const QString& packageId) {
    Statement& seen = db.cached("SELECT imported_at FROM packages WHERE package_id = ?");
    std::optional<std::int64_t> at;
    if (seen.bind(1, packageId).step())
        at = seen.int64(0);
    seen.reset();
    return at;
}

Result<void> PackageLog::remember(Database& db, const QJsonObject& manifest,
                                  const QString& originUid, const QJsonObject& summary) {
    Statement& insert = db.cached(
        "INSERT INTO packages(package_id, origin, sequence, created_at, imported_at, summary) "
        "VALUES (?,?,?,?,?,?)");
    if (!insert.bind(1, manifest.value(QStringLiteral("package_id")).toString())
             .bind(2, originUid)
             .bind(3, manifest.value(QStringLiteral("sequence")).toInt())
             .bind(4, static_cast<std::int64_t>(
                          manifest.value(QStringLiteral("created_at")).toDouble()))
             .bind(5, nowMs())
             .bind(6, QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)))
             .exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
