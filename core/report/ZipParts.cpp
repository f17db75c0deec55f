#include "ZipParts.h"

#include "core/common/CoreText.h"

#include <QSaveFile>

#include <zip.h>

#include <memory>

namespace lianping {

namespace {

struct SourceUnref {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

} // namespace

Result<void> ZipParts::write(const QString& path) const {
    const auto failed = [&path](const char* what) {
        return fail(CoreText::tr("%1: cannot write: %2").arg(path, QString::fromUtf8(what)));
    };
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceUnref> buffer(
        zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer)
        return failed(zip_error_strerror(&error));
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (!archive)
        return failed(zip_error_strerror(&error));
    zip_source_keep(buffer.get()); // zip_close frees its source; its bytes are read below
    for (const auto& [name, content] : m_parts) {
        zip_source_t* part = zip_source_buffer(archive, content.constData(),
                                               static_cast<zip_uint64_t>(content.size()), 0);
        if (!part || zip_file_add(archive, name.toUtf8().constData(), part, ZIP_FL_ENC_UTF_8) < 0) {
            if (part)
                zip_source_free(part);
            const QByteArray message = zip_strerror(archive);
            zip_discard(archive);
            return failed(message.constData());
        }
    }
    if (zip_close(archive) < 0) {
        const QByteArray message = zip_strerror(archive);
        zip_discard(archive);
        return failed(message.constData());
    }
    zip_stat_t stat;
    if (zip_source_stat(buffer.get(), &stat) < 0 || zip_source_open(buffer.get()) < 0)
        return failed("zip");
    QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
    zip_source_close(buffer.get());
    if (read != static_cast<zip_int64_t>(stat.size))
        return failed("zip");

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(CoreText::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace lianping
