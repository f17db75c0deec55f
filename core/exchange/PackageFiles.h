#pragma once
// The file section of a package (format 3): the evidence files the receiver lacks, one after
// another after the payload, in the order the signed manifest lists them ("files": [[sha256,
// size], …]). In an encrypted package each file is its own sealed stream. Files are copied a
// chunk at a time both ways — a package of 5 GB of evidence is never in memory — and each is
// checked against its SHA-256 on the way out of the store and on the way in.

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <vector>

class QIODevice;

namespace lianping {

class EvidenceStore;

struct PackageFileEntry {
    QString sha256;
    qint64 size = 0; // the file's own size (stored sealed a little larger)
};

class PackageFiles {
public:
    static QJsonArray toJson(const std::vector<PackageFileEntry>& entries);
    static Result<std::vector<PackageFileEntry>> fromJson(const QJsonValue& value);
    // The bytes the section takes in the package.
    static qint64 sectionBytes(const std::vector<PackageFileEntry>& entries, bool sealed);

    // Appends one stored file to `out` (sealed with `key` when it is not empty).
    static Result<void> write(QIODevice& out, const EvidenceStore& store,
                              const PackageFileEntry& entry, const QByteArray& key);
    // Reads the next file from `in` into `staging`, refused unless it hashes to its entry.
    static Result<void> stage(QIODevice& in, const EvidenceStore& staging,
                              const PackageFileEntry& entry, const QByteArray& key,
                              const QString& source);
};

} // namespace lianping
