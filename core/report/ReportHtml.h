#pragma once
// The rating report and the naming list as HTML for QTextDocument: Chinese government-office
// layout (title, bordered tables, numbered sections, signature lines). Tables carry <thead>
// so their header row repeats on every page they run over.

#include <QString>

namespace lianping {

struct UnitReport;
struct NamingList;

class ReportHtml {
public:
    static QString ratingReport(const UnitReport& report);
    static QString namingList(const NamingList& list);
    // The footer line of a report page (the page numbers are added by the painter).
    static QString ratingFooter(const UnitReport& report);
    static QString namingFooter(const NamingList& list);
};

} // namespace lianping
