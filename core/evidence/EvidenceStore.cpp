#include "EvidenceStore.h"

#include "core/common/CoreText.h"
#include "core/common/FileMirror.h"
#include "core/common/Hash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace lianping {

namespace {

constexpr qint64 ChunkBytes = 1024 * 1024;

bool isHash(const QString& sha256) {
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

QString megabytes(qint64 bytes) {
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Copies `size` bytes (or all, when size < 0) from source to sink, hashing them.
Result<QString> copyHashing(QIODevice& source, QIODevice& sink, qint64 size, const QString& what) {
    crypto::Sha256 hash;
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    qint64 left = size;
    while (size < 0 || left > 0) {
        const qint64 want = size < 0 ? ChunkBytes : std::min(left, ChunkBytes);
        const qint64 got = source.read(buffer.data(), want);
        if (got < 0)
            return fail(CoreText::tr("%1: cannot read: %2").arg(what, source.errorString()));
        if (got == 0) {
            if (size < 0)
                break;
            return fail(CoreText::tr("%1: the file ends early").arg(what));
        }
        hash.add(buffer.constData(), got);
        if (sink.write(buffer.constData(), got) != got)
            return fail(CoreText::tr("%1: cannot write: %2").arg(what, sink.errorString()));
        left -= got;
    }
    return hash.hex();
}

} // namespace

QString EvidenceStore::folderFor(const QString& databasePath) {
    return FileMirror::evidenceFolderFor(databasePath);
}

QString EvidenceStore::pathOf(const QString& sha256) const {
    return m_folder + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool EvidenceStore::has(const QString& sha256, qint64 size) const {
    const QFileInfo info(pathOf(sha256));
    return isHash(sha256) && info.isFile() && info.size() == size;
}

Result<void> EvidenceStore::adopt(const QString& temporary, const QString& sha256) const {
    const QString target = pathOf(sha256);
    if (QFileInfo::exists(target)) {
        QFile::remove(temporary);
        return {};
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return fail(CoreText::tr("cannot store a file in the evidence folder %1").arg(m_folder));
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadUser);
    return {};
}

Result<StoredBlob> EvidenceStore::put(const QString& sourcePath) const {
    QFile source(sourcePath);
    const QFileInfo info(sourcePath);
    if (!info.isFile())
        return fail(CoreText::tr("%1: there is no such file").arg(sourcePath));
    if (info.size() > MaxFileBytes)
        return fail(CoreText::tr("%1: %2 MB is over the limit of %3 MB for one evidence file: "
                                 "split or compress it")
                        .arg(sourcePath, megabytes(info.size()), megabytes(MaxFileBytes)));
    if (!source.open(QIODevice::ReadOnly))
        return fail(CoreText::tr("%1: cannot read: %2").arg(sourcePath, source.errorString()));
    if (!QDir().mkpath(m_folder))
        return fail(CoreText::tr("cannot create the evidence folder %1").arg(m_folder));
    QTemporaryFile temporary(m_folder + QStringLiteral("/incoming-XXXXXX"));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return fail(CoreText::tr("cannot write in the evidence folder %1").arg(m_folder));
    Result<QString> sha = copyHashing(source, temporary, -1, sourcePath);
    const qint64 size = temporary.size();
    temporary.close();
    if (!sha || size > MaxFileBytes) {
        QFile::remove(temporary.fileName());
        if (!sha)
            return sha.error();
        return fail(CoreText::tr("%1: over the limit of %2 MB for one evidence file")
                        .arg(sourcePath, megabytes(MaxFileBytes)));
    }
    LP_TRY(adopt(temporary.fileName(), *sha));
    return StoredBlob{*sha, size};
}

Result<void> EvidenceStore::putExpected(QIODevice& source, qint64 size, const QString& sha256,
                                        const QString& what) const {
    if (!isHash(sha256) || size < 0 || size > MaxFileBytes)
        return fail(CoreText::tr("%1: not a valid evidence file entry").arg(what));
    if (!QDir().mkpath(m_folder))
        return fail(CoreText::tr("cannot create the evidence folder %1").arg(m_folder));
    QTemporaryFile temporary(m_folder + QStringLiteral("/incoming-XXXXXX"));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return fail(CoreText::tr("cannot write in the evidence folder %1").arg(m_folder));
    Result<QString> got = copyHashing(source, temporary, size, what);
    temporary.close();
    if (!got || *got != sha256) {
        QFile::remove(temporary.fileName());
        if (!got)
            return got.error();
        return fail(CoreText::tr("%1: the file does not match its SHA-256 in the signed "
                                 "manifest: it was altered or damaged")
                        .arg(what));
    }
    return adopt(temporary.fileName(), sha256);
}

Result<void> EvidenceStore::streamTo(const QString& sha256, QIODevice& sink) const {
    QFile file(pathOf(sha256));
    if (!isHash(sha256) || !file.open(QIODevice::ReadOnly))
        return fail(CoreText::tr("evidence file %1 is missing from %2: copy the folder %3 "
                                 "beside the database with it")
                        .arg(sha256.left(12), m_folder, QFileInfo(m_folder).fileName()));
    Result<QString> got = copyHashing(file, sink, -1, file.fileName());
    if (!got)
        return got.error();
    if (*got != sha256)
        return fail(CoreText::tr("evidence file %1 in %2 was altered or damaged: its contents "
                                 "no longer match their SHA-256")
                        .arg(sha256.left(12), m_folder));
    return {};
}

Result<void> EvidenceStore::verify(const QString& sha256) const {
    struct Discard : QIODevice {
        qint64 readData(char*, qint64) override { return -1; }
        qint64 writeData(const char*, qint64 size) override { return size; }
    } sink;
    sink.open(QIODevice::WriteOnly);
    return streamTo(sha256, sink);
}

Result<void> EvidenceStore::copyOut(const QString& sha256, const QString& target) const {
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(CoreText::tr("%1: cannot write: %2").arg(target, out.errorString()));
    Result<void> copied = streamTo(sha256, out);
    out.close();
    if (!copied) {
        out.remove();
        return copied;
    }
    return {};
}

} // namespace lianping
