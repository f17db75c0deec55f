#include "RubricFile.h"

#include "core/common/CoreText.h"
#include "core/common/Limits.h"
#include "core/export/RubricXlsx.h"
#include "core/rubric/RubricJson.h"

#include <QFile>
#include <QSaveFile>

namespace lianping {

bool RubricFile::isSpreadsheet(const QString& path) {
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
}

Result<Rubric> RubricFile::read(const QString& path) {
    if (isSpreadsheet(path))
        return RubricXlsx::read(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CoreText::tr("%1: cannot read: %2").arg(path, file.errorString()));
    // One byte over the limit is enough for parse() to refuse the file by its size.
    return RubricJson::parse(file.read(Limits::RubricFileBytes + 1), path);
}

Result<void> RubricFile::write(const Rubric& rubric, const QString& path) {
    if (isSpreadsheet(path))
        return RubricXlsx::write(rubric, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(RubricJson::serialize(rubric)) < 0 ||
        !file.commit())
        return fail(CoreText::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace lianping
