#pragma once
// The rating report as HTML for QTextDocument: Chinese government-office layout (title,
// bordered tables, numbered sections, signature lines). Tables carry <thead> so their header
// row repeats on every page they run over. The content is ReportContent's.

#include <QString>

namespace lianping {

struct UnitReport;
struct ReportContent;

class ReportHtml {
public:
    static QString ratingReport(const UnitReport& report);
    // The footer line of a report page (the page numbers are added by the painter).
    static QString ratingFooter(const UnitReport& report);
    static QString html(const ReportContent& content);
};

} // namespace lianping
