#pragma once
// The evidence files of a package being imported: each read from the file section into a
// staging folder inside the evidence store and checked against the SHA-256 its signed
// manifest gives, all before any record is merged; moved into the store only when the
// import is about to commit (a dry run or a refusal leaves the store as it was).

#include "core/common/Result.h"
#include "core/evidence/EvidenceStore.h"

#include <QByteArray>

#include <memory>
#include <set>

class QTemporaryDir;

namespace lianping {

class Database;
struct PackageFile;

class IncomingFiles {
public:
    static Result<IncomingFiles> stage(Database& db, const PackageFile& file,
                                       const QByteArray& passphrase, const QString& source);
    IncomingFiles(IncomingFiles&&) noexcept;
    ~IncomingFiles();

    const std::set<QString>& hashes() const { return m_hashes; }
    int count() const { return static_cast<int>(m_hashes.size()); }
    // Into the store, once the records that name them are merged.
    Result<void> keep();

private:
    IncomingFiles(const QString& storeFolder);
    EvidenceStore m_store;
    std::unique_ptr<QTemporaryDir> m_staging;
    std::set<QString> m_hashes;
};

} // namespace lianping
