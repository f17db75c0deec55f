#pragma once
// Reads a task division plan (任务分工方案) from .xlsx, .xls or CSV into the year's ledger:
// columns 序号, 任务, 类别, 牵头单位 and, when present, 配合单位, 完成时限, 目标, 行动, 县区,
// 分解方式. A row with only a heading (一、清廉学校建设行动) sets the action of the rows under
// it; 序号 1.1 (or 1-1) under 1 makes a part of task 1, split as 分解方式 says (else 下分 for a
// county, 内分 for the lead's own section, 外分 otherwise). The whole file is one transaction:
// a bad row is refused with file, row and field named, and nothing is stored. A row already in
// the ledger (same title, lead and parent) is left as it is, so a plan imported twice adds
// nothing.

#include "core/common/Result.h"

#include <QString>

namespace lianping {

class Database;
struct Table;

struct DivisionPlanReport {
    int tasks = 0;     // new tasks
    int parts = 0;     // new parts
    int unchanged = 0; // rows already in the ledger
};

class DivisionPlanImporter {
public:
    explicit DivisionPlanImporter(Database& db)
        : m_db(db) {}
    Result<DivisionPlanReport> importFile(int year, const QString& path);
    Result<DivisionPlanReport> importTable(int year, const Table& table);

private:
    Database& m_db;
};

} // namespace lianping
