#pragma once
// Content hashes (libsodium): BLAKE2b-128 for short stable digests, SHA-256 for files and
// package payloads, whole or fed in pieces.

#include <QByteArray>
#include <QString>

namespace lianping::crypto {

QString contentHash(const QByteArray& bytes); // 32 hex digits (BLAKE2b-128)
QString sha256(const QByteArray& bytes);      // 64 hex digits

// SHA-256 of a stream fed in pieces (evidence files of up to 200 MB, read in chunks).
class Sha256 {
public:
    Sha256();
    void add(const char* data, qint64 size);
    QString hex(); // 64 hex digits; the object is spent afterwards

private:
    alignas(64) unsigned char m_state[128];
};

} // namespace lianping::crypto
