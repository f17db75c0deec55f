#include "PackageFile.h"

#include "core/common/CoreText.h"

#include "core/exchange/Crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QtEndian>

namespace lianping {

namespace {

constexpr char Magic[4] = {'L', 'P', 'K', 'G'};
constexpr char FlagEncrypted = 1;

QByteArray signedPart(const QByteArray& head, const QByteArray& manifest) {
    return head + manifest;
}

} // namespace

QByteArray PackageFile::compress(const QByteArray& json) {
    return qCompress(json, 6);
}

QByteArray PackageFile::build(QJsonObject manifest, const QByteArray& payload, bool encrypted,
                              const QByteArray& secretKey, int format) {
    manifest.insert(QStringLiteral("payload_sha256"), crypto::sha256(payload));
    manifest.insert(QStringLiteral("payload_bytes"), static_cast<double>(payload.size()));
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    QByteArray head(Magic, 4);
    head.append(static_cast<char>(format));
    head.append(encrypted ? FlagEncrypted : '\0');
    head.append(2, '\0');
    QByteArray length(4, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(manifestBytes.size()), length.data());
    const QByteArray signature = crypto::sign(signedPart(head, manifestBytes), secretKey);
    return head + length + manifestBytes + signature + payload;
}

Result<PackageFile> PackageFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CoreText::tr("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(12);
    if (head.size() == 12 && head.startsWith(QByteArray(Magic, 4)) &&
        static_cast<unsigned char>(head[4]) >= 3) {
        // Signed part and payload into memory; the file section stays on disk.
        const quint32 manifestLength = qFromBigEndian<quint32>(head.constData() + 8);
        if (manifestLength > MaxManifestBytes)
            return fail(CoreText::tr("%1: the package is truncated or damaged").arg(path));
        QByteArray bytes = file.read(12 + static_cast<qint64>(manifestLength) + 64);
        const QJsonObject manifest =
            QJsonDocument::fromJson(bytes.mid(12, manifestLength)).object();
        const qint64 payloadBytes =
            static_cast<qint64>(manifest.value(QStringLiteral("payload_bytes")).toDouble(-1));
        if (payloadBytes < 0 || payloadBytes > MaxFileBytes)
            return fail(CoreText::tr("%1: the package is truncated or damaged").arg(path));
        bytes += file.read(payloadBytes);
        Result<PackageFile> parsed = parse(bytes, path);
        if (!parsed)
            return parsed;
        parsed->path = path;
        return parsed;
    }
    if (file.size() > MaxFileBytes)
        return fail(CoreText::tr("%1: the file is too large to be a package").arg(path));
    return parse(file.readAll(), path);
}

Result<PackageFile> PackageFile::parse(const QByteArray& bytes, const QString& source) {
    const QString notPackage = CoreText::tr("%1: not a Lianping package (.lpkg)").arg(source);
    const QString truncated = CoreText::tr("%1: the package is truncated or damaged").arg(source);
    if (bytes.size() < 12 || !bytes.startsWith(QByteArray(Magic, 4)))
        return fail(notPackage);
    PackageFile file;
    file.head = bytes.left(8);
    const int format = static_cast<unsigned char>(bytes[4]);
    file.format = format;
    if (format < OldestFormat || format > FormatVersion)
        return fail(
            CoreText::tr("%1: package format %2 is not supported by this version of Lianping")
                .arg(source)
                .arg(format));
    file.encrypted = (bytes[5] & FlagEncrypted) != 0;
    const quint32 manifestLength = qFromBigEndian<quint32>(bytes.constData() + 8);
    if (manifestLength == 0 || manifestLength > MaxManifestBytes ||
        12 + static_cast<qint64>(manifestLength) + 64 > bytes.size())
        return fail(truncated);
    file.manifestBytes = bytes.mid(12, manifestLength);
    file.signature = bytes.mid(12 + manifestLength, 64);
    QJsonParseError error;
    const QJsonDocument manifest = QJsonDocument::fromJson(file.manifestBytes, &error);
    if (error.error != QJsonParseError::NoError || !manifest.isObject())
        return fail(truncated);
    file.manifest = manifest.object();
    const qint64 payloadStart = 12 + static_cast<qint64>(manifestLength) + 64;
    if (format >= 3) {
        const qint64 payloadBytes =
            static_cast<qint64>(file.manifest.value(QStringLiteral("payload_bytes")).toDouble(-1));
        if (payloadBytes < 0 || payloadStart + payloadBytes > bytes.size())
            return fail(truncated);
        file.payload = bytes.mid(payloadStart, payloadBytes);
        file.filesOffset = payloadStart + payloadBytes;
    } else {
        file.payload = bytes.mid(payloadStart);
    }
    if (file.manifest.value(QStringLiteral("format")).toString() !=
            QLatin1String("lianping-package") ||
        file.manifest.value(QStringLiteral("package_id")).toString().isEmpty() ||
        !file.manifest.value(QStringLiteral("origin")).isObject())
        return fail(notPackage);
    return file;
}

Result<void> PackageFile::verify(const QByteArray& publicKey, const QString& source) const {
    if (!crypto::verify(signedPart(head, manifestBytes), signature, publicKey))
        return fail(
            CoreText::tr("%1: the signature does not match: the package was altered or was not "
                         "made by the office it names")
                .arg(source));
    if (payload.size() !=
            static_cast<qint64>(manifest.value(QStringLiteral("payload_bytes")).toDouble(-1)) ||
        crypto::sha256(payload) != manifest.value(QStringLiteral("payload_sha256")).toString())
        return fail(
            CoreText::tr("%1: the contents do not match the signed manifest: the package is "
                         "truncated or was altered")
                .arg(source));
    return {};
}

Result<QByteArray> PackageFile::decrypted(const QByteArray& passphrase,
                                          const QString& source) const {
    if (!encrypted)
        return payload;
    if (passphrase.isEmpty())
        return fail(CoreText::tr("%1 is encrypted: give its passphrase").arg(source));
    const QJsonObject sealing = manifest.value(QStringLiteral("encryption")).toObject();
    crypto::Sealed sealed;
    sealed.salt =
        QByteArray::fromBase64(sealing.value(QStringLiteral("salt")).toString().toLatin1());
    sealed.header =
        QByteArray::fromBase64(sealing.value(QStringLiteral("header")).toString().toLatin1());
    sealed.cipher = payload;
    Result<QByteArray> plain = crypto::decrypt(sealed, passphrase);
    if (!plain)
        return fail(QStringLiteral("%1: %2").arg(source, plain.error().message));
    return plain;
}

Result<QJsonObject> PackageFile::open(const QByteArray& passphrase, const QString& source) const {
    Result<QByteArray> plain = decrypted(passphrase, source);
    if (!plain)
        return plain.error();
    const QByteArray& compressed = *plain;
    // qCompress data starts with the uncompressed size: refuse absurd sizes before inflating.
    if (compressed.size() < 4 ||
        qFromBigEndian<quint32>(compressed.constData()) > static_cast<quint64>(MaxPayloadBytes))
        return fail(CoreText::tr("%1: the package contents are damaged").arg(source));
    const QByteArray json = qUncompress(compressed);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (json.isEmpty() || error.error != QJsonParseError::NoError || !document.isObject())
        return fail(CoreText::tr("%1: the package contents are damaged").arg(source));
    return document.object();
}

} // namespace lianping
