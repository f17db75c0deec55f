#pragma once
// 覆盖率: the coverage roadmap as a workbook sheet — per county and type the registered,
// enrolled and named units, named ÷ registered and the year's target, the city's totals per
// type in bold, and a chart of the city's coverage beside the target. In the summary workbook
// and the ledger workbook alike.

#include "core/campaign/Coverage.h"

#include <vector>

namespace lianping {

class XlsxBook;

class CoverageSheet {
public:
    static void write(XlsxBook& book, const std::vector<CoverageRow>& rows);
};

} // namespace lianping
