#include "FindingsSheet.h"

#include "core/common/Labels.h"
#include "core/evidence/Findings.h"
#include "core/export/XlsxBook.h"
#include "core/followup/Rectifications.h"

#include <QStringList>

#include <map>

namespace lianping {

void FindingsSheet::write(XlsxBook& book, Database& db, int year) {
    const std::vector<Finding> findings = Findings(db).list(year);
    if (findings.empty())
        return;
    std::map<std::int64_t, Rectification> items;
    for (Rectification& item : Rectifications(db).list(year))
        items.emplace(item.id, std::move(item));
    XlsxSheet& sheet = book.addSheet(QStringLiteral("发现问题"));
    sheet.caption(0, 0, QStringLiteral("%1年度考评发现问题").arg(year), book.title());
    const QStringList header = {
        QStringLiteral("单位编码"), QStringLiteral("单位名称"), QStringLiteral("县区"),
        QStringLiteral("指标"),     QStringLiteral("环节"),     QStringLiteral("发现问题"),
        QStringLiteral("扣分"),     QStringLiteral("整改事项"), QStringLiteral("整改时限"),
        QStringLiteral("责任人"),   QStringLiteral("整改状态")};
    const int headerRow = 2;
    for (int c = 0; c < header.size(); ++c)
        sheet.text(headerRow, c, header[c], book.header());
    int r = headerRow;
    for (const Finding& finding : findings) {
        ++r;
        sheet.text(r, 0, finding.unitCode);
        sheet.text(r, 1, finding.unitName);
        sheet.text(r, 2, finding.county);
        sheet.text(r, 3, finding.indicator.isEmpty() ? QStringLiteral("整体") : finding.indicator);
        sheet.text(r, 4, Labels::step(stepName(finding.step), Labels::Language::Chinese));
        sheet.text(r, 5, finding.text, book.wrap());
        sheet.number(r, 6, toPoints(finding.deduct), book.decimal());
        if (finding.rectificationId) {
            sheet.number(r, 7, static_cast<double>(*finding.rectificationId), book.integer());
            const auto item = items.find(*finding.rectificationId);
            if (item != items.end()) {
                sheet.text(r, 8, item->second.deadline);
                sheet.text(r, 9, item->second.responsible);
                sheet.text(r, 10, Labels::status(item->second.status, Labels::Language::Chinese));
            }
        }
    }
    sheet.finishTable(headerRow, r, static_cast<int>(header.size()) - 1);
    sheet.fitColumns(50);
}

} // namespace lianping
