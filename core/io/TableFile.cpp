#include "TableFile.h"

#include "core/common/CoreText.h"
#include "core/common/Limits.h"
#include "core/io/CsvReader.h"
#include "core/io/XlsReader.h"
#include "core/io/XlsxReader.h"

#include <QFile>

namespace lianping {

Result<Table> TableFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CoreText::tr("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > Limits::TableFileBytes)
        return fail(CoreText::tr("%1: the file is %2 MB; tables of more than %3 MB are refused")
                        .arg(path)
                        .arg(file.size() / (1024 * 1024))
                        .arg(Limits::TableFileBytes / (1024 * 1024)));
    const QByteArray magic = file.read(8);
    if (magic.startsWith("PK\x03\x04"))
        return XlsxReader::readFile(path);
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return XlsReader::readFile(path);
    file.seek(0);
    return CsvReader::parse(file.readAll(), path);
}

} // namespace lianping
