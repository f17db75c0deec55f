#include "UnitImporter.h"

#include "core/common/CellText.h"
#include "core/common/CoreText.h"
#include "core/io/TableFile.h"
#include "core/registry/CountyNames.h"
#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <set>

namespace lianping {

namespace {

struct Columns {
    int code, name, type, county, lead, demo, contact;
};

Columns findColumns(const Table& table) {
    return Columns{table.column({"code", "单位编码", "编码", "单位代码"}),
                   table.column({"name", "单位名称", "名称"}),
                   table.column({"type", "类别", "类型", "单位类别", "单位类型"}),
                   table.column({"county", "县区", "县(区)", "县（区）", "县市区", "所属县区"}),
                   table.column({"lead", "牵头单位"}),
                   table.column({"demo", "示范点"}),
                   table.column({"contact", "联系人"})};
}

QString field(const TableRow& row, int index) {
    return index >= 0 && index < row.fields.size() ? CellText::clean(row.fields[index]) : QString();
}

QString where(const Table& table, const TableRow& row, int column) {
    return CoreText::tr("%1: row %2, field %3")
        .arg(table.source)
        .arg(row.line)
        .arg(column >= 0 && column < table.header.size() ? table.header[column] : QString());
}

// The counties the file names that the database does not know yet, in file order; refuses a
// new name that nearly equals a known one (利州 when 利州区 exists) or another new one.
Result<QStringList> newCounties(Database& db, const Table& table, int column) {
    const std::vector<QString> known = LookupTables::counties(db);
    const std::set<QString> knownSet(known.begin(), known.end());
    QStringList found;
    std::vector<QString> seen = known;
    for (const TableRow& row : table.rows) {
        const QString county = field(row, column);
        if (county.isEmpty() || knownSet.count(county) || found.contains(county))
            continue;
        const QString near = CountyNames::nearMatch(county, seen);
        if (!near.isEmpty())
            return fail(where(table, row, column) +
                        CoreText::tr(": county '%1' is not in this database; did you mean %2?")
                            .arg(county, near));
        found << county;
        seen.push_back(county);
    }
    return found;
}

} // namespace

Result<UnitImportReport> UnitImporter::importFile(const QString& path,
                                                  const UnitImportOptions& options) {
    Result<Table> table = TableFile::read(path);
    if (!table)
        return table.error();
    return importTable(*table, options);
}

Result<UnitImportReport> UnitImporter::importTable(const Table& table,
                                                   const UnitImportOptions& options) {
    const Columns c = findColumns(table);
    const std::pair<int, const char*> required[] = {{c.code, "code/单位编码"},
                                                    {c.name, "name/单位名称"},
                                                    {c.type, "type/类别"},
                                                    {c.county, "county/县区"}};
    for (const auto& [index, label] : required)
        if (index < 0)
            return fail(CoreText::tr("%1: row %2: the header has no column %3")
                            .arg(table.source)
                            .arg(table.headerLine)
                            .arg(QString::fromUtf8(label)));

    UnitImportReport report;
    Result<QStringList> counties = newCounties(m_db, table, c.county);
    if (!counties)
        return counties.error();
    report.newCounties = *counties;

    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    UnitRepository units(m_db);
    const TypeMatcher types = TypeRepository(m_db).matcher();
    std::set<QString> seen;
    for (const TableRow& row : table.rows) {
        UnitInput input;
        input.code = field(row, c.code);
        input.name = field(row, c.name);
        input.county = field(row, c.county);
        input.lead = field(row, c.lead);
        input.contact = field(row, c.contact);
        if (input.code.isEmpty())
            return fail(where(table, row, c.code) + CoreText::tr(": the unit code is empty"));
        if (input.name.isEmpty())
            return fail(where(table, row, c.name) + CoreText::tr(": the name is empty"));
        if (input.county.isEmpty())
            return fail(where(table, row, c.county) + CoreText::tr(": the county is empty"));
        Result<UnitType> type = types.match(field(row, c.type));
        if (!type)
            return fail(where(table, row, c.type) + QStringLiteral(": ") + type.error().message);
        input.type = type->code;
        if (!seen.insert(input.code).second)
            return fail(where(table, row, c.code) +
                        CoreText::tr(": unit code %1 appears twice in the file").arg(input.code));
        if (units.find(input.code))
            return fail(where(table, row, c.code) +
                        CoreText::tr(": unit code %1 already exists").arg(input.code));
        const std::optional<bool> isDemo = CellText::yesNo(field(row, c.demo));
        if (!isDemo)
            return fail(where(table, row, c.demo) +
                        CoreText::tr(": '%1' is not yes or no (是/否, √/×, Y/N, 1/0)")
                            .arg(field(row, c.demo)));
        input.demo = *isDemo;
        if (!report.newCounties.isEmpty() && !options.allowNewCounties) {
            // Every row is checked before the refusal, so one run shows every mistake's first.
            continue;
        }
        Result<std::int64_t> id = units.add(input);
        if (!id)
            return fail(CoreText::tr("%1: row %2: %3")
                            .arg(table.source)
                            .arg(row.line)
                            .arg(id.error().message));
        ++report.added;
    }
    if (!report.newCounties.isEmpty() && !options.allowNewCounties) {
        report.needsNewCounties = true;
        return report; // the transaction rolls back: nothing stored
    }
    LP_TRY(transaction.commit());
    return report;
}

} // namespace lianping
