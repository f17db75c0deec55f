#include "PdfFile.h"

#include "core/common/CoreText.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace lianping {

Result<void> PdfFile::write(const QString& path, const QString& title, const SetUp& setUp,
                            const Paint& paint) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(CoreText::tr("%1: cannot write: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Lianping %1").arg(QStringLiteral(LIANPING_VERSION)));
        setUp(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(CoreText::tr("%1: cannot start the PDF").arg(path));
        Result<void> painted = paint(painter, writer);
        painter.end();
        if (!painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return fail(CoreText::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace lianping
