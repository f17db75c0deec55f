#include "TableFile.h"

#include "common/CoreText.h"
#include "io/CsvReader.h"
#include "io/XlsReader.h"
#include "io/XlsxReader.h"

#include <QFile>

namespace lianping {

Result<Table> TableFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CoreText::tr("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray magic = file.read(8);
    if (magic.startsWith("PK\x03\x04"))
        return XlsxReader::readFile(path);
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return XlsReader::readFile(path);
    file.seek(0);
    return CsvReader::parse(file.readAll(), path);
}

} // namespace lianping
