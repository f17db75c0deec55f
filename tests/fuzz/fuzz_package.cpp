// libFuzzer target for the package reader: the container (header, manifest, signature,
// payload), the payload's decompression and JSON, and every record's parsing — everything a
// package from a USB stick reaches before and after its signature is checked. Not part of
// ctest; run with tools/fuzz.sh.

#include "core/exchange/PackageFile.h"
#include "core/exchange/PayloadLines.h"
#include "core/exchange/Records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

using namespace lianping;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static int argc = 1;
    static char name[] = "fuzz_package";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    Result<PackageFile> file = PackageFile::parse(bytes, QStringLiteral("fuzz.lpkg"));
    if (file) {
        // Any key: the signature check must fail cleanly, never crash.
        (void)file->verify(QByteArray(32, 'k'), QStringLiteral("fuzz.lpkg"));
        // The payload path as if verified: every line inflated and parsed, as an import reads
        // them. (Encrypted payloads stop at Argon2id, half a second a try by design;
        // libsodium's secretstream is not what this target is for.)
        if (!file->encrypted)
            if (Result<std::unique_ptr<PayloadLines>> lines =
                    PayloadLines::open(*file, {}, QStringLiteral("fuzz.lpkg")))
                while (std::optional<QByteArray> line = (*lines)->next()) {
                    const QJsonDocument document = QJsonDocument::fromJson(*line);
                    if (document.isObject())
                        (void)Record::fromJson(document.object());
                }
    }
    // The records themselves, straight from JSON.
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject())
        (void)Record::fromJson(document.object());
    return 0;
}
