#pragma once
// Reading and verifying a package before anything in it is read (issue 12: out of
// PackageImporter): the office's key is trusted (or one it rotated to, or retired), the
// signature holds, the payload is the one signed, the schema is not newer, the package is not
// a replay.

#include "core/common/Result.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageFile.h"

#include <QJsonObject>

#include <optional>

namespace lianping {

class Database;

class PackageVerifier {
public:
    static Office officeFrom(const QJsonObject& json);
    // The key that signed a package of a trusted office.
    static std::optional<QByteArray> signingKey(Database& db, const OfficeKey& trusted,
                                                const PackageFile& file);
    // Reads and verifies; `origin` is the trusted office that made it.
    static Result<PackageFile> verified(Database& db, const QString& path, OfficeKey& origin);
};

} // namespace lianping
