#pragma once
// 清廉指数: the integrity index as a workbook sheet — counties ranked with their index, change
// from last year, three dimensions and missing aspects, the city last in bold; then the
// city's aspects with the sample size and interval of every survey figure.

#include "core/index/IndexService.h"

namespace lianping {

class XlsxBook;

class IndexSheet {
public:
    static void write(XlsxBook& book, const IndexModel& model,
                      const std::vector<IndexResult>& results);
};

} // namespace lianping
