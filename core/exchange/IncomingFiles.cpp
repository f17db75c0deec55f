#include "IncomingFiles.h"

#include "core/common/CoreText.h"
#include "core/exchange/Crypto.h"
#include "core/exchange/PackageFile.h"
#include "core/exchange/PackageFiles.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

namespace lianping {

IncomingFiles::IncomingFiles(const QString& storeFolder)
    : m_store(storeFolder) {}
IncomingFiles::IncomingFiles(IncomingFiles&&) noexcept = default;
IncomingFiles::~IncomingFiles() = default;

Result<IncomingFiles> IncomingFiles::stage(Database& db, const PackageFile& file,
                                           const QByteArray& passphrase, const QString& source) {
    IncomingFiles incoming(EvidenceStore::folderFor(db.path()));
    Result<std::vector<PackageFileEntry>> entries =
        PackageFiles::fromJson(file.manifest.value(QStringLiteral("files")));
    if (!entries)
        return fail(QStringLiteral("%1: %2").arg(source, entries.error().message));
    if (entries->empty())
        return incoming;
    const QString truncated = CoreText::tr("%1: the package is truncated or damaged").arg(source);
    QFile in(file.path);
    if (file.filesOffset < 0 || file.path.isEmpty() || !in.open(QIODevice::ReadOnly))
        return fail(truncated);
    if (in.size() != file.filesOffset + PackageFiles::sectionBytes(*entries, file.encrypted))
        return fail(CoreText::tr("%1: the evidence files do not match the signed manifest: the "
                                 "package is truncated or was altered")
                        .arg(source));
    QByteArray key;
    if (file.encrypted) {
        const QByteArray salt =
            QByteArray::fromBase64(file.manifest.value(QStringLiteral("encryption"))
                                       .toObject()
                                       .value(QStringLiteral("files_salt"))
                                       .toString()
                                       .toLatin1());
        if (passphrase.isEmpty())
            return fail(CoreText::tr("%1 is encrypted: give its passphrase").arg(source));
        key = crypto::streamKey(passphrase, salt);
        if (key.isEmpty())
            return fail(CoreText::tr("not enough memory to check the passphrase"));
    }
    if (!QDir().mkpath(incoming.m_store.folder()))
        return fail(
            CoreText::tr("cannot create the evidence folder %1").arg(incoming.m_store.folder()));
    incoming.m_staging = std::make_unique<QTemporaryDir>(incoming.m_store.folder() +
                                                         QStringLiteral("/staging-XXXXXX"));
    if (!incoming.m_staging->isValid())
        return fail(
            CoreText::tr("cannot write in the evidence folder %1").arg(incoming.m_store.folder()));
    const EvidenceStore staging(incoming.m_staging->path());
    if (!in.seek(file.filesOffset))
        return fail(truncated);
    for (const PackageFileEntry& entry : *entries) {
        LP_TRY(PackageFiles::stage(in, staging, entry, key, source));
        incoming.m_hashes.insert(entry.sha256);
    }
    return incoming;
}

Result<void> IncomingFiles::keep() {
    if (!m_staging)
        return {};
    const EvidenceStore staging(m_staging->path());
    for (const QString& sha : m_hashes)
        LP_TRY(m_store.take(staging.pathOf(sha), sha));
    return {};
}

} // namespace lianping
