#pragma once
// Paints HTML onto any paged device — QPdfWriter for files, QPrinter for the printer and its
// preview — A4 with a footer and "第 x 页 共 y 页" on every page. One function serves all three.

#include <QFont>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace lianping {

class PagedDocument {
public:
    // A4 portrait with the margins of a filed document.
    static void setUpPage(QPagedPaintDevice& device);
    // The CJK family whose PDF text extracts as the same characters (see NOTES.md).
    static QString fontFamily();
    // Lays the HTML out for the device's page and paints its pages; a new page is started
    // first unless this is the first document on the device. Returns the pages painted.
    static int paint(QPainter& painter, QPagedPaintDevice& device, const QString& html,
                     const QString& footer, bool firstOnDevice);
    // Starts a page at any heading that would otherwise end one without `keep` of what follows.
    static void keepHeadingsWithText(QTextDocument& document, double pageHeight, double keep);
};

} // namespace lianping
