#include "PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QMarginsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace lianping {

void PagedDocument::setUpPage(QPagedPaintDevice& device) {
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 18, 18, 12), QPageLayout::Millimeter));
}

QString PagedDocument::fontFamily() {
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const char* candidate : {"WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei",
                                      "SimSun", "Noto Sans CJK SC"})
            if (families.contains(QString::fromLatin1(candidate)))
                return QString::fromLatin1(candidate);
        return QStringLiteral("sans-serif");
    }();
    return family;
}

void PagedDocument::keepHeadingsWithText(QTextDocument& document, double pageHeight, double keep) {
    // A heading whose next few lines would fall on the next page starts that page instead.
    // Each break moves what follows, so look again until nothing changes.
    for (int pass = 0; pass < 4; ++pass) {
        bool changed = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() == 0 || block.textList() ||
                format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QRectF rect = document.documentLayout()->blockBoundingRect(block);
            const double pageTop = std::floor(rect.top() / pageHeight) * pageHeight;
            if (rect.top() - pageTop < 1 || rect.bottom() + keep <= pageTop + pageHeight)
                continue;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            changed = true;
            break; // the layout below this block has moved
        }
        if (!changed)
            return;
    }
}

int PagedDocument::paint(QPainter& painter, QPagedPaintDevice& device, const QString& html,
                         const QString& footer, bool firstOnDevice) {
    const double dpi = device.logicalDpiY();
    const QRectF paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double millimetre = dpi / 25.4;
    const double footerHeight = 9 * millimetre;
    const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    QFont font(fontFamily());
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setPageSize(body);
    keepHeadingsWithText(document, body.height(), 25 * millimetre);
    const int pages = document.pageCount();

    QFont footerFont(fontFamily());
    footerFont.setPointSizeF(8.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 || !firstOnDevice)
            device.newPage();
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // A pixel in from each edge: a line never straddles a page, but one that starts
        // exactly at the boundary would otherwise be drawn (clipped, yet in the PDF's text
        // layer) on the page before too.
        context.clip = QRectF(0, page * body.height() + 1, body.width(), body.height() - 2);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.3 * millimetre));
        const double top = body.height() + 2.5 * millimetre;
        painter.drawLine(QPointF(0, top), QPointF(body.width(), top));
        const QRectF text(0, top + 1 * millimetre, body.width(), footerHeight - 3.5 * millimetre);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("第 %1 页 共 %2 页").arg(page + 1).arg(pages));
        painter.restore();
    }
    return pages;
}

} // namespace lianping
