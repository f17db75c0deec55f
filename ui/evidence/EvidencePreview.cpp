#include "EvidencePreview.h"

#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>

namespace lianping::ui {

bool EvidencePreview::isPdf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == QByteArrayLiteral("%PDF-");
}

QImage EvidencePreview::render(const QString& path, const QSize& box) {
    if (isPdf(path)) {
        QPdfDocument document;
        document.load(path);
        if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1)
            return {};
        const QSize page = document.pagePointSize(0).toSize().scaled(box, Qt::KeepAspectRatio);
        QImage image = document.render(0, page);
        if (image.isNull())
            return {};
        // Pages are transparent where nothing is printed: put them on paper.
        QImage paper(image.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter(&paper).drawImage(0, 0, image);
        return paper;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true); // photos taken upright stay upright
    if (!reader.canRead())
        return {};
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio)); // no full-size decode
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > box.width() || image.height() > box.height()))
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace lianping::ui
