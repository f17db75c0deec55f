#pragma once
// The rating report as HTML for QTextDocument: Chinese government-office
// layout (title, bordered tables, numbered sections, signature lines). Tables carry <thead>
// so their header row repeats on every page they run over.

#include <QString>

namespace lianping {

struct UnitReport;

class ReportHtml {
public:
    static QString ratingReport(const UnitReport& report);
    // The footer line of a report page (the page numbers are added by the painter).
    static QString ratingFooter(const UnitReport& report);
};

} // namespace lianping
