#pragma once
// Imports units from a table (CSV or .xlsx) in one transaction: any bad row names its line and
// field and nothing is stored. Headers in English or Chinese:
// code/单位编码 name/单位名称 type/类别 county/县区 [lead/牵头单位] [demo/示范点] [contact/联系人]

#include "common/Result.h"
#include "io/Table.h"

namespace lianping {

class Database;

class UnitImporter {
public:
    explicit UnitImporter(Database& db)
        : m_db(db) {}
    Result<int> importTable(const Table& table);
    Result<int> importFile(const QString& path);

private:
    Database& m_db;
};

} // namespace lianping
