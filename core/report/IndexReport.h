#pragma once
// The integrity index report (清廉指数报告) for a year: the counties ranked with their three
// dimensions and change from last year, the city's aspects with the sample size and 95 %
// interval behind every survey figure (flagged where the sample is small), the inputs each
// county lacks, and how the index is computed. Built as ReportContent, so it prints, previews
// and writes PDF like the rating report.

#include "core/common/Result.h"
#include "core/index/IndexService.h"
#include "core/report/ReportContent.h"

namespace lianping {

class Database;

class IndexReport {
public:
    static ReportContent content(int year, const IndexModel& model,
                                 const std::vector<IndexResult>& results, int minimumSample);
    // Computes (freezing the model used) and writes the PDF; returns the pages.
    static Result<int> writePdf(Database& db, int year, const QString& path);
};

} // namespace lianping
