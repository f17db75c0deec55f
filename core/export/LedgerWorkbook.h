#pragma once
// The task ledger as a workbook for meetings: 任务台账 (one row per task and part, with its
// progress and status), 完成率 (rates by lead department, county, action and kind in the
// seed's form, with a chart of the departments' rates) and 覆盖率 (the coverage roadmap, when
// the year has a campaign, with its chart).

#include "core/common/Result.h"

#include <QDate>
#include <QString>

namespace lianping {

class Database;

class LedgerWorkbook {
public:
    // The ledger rows written.
    static Result<int> write(Database& db, int year, QDate today, const QString& path);
};

} // namespace lianping
