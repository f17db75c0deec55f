#include "PagedDocument.h"

#include <QFontDatabase>
#include <QMarginsF>
#include <QPageLayout>
#include <QPagedPaintDevice>

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

} // namespace lianping
