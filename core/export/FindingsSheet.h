#pragma once
// 发现问题: every finding of the year as a workbook sheet — unit, county, indicator, step, the
// problem, the points it deducted and the rectification item it became, with its status.

namespace lianping {

class Database;
class XlsxBook;

class FindingsSheet {
public:
    // Adds the sheet when the year has findings.
    static void write(XlsxBook& book, Database& db, int year);
};

} // namespace lianping
