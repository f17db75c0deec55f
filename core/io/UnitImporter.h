#pragma once
// Imports units from a table (CSV, .xlsx or .xls) in one transaction: any bad row names its
// line and field and nothing is stored. Headers in English or Chinese:
// code/单位编码 name/单位名称 type/类别 county/县区 [lead/牵头单位] [demo/示范点] [contact/联系人]
// Counties the file names for the first time are listed before anything is stored, and only
// added when the caller allows it (the CLI's --new-counties, the desktop's question).

#include "core/common/Result.h"
#include "core/io/Table.h"

#include <QStringList>

namespace lianping {

class Database;

struct UnitImportOptions {
    bool allowNewCounties = false;
};

struct UnitImportReport {
    int added = 0;
    QStringList newCounties; // in the order the file names them
    // New counties were found and not allowed: nothing was stored.
    bool needsNewCounties = false;
};

class UnitImporter {
public:
    explicit UnitImporter(Database& db)
        : m_db(db) {}
    Result<UnitImportReport> importTable(const Table& table, const UnitImportOptions& options = {});
    Result<UnitImportReport> importFile(const QString& path, const UnitImportOptions& options = {});

private:
    Database& m_db;
};

} // namespace lianping
