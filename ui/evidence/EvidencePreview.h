#pragma once
// A picture of an evidence file for the panel: pictures scaled down, the first page of a PDF
// (Qt PDF); other files have none.

#include <QImage>
#include <QString>

namespace lianping::ui {

class EvidencePreview {
public:
    // Reads the file at `path` (a verified copy, never the store's own file); a null image
    // when it is neither a picture nor a readable PDF.
    static QImage render(const QString& path, const QSize& box);
    static bool isPdf(const QString& path);
};

} // namespace lianping::ui
