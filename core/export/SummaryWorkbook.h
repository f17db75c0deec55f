#pragma once
// The summary workbook evaluators take to meetings (汇总表): county × type × grade counts with
// pass and excellence rates and average totals, the county totals with native charts, every
// unit with its dimension scores, rankings within each county, county-vs-city recheck
// deviations, follow-ups and rectification items. Figures are those of ResultService, so the
// workbook matches `result` to the decimal. Large sheets are written in constant memory.

#include "core/common/Result.h"

#include <QString>

#include <functional>

namespace lianping {

class Database;

struct SummaryOptions {
    int year = 0;
    double deviationThreshold = 5.0;
    // Called with 0..100; returning false cancels (the target file is left untouched).
    std::function<bool(int)> progress;
};

class SummaryWorkbook {
public:
    static Result<void> write(Database& db, const SummaryOptions& options, const QString& path);
};

} // namespace lianping
