#pragma once
// Imports a package: nothing is read from its contents before the signature (by a key this
// database trusts) and the content hash are verified. Records merge by ownership — a county
// review only from that county, the city's recheck, naming and sample only from the city, a
// self-check from the unit or its county — and a record is replaced only by a version that
// descends from ours; two versions made apart become a listed conflict, never a silent loss.
// One transaction; a dry run computes the same preview and rolls it back.

#include "core/common/Result.h"
#include "core/exchange/OfficeKeys.h"

#include <QByteArray>
#include <QJsonObject>

#include <map>

namespace lianping {

class Database;

struct KindTally {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int conflicts = 0;
    int refused = 0; // sent by an office that does not own them
};

struct ImportReport {
    QString packageId;
    OfficeKey origin;
    QJsonObject manifest;
    std::map<QString, KindTally> kinds; // by record kind
    int historyAdded = 0;
    int files = 0;        // evidence files the package carried, each checked
    QStringList refusals; // the first few, with the reason
    bool dryRun = false;
};

// What `package inspect` shows: the manifest and whether the signature holds.
struct PackageInfo {
    QJsonObject manifest;
    bool encrypted = false;
    QString origin; // "the county office of 利州区 (利州区纪委)"
    QString fingerprint;
    QString trust; // "trusted", "unknown key", "signature does not match", …
    bool verified = false;
};

class PackageImporter {
public:
    static Result<ImportReport> run(Database& db, const QString& path, const QByteArray& passphrase,
                                    bool dryRun);
    static Result<PackageInfo> inspect(Database& db, const QString& path);
};

} // namespace lianping
