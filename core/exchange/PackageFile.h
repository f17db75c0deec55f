#pragma once
// The .lpkg container: "LPKG", a format byte and flags; the manifest (JSON: origin office,
// key fingerprint, created at, schema version, scope, record counts, payload SHA-256); an
// Ed25519 signature over header and manifest; then the payload (zlib-compressed JSON, or
// that sealed with a passphrase). Parsing checks structure and sizes only; verify() checks
// the signature and the payload hash before anything in the payload is read.

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace lianping {

struct PackageFile {
    // 3: as 2, then a section of evidence files (PackageFiles) after the payload, written
    // when a package carries files; 2: the payload is a zlib stream of JSON lines
    // (PayloadStream); 1: one qCompress'd JSON.
    static constexpr int FormatVersion = 3;
    static constexpr int FormatWithoutFiles = 2;
    static constexpr int OldestFormat = 1;
    static constexpr qint64 MaxFileBytes = 1024ll * 1024 * 1024;
    static constexpr qint64 MaxManifestBytes = 64ll * 1024 * 1024;  // lists the files
    static constexpr qint64 MaxPayloadBytes = 2048ll * 1024 * 1024; // uncompressed

    QByteArray head; // the 8 header bytes
    QByteArray manifestBytes;
    QJsonObject manifest;
    QByteArray signature;
    QByteArray payload; // as stored
    bool encrypted = false;
    int format = FormatVersion;
    // Format 3: where the file section starts in `path` (read() leaves the files there).
    QString path;
    qint64 filesOffset = -1;

    // Builds the file: the manifest gets the payload hash, the whole is signed.
    // Without files (format 2 unless told); a package with files appends their section.
    static QByteArray build(QJsonObject manifest, const QByteArray& payload, bool encrypted,
                            const QByteArray& secretKey, int format = FormatWithoutFiles);
    static Result<PackageFile> parse(const QByteArray& bytes, const QString& source);
    static Result<PackageFile> read(const QString& path);

    // The signature by this key, and the payload against the manifest's hash.
    Result<void> verify(const QByteArray& publicKey, const QString& source) const;
    // The payload as stored, decrypted when it is encrypted (the passphrase is needed then).
    Result<QByteArray> decrypted(const QByteArray& passphrase, const QString& source) const;
    // A format 1 payload's JSON: decrypted and decompressed.
    Result<QJsonObject> open(const QByteArray& passphrase, const QString& source) const;

    static QByteArray compress(const QByteArray& json);
};

} // namespace lianping
