#include "UnitImporter.h"

#include <QCoreApplication>

#include "io/XlsxReader.h"
#include "registry/TypeRepository.h"
#include "registry/UnitRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <set>

namespace lianping {

namespace {

std::optional<bool> parseYesNo(const QString& text) {
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == QStringLiteral("否") || value == QStringLiteral("no") ||
        value == QStringLiteral("0") || value == QStringLiteral("n") ||
        value == QStringLiteral("false"))
        return false;
    if (value == QStringLiteral("是") || value == QStringLiteral("yes") ||
        value == QStringLiteral("1") || value == QStringLiteral("y") ||
        value == QStringLiteral("true"))
        return true;
    return std::nullopt;
}

} // namespace

Result<int> UnitImporter::importFile(const QString& path) {
    Result<Table> table = TableFile::read(path);
    if (!table)
        return table.error();
    return importTable(*table);
}

Result<int> UnitImporter::importTable(const Table& table) {
    const int code = table.column({"code", "单位编码", "编码"});
    const int name = table.column({"name", "单位名称", "名称"});
    const int type = table.column({"type", "类别", "类型"});
    const int county = table.column({"county", "县区", "县(区)"});
    const int lead = table.column({"lead", "牵头单位"});
    const int demo = table.column({"demo", "示范点"});
    const int contact = table.column({"contact", "联系人"});
    const std::pair<int, const char*> required[] = {{code, "code/单位编码"},
                                                    {name, "name/单位名称"},
                                                    {type, "type/类别"},
                                                    {county, "county/县区"}};
    for (const auto& [index, label] : required)
        if (index < 0)
            return fail(QCoreApplication::translate("lianping::core",
                                                    "%1: row %2: the header has no column %3")
                            .arg(table.source)
                            .arg(table.headerLine)
                            .arg(QString::fromUtf8(label)));

    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    UnitRepository units(m_db);
    TypeRepository types(m_db);
    std::set<QString> seen;
    int added = 0;
    for (const TableRow& row : table.rows) {
        auto field = [&](int index) {
            return index >= 0 && index < row.fields.size() ? row.fields[index] : QString();
        };
        auto where = [&](const QString& header) {
            return QCoreApplication::translate("lianping::core", "%1: row %2, field %3")
                .arg(table.source)
                .arg(row.line)
                .arg(header);
        };
        UnitInput input;
        input.code = field(code);
        input.name = field(name);
        input.type = field(type);
        input.county = field(county);
        input.lead = field(lead);
        input.contact = field(contact);
        if (input.code.isEmpty())
            return fail(where(table.header[code]) +
                        QCoreApplication::translate("lianping::core", ": the unit code is empty"));
        if (input.name.isEmpty())
            return fail(where(table.header[name]) +
                        QCoreApplication::translate("lianping::core", ": the name is empty"));
        if (input.county.isEmpty())
            return fail(where(table.header[county]) +
                        QCoreApplication::translate("lianping::core", ": the county is empty"));
        if (!types.find(input.type))
            return fail(where(table.header[type]) +
                        QCoreApplication::translate("lianping::core",
                                                    ": unknown type '%1' (see `types list`)")
                            .arg(input.type));
        if (!seen.insert(input.code).second)
            return fail(where(table.header[code]) +
                        QCoreApplication::translate("lianping::core",
                                                    ": unit code %1 appears twice in the file")
                            .arg(input.code));
        if (units.find(input.code))
            return fail(
                where(table.header[code]) +
                QCoreApplication::translate("lianping::core", ": unit code %1 already exists")
                    .arg(input.code));
        const std::optional<bool> isDemo = parseYesNo(field(demo));
        if (!isDemo)
            return fail(
                where(table.header[demo]) +
                QCoreApplication::translate("lianping::core", ": '%1' is not 是/否/yes/no/1/0")
                    .arg(field(demo)));
        input.demo = *isDemo;
        Result<std::int64_t> id = units.add(input);
        if (!id)
            return fail(QCoreApplication::translate("lianping::core", "%1: row %2: %3")
                            .arg(table.source)
                            .arg(row.line)
                            .arg(id.error().message));
        ++added;
    }
    LP_TRY(transaction.commit());
    return added;
}

} // namespace lianping
