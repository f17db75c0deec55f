#include "ReportPainter.h"

#include "core/report/PagedDocument.h"
#include "core/report/ReportContent.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

namespace lianping {

namespace {

const QColor gridColour(0x44, 0x44, 0x44);
const QColor headerFill(0xe8, 0xec, 0xf2);
const QColor labelFill(0xf4, 0xf6, 0xf9);
const QColor noteColour(0x44, 0x44, 0x44);
const QColor footerColour(0x55, 0x55, 0x55);

// Never at the start of a line (and an opening one never at its end).
const QString closing = QStringLiteral("，。、；：？！）》」』】〕”’%％,.;:?!)]…—·");
const QString opening = QStringLiteral("（《「『【〔“‘([");

bool keepsTogether(QChar c) {
    return (c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('.') ||
                                   c == QLatin1Char('-') || c == QLatin1Char('/'))) ||
           c.isHighSurrogate() || c.isLowSurrogate();
}

// A font with its measures in device pixels; advances cached per character.
struct Face {
    QFont font;
    double ascent = 0;
    double height = 0; // line spacing
    QHash<char16_t, double> advances;
    const QPaintDevice* device = nullptr;

    Face() = default;
    Face(const QString& family, double points, bool bold, QPaintDevice* paintDevice) {
        font = QFont(family);
        font.setPointSizeF(points);
        font.setBold(bold);
        // Outlines for a PDF: no hinting (FreeType's bytecode interpreter was an eighth of
        // the time of a report written to its own file).
        font.setHintingPreference(QFont::PreferNoHinting);
        device = paintDevice;
        const QFontMetricsF metrics(font, paintDevice);
        ascent = metrics.ascent();
        height = metrics.lineSpacing();
    }
    double advance(QChar c) {
        const auto found = advances.constFind(c.unicode());
        if (found != advances.constEnd())
            return *found;
        // A character outside the BMP is measured as two halves of an ideograph.
        const double width =
            c.isSurrogate() ? height / 2 : QFontMetricsF(font, device).horizontalAdvance(c);
        advances.insert(c.unicode(), width);
        return width;
    }
    double width(const QString& text) {
        double sum = 0;
        for (QChar c : text)
            sum += advance(c);
        return sum;
    }
    // Lines of `text` (a "\n" breaks) no wider than `width`.
    QStringList wrap(const QString& text, double width) {
        QStringList lines;
        for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
            QString line;
            double used = 0;
            for (qsizetype i = 0; i < paragraph.size(); ++i) {
                const QChar c = paragraph[i];
                const double w = advance(c);
                if (used + w > width && !line.isEmpty()) {
                    // Where to break: before a run that must stay whole (a number, a code), and
                    // a closing mark takes the character before it along; an opening mark never
                    // ends a line. A run longer than a line is broken where it must.
                    qsizetype cut = line.size();
                    if (keepsTogether(c)) {
                        while (cut > 0 && keepsTogether(line[cut - 1]))
                            --cut;
                    } else if (closing.contains(c)) {
                        --cut;
                    }
                    while (cut > 0 && opening.contains(line[cut - 1]))
                        --cut;
                    if (cut <= 0)
                        cut = line.size();
                    const QString carried = line.mid(cut);
                    line.truncate(cut);
                    lines << line;
                    line = carried;
                    used = this->width(line);
                }
                line += c;
                used += w;
            }
            lines << line;
        }
        return lines;
    }
};

// One thing to draw, in page coordinates.
struct Op {
    enum class Kind { Text, Fill, Line } kind = Kind::Text;
    int face = 0;
    QPointF at;  // Text: baseline start; Line: from
    QPointF to;  // Line: to
    QRectF rect; // Fill
    QColor colour;
    QString text;
};

enum FaceIndex { Body, BodyBold, Title, Subtitle, Heading, Note, Footer, FaceCount };

class Layout {
public:
    Layout(QPagedPaintDevice& device)
        : m_device(device) {
        const double dpi = device.logicalDpiY();
        m_pt = dpi / 72.0;
        m_mm = dpi / 25.4;
        const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
        m_width = paint.width();
        m_footerHeight = 9 * m_mm;
        m_height = paint.height() - m_footerHeight;
        const QString family = PagedDocument::fontFamily();
        const std::pair<double, bool> specs[FaceCount] = {{10.5, false}, {10.5, true}, {20, true},
                                                          {11, false},   {13, true},   {9, false},
                                                          {8.5, false}};
        for (int i = 0; i < FaceCount; ++i)
            m_faces[i] = Face(family, specs[i].first, specs[i].second, &device);
        m_pages.emplace_back();
    }

    void lay(const ReportContent& content) {
        text(Title, content.title, Qt::AlignHCenter, 0, 2 * m_pt);
        if (!content.subtitle.isEmpty())
            text(Subtitle, content.subtitle, Qt::AlignHCenter, 0, 4 * m_pt);
        for (std::size_t i = 0; i < content.blocks.size(); ++i) {
            const ReportBlock& block = content.blocks[i];
            switch (block.kind) {
            case ReportBlock::Kind::Heading: {
                // Kept with what follows: a heading never ends a page.
                const double need = 10 * m_pt + m_faces[Heading].height + 4 * m_pt + 25 * m_mm;
                if (m_y > 0 && m_y + need > m_height)
                    newPage();
                text(Heading, block.text, Qt::AlignLeft, m_y > 0 ? 10 * m_pt : 0, 4 * m_pt);
                break;
            }
            case ReportBlock::Kind::Paragraph:
                text(Body, block.text, Qt::AlignLeft, 3 * m_pt, 3 * m_pt);
                break;
            case ReportBlock::Kind::Note:
                text(Note, block.text, Qt::AlignLeft, 3 * m_pt, 3 * m_pt, noteColour);
                break;
            case ReportBlock::Kind::Table:
                table(block.table);
                break;
            }
        }
    }

    int paint(QPainter& painter, const QString& footer, bool firstOnDevice) {
        const int pages = static_cast<int>(m_pages.size());
        for (int page = 0; page < pages; ++page) {
            if (page > 0 || !firstOnDevice)
                m_device.newPage();
            for (const Op& op : m_pages[static_cast<std::size_t>(page)])
                draw(painter, op);
            drawFooter(painter, footer, page, pages);
        }
        return pages;
    }

private:
    void newPage() {
        m_pages.emplace_back();
        m_y = 0;
    }
    std::vector<Op>& ops() { return m_pages.back(); }

    void addText(int face, double x, double top, const QString& text, const QColor& colour) {
        Op op;
        op.kind = Op::Kind::Text;
        op.face = face;
        op.at = QPointF(x, top + m_faces[face].ascent);
        op.colour = colour;
        op.text = text;
        ops().push_back(std::move(op));
    }

    // A block of text across the page: lines wrapped, each on this page or the next.
    void text(int face, const QString& content, Qt::Alignment align, double before, double after,
              const QColor& colour = Qt::black) {
        Face& f = m_faces[face];
        m_y += before;
        for (const QString& line : f.wrap(content, m_width)) {
            if (m_y + f.height > m_height)
                newPage();
            const double x = align & Qt::AlignHCenter ? (m_width - f.width(line)) / 2 : 0;
            addText(face, x, m_y, line, colour);
            m_y += f.height;
        }
        m_y += after;
    }

    struct PlacedCell {
        double x = 0;
        double width = 0;
        QStringList lines;
        int face = Body;
        bool centre = false;
        bool fill = false;
        QColor fillColour;
    };
    struct PlacedRow {
        std::vector<PlacedCell> cells;
        double height = 0;
    };

    PlacedRow placeRow(const std::vector<double>& columns, const std::vector<ReportCell>& cells,
                       ReportRow::Kind kind, double minHeight, double padding, bool header) {
        PlacedRow row;
        double x = 0;
        std::size_t column = 0;
        double tallest = 0;
        for (const ReportCell& cell : cells) {
            PlacedCell placed;
            placed.x = x;
            const std::size_t span = static_cast<std::size_t>(std::max(1, cell.span));
            for (std::size_t s = 0; s < span && column < columns.size(); ++s)
                placed.width += columns[column++];
            const bool bold = header || cell.label || cell.bold || kind != ReportRow::Kind::Normal;
            placed.face = bold ? BodyBold : Body;
            placed.centre = header || cell.centre;
            placed.fill = header || cell.label || kind == ReportRow::Kind::Group;
            placed.fillColour = header ? headerFill : labelFill;
            placed.lines = m_faces[placed.face].wrap(cell.text, placed.width - 2 * padding);
            tallest = std::max(tallest, placed.lines.size() * m_faces[placed.face].height);
            x += placed.width;
            row.cells.push_back(std::move(placed));
        }
        row.height = std::max(tallest + 2 * padding, minHeight);
        return row;
    }

    void drawRow(const PlacedRow& row, double padding, bool grid) {
        for (const PlacedCell& cell : row.cells) {
            const QRectF box(cell.x, m_y, cell.width, row.height);
            if (cell.fill) {
                Op fill;
                fill.kind = Op::Kind::Fill;
                fill.rect = box;
                fill.colour = cell.fillColour;
                ops().push_back(fill);
            }
            Face& f = m_faces[cell.face];
            const double textHeight = cell.lines.size() * f.height;
            double top = m_y + (grid ? (row.height - textHeight) / 2 : padding);
            for (const QString& line : cell.lines) {
                const double x =
                    cell.centre ? cell.x + (cell.width - f.width(line)) / 2 : cell.x + padding;
                if (!line.isEmpty())
                    addText(cell.face, x, top, line, Qt::black);
                top += f.height;
            }
            if (grid) {
                const std::pair<QPointF, QPointF> edges[] = {{box.topLeft(), box.topRight()},
                                                             {box.bottomLeft(), box.bottomRight()},
                                                             {box.topLeft(), box.bottomLeft()},
                                                             {box.topRight(), box.bottomRight()}};
                for (const auto& [from, to] : edges) {
                    Op line;
                    line.kind = Op::Kind::Line;
                    line.at = from;
                    line.to = to;
                    line.colour = gridColour;
                    ops().push_back(line);
                }
            }
        }
        m_y += row.height;
    }

    void table(const ReportTable& table) {
        std::size_t count = table.widths.size();
        if (!table.header.empty())
            count = std::max(count, table.header.size());
        for (const ReportRow& row : table.rows) {
            std::size_t cells = 0;
            for (const ReportCell& cell : row.cells)
                cells += static_cast<std::size_t>(std::max(1, cell.span));
            count = std::max(count, cells);
        }
        if (count == 0)
            return;
        // Column widths as the content gives them (percent of the text width), the rest shared.
        std::vector<double> columns(count, 0);
        double given = 0;
        std::size_t unset = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (i < table.widths.size() && table.widths[i] > 0) {
                columns[i] = table.widths[i];
                given += table.widths[i];
            } else {
                ++unset;
            }
        }
        const double rest = unset > 0 ? std::max(0.0, 100.0 - given) / unset : 0;
        for (double& c : columns)
            if (c == 0)
                c = rest;
        const double total = std::accumulate(columns.begin(), columns.end(), 0.0);
        for (double& c : columns)
            c = m_width * c / total;

        const double padding = table.grid ? 0.8 * m_mm : 2.1 * m_mm;
        std::optional<PlacedRow> header;
        if (!table.header.empty()) {
            std::vector<ReportCell> cells;
            for (const QString& text : table.header)
                cells.push_back(ReportCell{text, false, true, true, 1});
            header = placeRow(columns, cells, ReportRow::Kind::Normal, 0, padding, true);
        }
        m_y += 2 * m_pt;
        // A table starts on the next page if not even its header and first row fit.
        bool first = true;
        for (const ReportRow& source : table.rows) {
            const PlacedRow row = placeRow(columns, source.cells, source.kind,
                                           source.heightPt * m_pt, padding, false);
            const double need = row.height + (first && header ? header->height : 0);
            if (m_y + need > m_height && m_y > 0) {
                newPage();
                if (header)
                    drawRow(*header, padding, table.grid);
            } else if (first && header) {
                drawRow(*header, padding, table.grid);
            }
            drawRow(row, padding, table.grid);
            first = false;
        }
        if (first && header)
            drawRow(*header, padding, table.grid);
        m_y += 4 * m_pt;
    }

    void draw(QPainter& painter, const Op& op) {
        switch (op.kind) {
        case Op::Kind::Text:
            painter.setFont(m_faces[op.face].font);
            painter.setPen(op.colour);
            painter.drawText(op.at, op.text);
            break;
        case Op::Kind::Fill:
            painter.fillRect(op.rect, op.colour);
            break;
        case Op::Kind::Line:
            painter.setPen(QPen(op.colour, 0.2 * m_mm));
            painter.drawLine(op.at, op.to);
            break;
        }
    }

    void drawFooter(QPainter& painter, const QString& footer, int page, int pages) {
        Face& f = m_faces[Footer];
        painter.setFont(f.font);
        painter.setPen(QPen(footerColour, 0.3 * m_mm));
        const double top = m_height + 2.5 * m_mm;
        painter.drawLine(QPointF(0, top), QPointF(m_width, top));
        const double baseline =
            top + 1 * m_mm + (m_footerHeight - 3.5 * m_mm - f.height) / 2 + f.ascent;
        painter.drawText(QPointF(0, baseline), footer);
        const QString number = QStringLiteral("第 %1 页 共 %2 页").arg(page + 1).arg(pages);
        painter.drawText(QPointF(m_width - f.width(number), baseline), number);
    }

    QPagedPaintDevice& m_device;
    double m_pt = 1;
    double m_mm = 1;
    double m_width = 0;
    double m_height = 0;
    double m_footerHeight = 0;
    double m_y = 0;
    Face m_faces[FaceCount];
    std::vector<std::vector<Op>> m_pages;
};

} // namespace

int ReportPainter::paint(QPainter& painter, QPagedPaintDevice& device, const ReportContent& content,
                         bool firstOnDevice) {
    Layout layout(device);
    layout.lay(content);
    return layout.paint(painter, content.footer, firstOnDevice);
}

} // namespace lianping
