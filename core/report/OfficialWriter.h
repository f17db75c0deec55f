#pragma once
// Lays out and paints an official document on the GB/T 9704-2012 grid: A4, type area 156 ×
// 225 mm at 28 mm from the binding (left) edge and 37 mm from the top, 22 lines of 28
// characters of 3号 (16 pt) text a page. Blocks are broken into lines as they are added and a
// page is painted as soon as it is full, so the cost is proportional to the pages and the
// memory to one page. Page numbers in 4号 Song as "— 1 —", 7 mm under the type area, one
// character in from the right on odd pages and from the left on even ones; each document
// numbers its own pages. One writer serves QPdfWriter, QPrinter and the print preview.

#include <QFont>
#include <QHash>
#include <QString>

#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace lianping {

enum class OfficialRole {
    Mark,      // the issuing office's mark (发文机关标志): red, 小标宋, as wide as it fits
    DocNumber, // 发文字号: centred, 仿宋
    Rule,      // the red line under the document number, 4 mm below it, as wide as the type area
    Title,     // 2号 (22 pt) 小标宋, centred, may run to more lines
    Text,      // 3号 仿宋
    Heading,   // 3号 黑体 (一、)
    Subheading, // 3号 楷体 (（一）)
};

struct OfficialBlock {
    OfficialRole role = OfficialRole::Text;
    QString text;
    enum class Align { Left, Centre, Right } align = Align::Left;
    int indent = 0;            // characters before the first line (段首空二字)
    int rightIndent = 0;       // characters kept free at the right (右空四字)
    int blankBefore = 0;       // empty lines before the block
    bool newPage = false;      // starts a new page (附件另面编排)
    bool keepWithNext = false; // never the last line of a page (headings)
    QString
        centreOver; // right-aligned like this text would be, centred over it (署名 over 成文日期)

    static OfficialBlock of(OfficialRole role, const QString& text, Align align = Align::Left,
                            int indent = 0, int rightIndent = 0, int blankBefore = 0) {
        OfficialBlock made;
        made.role = role;
        made.text = text;
        made.align = align;
        made.indent = indent;
        made.rightIndent = rightIndent;
        made.blankBefore = blankBefore;
        return made;
    }
};

class OfficialWriter {
public:
    // A4 with the type area as the margins; the painter's origin is the paper's corner.
    static void setUpPage(QPagedPaintDevice& device);

    // Paints on a device whose painter is active; call finish() at the end.
    OfficialWriter(QPainter& painter, QPagedPaintDevice& device);
    // A new document: a new page, numbered from 1 again.
    void startDocument();
    void add(const OfficialBlock& block);
    void finish();
    // Pages painted, over every document.
    int pages() const { return m_devicePages; }

    // The grid, in device pixels.
    double cell() const { return m_cell; }
    double linePitch() const { return m_pitch; }

private:
    struct Face {
        QFont font;
        double ascent = 0;
        double em = 0;
        QHash<char16_t, double> advances;
    };
    // A block broken into lines and placed across the page, not yet on a page.
    struct Laid {
        struct Line {
            QString text;
            double x;
            double spacing;
        };
        Face* face = nullptr;
        int blankBefore = 0;
        std::vector<Line> lines;
    };
    Laid layOut(const OfficialBlock& block);
    // Paints the blocks waiting to be kept together: they start a new page unless they and
    // `linesOfLast` lines of the last fit (0: all of the last).
    void flush(int linesOfLast);
    Face& faceFor(OfficialRole role);
    double advance(Face& face, QChar c);
    double width(Face& face, const QString& text, double spacing);
    void ensureLines(int lines);
    void beginPage();
    void drawLine(Face& face, const QString& text, double x, double spacing, const QColor& colour);
    void drawPageNumber();
    void addMark(const OfficialBlock& block);
    void addRule();

    QPainter& m_painter;
    QPagedPaintDevice& m_device;
    double m_mm = 0;
    double m_left = 0;
    double m_top = 0;
    double m_width = 0;
    double m_cell = 0;        // 156 mm / 28
    double m_pitch = 0;       // (225 mm − 16 pt) / 21
    double m_spacingUnit = 1; // device pixels one unit of QFont letter spacing moves a glyph
    Face m_faces[5];
    int m_line = 0;              // next free grid line on the page
    int m_page = 0;              // page number within the document; 0: none begun
    int m_devicePages = 0;       // pages begun on the device, over every document
    bool m_pageOpen = false;     // a page of this document is begun; its number is not drawn yet
    double m_lastBottom = 0;     // bottom of the last line drawn (the rule hangs below it)
    std::vector<Laid> m_pending; // kept with what follows
};

} // namespace lianping
