#pragma once
// The evidence store (佐证材料): the files behind scores, kept by content — one file per
// SHA-256, named by it, under <database>.evidence/ab/abcd… beside the database, so a person
// copies the folder with the file. Files are written once and never changed or deleted (a
// removed attachment stays in history), so a backup copies each only once. Every read checks
// the bytes against their hash.

#include "core/common/Result.h"

#include <QString>

class QIODevice;

namespace lianping {

struct StoredBlob {
    QString sha256;
    qint64 size = 0;
};

class EvidenceStore {
public:
    static constexpr qint64 MaxFileBytes = 200ll * 1024 * 1024;

    explicit EvidenceStore(QString folder)
        : m_folder(std::move(folder)) {}
    // The store of the database at `databasePath`: "county.lpdb" → "county.evidence".
    static QString folderFor(const QString& databasePath);

    const QString& folder() const { return m_folder; }
    QString pathOf(const QString& sha256) const;
    bool has(const QString& sha256, qint64 size) const;

    // Copies a file in (refused over MaxFileBytes), hashing as it reads.
    Result<StoredBlob> put(const QString& sourcePath) const;
    // Reads `size` bytes from `source` into the store, refusing them unless they hash to
    // `sha256`; a file already there is read and checked all the same, then dropped.
    Result<void> putExpected(QIODevice& source, qint64 size, const QString& sha256,
                             const QString& what) const;
    // Writes the stored bytes to `target`, failing (and leaving no target) when the store's
    // copy is missing or no longer hashes to its name.
    Result<void> copyOut(const QString& sha256, const QString& target) const;
    // Checks one stored file against its name.
    Result<void> verify(const QString& sha256) const;
    // Streams a stored file to `sink`, verified at the end (the caller discards on failure).
    Result<void> streamTo(const QString& sha256, QIODevice& sink) const;

    // Moves a file already checked against `sha256` (in a folder on the same disk) in.
    Result<void> take(const QString& checkedFile, const QString& sha256) const {
        return adopt(checkedFile, sha256);
    }

private:
    Result<void> adopt(const QString& temporary, const QString& sha256) const;
    QString m_folder;
};

} // namespace lianping
