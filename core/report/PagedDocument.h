#pragma once
// The page and the font of a filed report (the rating report): A4 portrait with its margins,
// and the CJK family whose PDF text extracts as the same characters. ReportPainter paints on it.

#include <QString>

class QPagedPaintDevice;

namespace lianping {

class PagedDocument {
public:
    // A4 portrait with the margins of a filed document.
    static void setUpPage(QPagedPaintDevice& device);
    // The CJK family whose PDF text extracts as the same characters (see NOTES.md).
    static QString fontFamily();
};

} // namespace lianping
