#include "PackageFiles.h"

#include "core/common/CoreText.h"
#include "core/evidence/EvidenceStore.h"
#include "core/exchange/Crypto.h"

#include <QFile>
#include <QIODevice>

namespace lianping {

namespace {

// Serves the plain bytes of one sealed stream read a chunk at a time from `in`.
class OpenedStream : public QIODevice {
public:
    OpenedStream(QIODevice& in, qint64 plainSize, const QByteArray& key)
        : m_in(in)
        , m_left(plainSize) {
        m_ok = m_opener.init(key, in.read(crypto::StreamHeaderBytes));
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override {
        if (m_buffer.isEmpty()) {
            if (!m_ok || m_finished)
                return m_ok ? 0 : -1;
            const qint64 plain = std::min<qint64>(crypto::StreamChunk, m_left);
            bool last = false;
            const std::optional<QByteArray> chunk =
                m_opener.pull(m_in.read(plain + crypto::StreamTagBytes), last);
            if (!chunk || chunk->size() != plain || last != (plain == m_left)) {
                m_ok = false;
                setErrorString(CoreText::tr("the passphrase is wrong or the package was altered"));
                return -1;
            }
            m_left -= plain;
            m_finished = last;
            m_buffer = *chunk;
            m_offset = 0;
            if (m_buffer.isEmpty())
                return 0;
        }
        const qint64 n = std::min<qint64>(max, m_buffer.size() - m_offset);
        memcpy(data, m_buffer.constData() + m_offset, static_cast<std::size_t>(n));
        m_offset += n;
        if (m_offset == m_buffer.size())
            m_buffer.clear();
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice& m_in;
    crypto::StreamOpener m_opener;
    QByteArray m_buffer;
    qint64 m_offset = 0;
    qint64 m_left;
    bool m_ok = false;
    bool m_finished = false;
};

} // namespace

QJsonArray PackageFiles::toJson(const std::vector<PackageFileEntry>& entries) {
    QJsonArray array;
    for (const PackageFileEntry& entry : entries)
        array.append(QJsonArray{entry.sha256, static_cast<double>(entry.size)});
    return array;
}

Result<std::vector<PackageFileEntry>> PackageFiles::fromJson(const QJsonValue& value) {
    std::vector<PackageFileEntry> entries;
    if (value.isUndefined() || value.isNull())
        return entries;
    if (!value.isArray())
        return fail(CoreText::tr("the package's list of files is damaged"));
    for (const QJsonValue& item : value.toArray()) {
        const QJsonArray pair = item.toArray();
        const qint64 size = static_cast<qint64>(pair.at(1).toDouble(-1));
        if (pair.size() != 2 || pair.at(0).toString().size() != 64 || size < 0 ||
            size > EvidenceStore::MaxFileBytes)
            return fail(CoreText::tr("the package's list of files is damaged"));
        entries.push_back({pair.at(0).toString(), size});
    }
    return entries;
}

qint64 PackageFiles::sectionBytes(const std::vector<PackageFileEntry>& entries, bool sealed) {
    qint64 total = 0;
    for (const PackageFileEntry& entry : entries)
        total += sealed ? crypto::sealedStreamSize(entry.size) : entry.size;
    return total;
}

Result<void> PackageFiles::write(QIODevice& out, const EvidenceStore& store,
                                 const PackageFileEntry& entry, const QByteArray& key) {
    QFile file(store.pathOf(entry.sha256));
    if (!file.open(QIODevice::ReadOnly) || file.size() != entry.size)
        return fail(CoreText::tr("evidence file %1 is missing from %2: copy the evidence folder "
                                 "beside the database, then export again")
                        .arg(entry.sha256.left(12), store.folder()));
    crypto::Sha256 hash;
    std::optional<crypto::StreamSealer> sealer;
    if (!key.isEmpty()) {
        sealer.emplace(key);
        if (out.write(sealer->header()) != crypto::StreamHeaderBytes)
            return fail(CoreText::tr("cannot write the package: %1").arg(out.errorString()));
    }
    QByteArray buffer(crypto::StreamChunk, Qt::Uninitialized);
    qint64 left = entry.size;
    do {
        const qint64 n = std::min<qint64>(crypto::StreamChunk, left);
        if (file.read(buffer.data(), n) != n)
            return fail(
                CoreText::tr("%1: cannot read: %2").arg(file.fileName(), file.errorString()));
        hash.add(buffer.constData(), n);
        left -= n;
        const QByteArray chunk = sealer ? sealer->push(buffer.constData(), n, left == 0)
                                        : QByteArray::fromRawData(buffer.constData(), n);
        if (out.write(chunk) != chunk.size())
            return fail(CoreText::tr("cannot write the package: %1").arg(out.errorString()));
    } while (left > 0);
    if (hash.hex() != entry.sha256)
        return fail(CoreText::tr("evidence file %1 in %2 was altered or damaged: its contents no "
                                 "longer match their SHA-256")
                        .arg(entry.sha256.left(12), store.folder()));
    return {};
}

Result<void> PackageFiles::stage(QIODevice& in, const EvidenceStore& staging,
                                 const PackageFileEntry& entry, const QByteArray& key,
                                 const QString& source) {
    const QString what = CoreText::tr("%1: evidence file %2").arg(source, entry.sha256.left(12));
    if (key.isEmpty())
        return staging.putExpected(in, entry.size, entry.sha256, what);
    OpenedStream opened(in, entry.size, key);
    Result<void> staged = staging.putExpected(opened, entry.size, entry.sha256, what);
    if (!staged)
        return staged;
    char probe = 0; // the stream must end where its entry says
    if (opened.read(&probe, 1) != 0)
        return fail(CoreText::tr("%1: the file is longer than the manifest says").arg(what));
    return {};
}

} // namespace lianping
