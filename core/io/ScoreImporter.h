#pragma once
// Imports one step's scores from a table (CSV or .xlsx) with columns unit,indicator,points[,note]
// (or 单位编码,指标,得分[,备注]), or a filled self-check template (单位编码 above the header),
// in one transaction: a bad row names its line and field and nothing is stored.

#include "core/common/Result.h"
#include "core/io/Table.h"
#include "core/model/Step.h"

namespace lianping {

class Database;

class ScoreImporter {
public:
    explicit ScoreImporter(Database& db)
        : m_db(db) {}
    Result<int> importTable(int year, Table table, Step step);
    Result<int> importFile(int year, const QString& path, Step step);

private:
    Database& m_db;
};

} // namespace lianping
