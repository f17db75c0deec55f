#include "OfficialWriter.h"

#include "core/report/OfficialFonts.h"

#include <QFontMetricsF>
#include <QMarginsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lianping {

namespace {

constexpr int linesPerPage = 22;
constexpr int charsPerLine = 28;
const QColor black(0, 0, 0);
const QColor red(230, 0, 18); // 公文红: the mark and the rule under the document number

// Never at the start of a line (避头) / at the end of one (避尾).
bool closing(QChar c) {
    return QStringLiteral("，。、；：？！）》」』】〕”’…—·%,.;:?!)]").contains(c);
}
bool opening(QChar c) {
    return QStringLiteral("（《「『【〔“‘([").contains(c);
}

int roleIndex(OfficialRole role) {
    switch (role) {
    case OfficialRole::Title:
    case OfficialRole::Mark:
        return 0;
    case OfficialRole::Heading:
        return 2;
    case OfficialRole::Subheading:
        return 3;
    default:
        return 1;
    }
}

} // namespace

void OfficialWriter::setUpPage(QPagedPaintDevice& device) {
    // The type area as margins (right and bottom are what remains of A4); full-page mode puts
    // the painter's origin at the paper's corner, where the standard measures from.
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(28, 37, 210 - 28 - 156, 297 - 37 - 225), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(layout);
}

OfficialWriter::OfficialWriter(QPainter& painter, QPagedPaintDevice& device)
    : m_painter(painter)
    , m_device(device) {
    const double dpi = device.logicalDpiY();
    m_mm = dpi / 25.4;
    const double point = dpi / 72.0;
    m_left = 28 * m_mm;
    m_top = 37 * m_mm;
    m_width = 156 * m_mm;
    m_cell = m_width / charsPerLine;
    m_pitch = (225 * m_mm - 16 * point) / (linesPerPage - 1);
    const OfficialFace faces[] = {OfficialFace::Title, OfficialFace::Body, OfficialFace::Heading,
                                  OfficialFace::Subheading, OfficialFace::PageNumber};
    const double sizes[] = {22, 16, 16, 16, 14};
    for (int i = 0; i < 5; ++i) {
        QFont font(OfficialFonts::family(faces[i]));
        font.setPointSizeF(sizes[i]);
        font.setKerning(false);
        m_faces[i].font = font;
        const QFontMetricsF metrics(font, &device);
        m_faces[i].ascent = metrics.ascent();
        m_faces[i].em = sizes[i] * point;
    }
    // QFont's absolute letter spacing is not in the device's pixels (on a 300 dpi QPdfWriter
    // one unit moves a glyph about 3 pixels): measure what one unit does here.
    QFont probe = m_faces[1].font;
    const QString twice = QStringLiteral("中中");
    const double plain = QFontMetricsF(probe, &device).horizontalAdvance(twice);
    probe.setLetterSpacing(QFont::AbsoluteSpacing, -8);
    const double spaced = QFontMetricsF(probe, &device).horizontalAdvance(twice);
    if (std::abs(spaced - plain) > 1)
        m_spacingUnit = (plain - spaced) / 16;
}

OfficialWriter::Face& OfficialWriter::faceFor(OfficialRole role) {
    return m_faces[roleIndex(role)];
}

double OfficialWriter::advance(Face& face, QChar c) {
    // A character outside the BMP (a rare name character, 𬌗) is one glyph: the high half
    // takes an ideograph's advance, the low half nothing.
    if (c.isHighSurrogate())
        c = QChar(0x4E2D);
    const auto found = face.advances.constFind(c.unicode());
    if (found != face.advances.constEnd())
        return *found;
    const double value = QFontMetricsF(face.font, &m_device).horizontalAdvance(c);
    face.advances.insert(c.unicode(), value);
    return value;
}

double OfficialWriter::width(Face& face, const QString& text, double spacing) {
    double total = 0;
    for (QChar c : text)
        total += c.isLowSurrogate() ? 0 : advance(face, c) + spacing;
    return total; // on the grid: the cells the text takes (each glyph with its spacing)
}

void OfficialWriter::startDocument() {
    flush(0);
    if (m_pageOpen)
        drawPageNumber();
    m_pageOpen = false;
    m_page = 0;
}

void OfficialWriter::finish() {
    flush(0);
    if (m_pageOpen)
        drawPageNumber();
    m_pageOpen = false;
}

void OfficialWriter::beginPage() {
    if (m_pageOpen)
        drawPageNumber();
    if (m_devicePages > 0)
        m_device.newPage();
    ++m_devicePages;
    ++m_page;
    m_line = 0;
    m_pageOpen = true;
}

void OfficialWriter::ensureLines(int lines) {
    if (!m_pageOpen || m_line + lines > linesPerPage)
        beginPage();
}

void OfficialWriter::drawLine(Face& face, const QString& text, double x, double spacing,
                              const QColor& colour) {
    QFont font = face.font;
    font.setLetterSpacing(QFont::AbsoluteSpacing, spacing / m_spacingUnit);
    m_painter.setFont(font);
    m_painter.setPen(colour);
    const double top = m_top + m_line * m_pitch;
    m_painter.drawText(QPointF(x, top + face.ascent), text);
    m_lastBottom = top + face.em;
    ++m_line;
}

void OfficialWriter::drawPageNumber() {
    Face& face = m_faces[4];
    const QString text = QStringLiteral("— %1 —").arg(m_page);
    const QFontMetricsF metrics(face.font, &m_device);
    const QRectF dash = metrics.boundingRect(QChar(0x2014));
    // The dash's top 7 mm under the type area; one character in from the outer side.
    const double baseline = m_top + 225 * m_mm + 7 * m_mm - dash.top();
    const double textWidth = metrics.horizontalAdvance(text);
    const double x = m_page % 2 == 1 ? m_left + m_width - face.em - textWidth : m_left + face.em;
    m_painter.setFont(face.font);
    m_painter.setPen(black);
    m_painter.drawText(QPointF(x, baseline), text);
}

void OfficialWriter::addMark(const OfficialBlock& block) {
    // As large as 15 mm a character allows, narrower when the name is long.
    Face& face = m_faces[0];
    QFont font = face.font;
    const double natural = width(face, block.text, 0) / face.em; // in ems
    const double em = std::min(15 * m_mm, m_width / std::max(1.0, natural));
    font.setPixelSize(static_cast<int>(em));
    const QFontMetricsF metrics(font, &m_device);
    ensureLines(1);
    const double textWidth = metrics.horizontalAdvance(block.text);
    const double top = m_top + m_line * m_pitch;
    m_painter.setFont(font);
    m_painter.setPen(red);
    m_painter.drawText(QPointF(m_left + (m_width - textWidth) / 2, top + metrics.ascent()),
                       block.text);
    m_lastBottom = top + em;
    m_line += static_cast<int>(std::ceil(em / m_pitch));
}

void OfficialWriter::addRule() {
    const double y = m_lastBottom + 4 * m_mm;
    m_painter.save();
    m_painter.setPen(QPen(red, 0.6 * m_mm));
    m_painter.drawLine(QPointF(m_left, y), QPointF(m_left + m_width, y));
    m_painter.restore();
}

void OfficialWriter::add(const OfficialBlock& block) {
    if (block.role == OfficialRole::Rule || block.role == OfficialRole::Mark || block.newPage)
        flush(0);
    if (block.newPage && m_pageOpen && m_line > 0)
        beginPage();
    if (block.role == OfficialRole::Rule) {
        addRule();
        return;
    }
    if (block.role == OfficialRole::Mark) {
        if (m_pageOpen && m_line > 0)
            m_line += block.blankBefore;
        addMark(block);
        return;
    }
    Laid laid = layOut(block);
    const int lines = static_cast<int>(laid.lines.size());
    m_pending.push_back(std::move(laid));
    // A block kept with the next waits for it: together they start a page if they must.
    if (!block.keepWithNext)
        flush(std::min(lines, 1));
}

void OfficialWriter::flush(int linesOfLast) {
    if (m_pending.empty())
        return;
    int needed = linesOfLast;
    for (std::size_t i = 0; i + 1 < m_pending.size(); ++i)
        needed += m_pending[i].blankBefore + static_cast<int>(m_pending[i].lines.size());
    needed += m_pending.back().blankBefore;
    if (linesOfLast == 0)
        needed += static_cast<int>(m_pending.back().lines.size());
    if (!m_pageOpen || m_line + needed > linesPerPage)
        beginPage();
    for (const Laid& laid : m_pending) {
        if (m_line > 0)
            m_line += laid.blankBefore;
        for (const Laid::Line& line : laid.lines) {
            ensureLines(1);
            drawLine(*laid.face, line.text, line.x, line.spacing, black);
        }
    }
    m_pending.clear();
}

OfficialWriter::Laid OfficialWriter::layOut(const OfficialBlock& block) {
    Face& face = faceFor(block.role);
    Laid laid;
    laid.face = &face;
    laid.blankBefore = block.blankBefore;
    const bool grid = block.role != OfficialRole::Title;
    // An ideograph takes exactly one cell of the grid (its advance is rounded to pixels).
    const double baseSpacing = grid ? m_cell - advance(face, QChar(0x4E2D)) : 0;

    // Break into lines: widths add up glyph by glyph; a closing mark never starts a line and
    // an opening one never ends it (the character before moves down with it).
    struct Line {
        int from;
        int to;
    };
    std::vector<Line> lines;
    const QString& text = block.text;
    const double firstWidth = m_width - (block.indent + block.rightIndent) * m_cell;
    const double otherWidth =
        m_width -
        ((block.align == OfficialBlock::Align::Left ? 0 : block.indent) + block.rightIndent) *
            m_cell;
    double target = 0; // a title's lines are balanced: each about as long as the others
    if (!grid) {
        const double whole = width(face, text, 0);
        const int count = static_cast<int>(std::ceil(whole / firstWidth - 1e-9));
        if (count > 1)
            target = whole / count;
    }
    int start = 0;
    while (start < text.size()) {
        const double available = lines.empty() ? firstWidth : otherWidth;
        double used = 0;
        int end = start;
        while (end < text.size()) {
            const double next =
                used + (text[end].isLowSurrogate() ? 0 : advance(face, text[end]) + baseSpacing);
            if (next > available + 0.01 * m_cell && end > start)
                break;
            used = next;
            ++end;
            if (target > 0 && used >= target && end < text.size() && !closing(text[end]))
                break;
        }
        const int natural = end;
        if (end < text.size() && end - start > 2) {
            if (closing(text[end]))
                --end; // the character before goes down with the mark
            if (end - start > 1 && opening(text[end - 1]))
                --end;
            if (end < text.size() && text[end].isLowSurrogate() && end - start > 1)
                --end;
            // A number or a Latin word stays whole (2026年 never breaks as 202 / 6年).
            const auto latin = [](QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); };
            int word = end;
            while (word > start && end < text.size() && latin(text[word]) && latin(text[word - 1]))
                --word;
            if (word > start + 1 && word < end)
                end = word;
        }
        if (end <= start)
            end = natural; // nothing better: break where the line is full
        lines.push_back({start, end});
        start = end;
    }
    if (lines.empty())
        lines.push_back({0, 0});

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const QString line = text.mid(lines[i].from, lines[i].to - lines[i].from);
        const double available = i == 0 ? firstWidth : otherWidth;
        double spacing = baseSpacing;
        double used = width(face, line, spacing);
        // Lines a paragraph continues after fill the width (撑满版心).
        const bool last = i + 1 == lines.size();
        if (grid && !last && block.align == OfficialBlock::Align::Left && line.size() > 1 &&
            available - used > 0 && available - used < 2 * m_cell) {
            spacing += (available - used) / (line.size() - 1);
            used = available;
        }
        double x = m_left;
        switch (block.align) {
        case OfficialBlock::Align::Left:
            x = m_left + (i == 0 ? block.indent * m_cell : 0);
            break;
        case OfficialBlock::Align::Centre:
            x = m_left + (m_width - used) / 2;
            break;
        case OfficialBlock::Align::Right: {
            const double right = m_left + m_width - block.rightIndent * m_cell;
            if (block.centreOver.isEmpty()) {
                x = right - used;
            } else {
                const double over = width(face, block.centreOver, baseSpacing);
                x = right - over + (over - used) / 2;
            }
            break;
        }
        }
        laid.lines.push_back({line, x, spacing});
    }
    return laid;
}

} // namespace lianping
