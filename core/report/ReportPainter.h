#pragma once
// Paints a report's content (ReportContent) on any paged device — QPdfWriter for files,
// QPrinter for the printer and its preview — laid out here line by line: text wrapped by
// measured widths (never a line starting with closing punctuation, never a number split),
// tables with their header repeated on every page and rows kept whole, headings kept with
// what follows, a footer with "第 x 页 共 y 页". Laying out first and painting after gives the
// page count; no HTML is built or parsed, so a report costs a few milliseconds.

class QPagedPaintDevice;
class QPainter;

namespace lianping {

struct ReportContent;

class ReportPainter {
public:
    // A new page is started first unless this is the first document on the device. The
    // device is set up with PagedDocument::setUpPage. Returns the pages painted.
    static int paint(QPainter& painter, QPagedPaintDevice& device, const ReportContent& content,
                     bool firstOnDevice);
};

} // namespace lianping
