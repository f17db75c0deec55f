#include "UnitRecords.h"

#include "core/common/CoreText.h"
#include "core/registry/LookupTables.h"
#include "core/registry/UnitRows.h"
#include "core/storage/Database.h"

namespace lianping {

using records::str;

namespace {

constexpr const char* unitColumns =
    "SELECT u.code, u.name, t.code, c.name, coalesce(d.name, ''), u.demo, u.contact, "
    "u.active, o.uid, u.updated_at FROM units u JOIN unit_types t ON t.id = u.type_id "
    "JOIN counties c ON c.id = u.county_id LEFT JOIN departments d ON d.id = u.lead_id "
    "JOIN offices o ON o.id = u.owner";

Record unitRecord(const Statement& q) {
    QJsonObject data{
        {QStringLiteral("code"), q.text(0)},    {QStringLiteral("name"), q.text(1)},
        {QStringLiteral("type"), q.text(2)},    {QStringLiteral("county"), q.text(3)},
        {QStringLiteral("lead"), q.text(4)},    {QStringLiteral("demo"), q.integer(5) != 0},
        {QStringLiteral("contact"), q.text(6)}, {QStringLiteral("active"), q.integer(7) != 0}};
    return Record::draft(RecordKind::Unit, QStringLiteral("unit/") + q.text(0), q.int64(9),
                         q.text(8), std::move(data));
}

// Counties, departments and types are few: each looked up (or added) once.
template <typename Find>
Result<std::int64_t> lookup(std::map<QString, std::int64_t>& cache, const QString& name,
                            const Find& find) {
    const auto cached = cache.find(name);
    if (cached != cache.end())
        return cached->second;
    Result<std::int64_t> id = find(name);
    if (id)
        cache.emplace(name, *id);
    return id;
}

} // namespace

std::optional<Record> UnitRecords::load(RecordContext& context, const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    const std::optional<std::int64_t> id =
        parts.size() == 2 ? records::unitId(context, parts[1]) : std::nullopt;
    if (!id)
        return std::nullopt;
    Statement& q = context.db.cached((QByteArray(unitColumns) + " WHERE u.id = ?").constData());
    if (!q.bind(1, *id).step())
        return std::nullopt;
    Record record = unitRecord(q);
    q.reset();
    return record;
}

Result<void> UnitRecords::forEach(Database& db, const ScopeQuery& scope,
                                  const RecordStore::RecordVisitor& visit) {
    Statement all = db.prepare((QByteArray(unitColumns) +
                                " WHERE u.id IN (SELECT u.id FROM "
                                "units u" +
                                scope.unitFilter + ") ORDER BY u.code")
                                   .constData());
    scope.bind(all, false);
    while (all.step())
        LP_TRY(visit(unitRecord(all)));
    return {};
}

Result<bool> UnitRecords::write(RecordContext& context, const Record& in,
                                const std::optional<Record>& old, std::int64_t ownerId) {
    Database& db = context.db;
    const QJsonObject& d = in.data;
    Result<std::int64_t> county =
        lookup(context.cache.counties, str(d, "county"),
               [&](const QString& name) { return LookupTables::ensureCounty(db, name); });
    if (!county)
        return county.error();
    std::optional<std::int64_t> lead;
    if (!str(d, "lead").isEmpty()) {
        Result<std::int64_t> department =
            lookup(context.cache.departments, str(d, "lead"),
                   [&](const QString& name) { return LookupTables::ensureDepartment(db, name); });
        if (!department)
            return department.error();
        lead = *department;
    }
    Result<std::int64_t> type =
        lookup(context.cache.types, str(d, "type"), [&](const QString& code) {
            return records::requireId(
                records::single(db, "SELECT id FROM unit_types WHERE code = ?", {code}),
                CoreText::tr("unit type %1").arg(code));
        });
    if (!type)
        return type.error();
    const UnitFields row{.code = str(d, "code"),
                         .name = str(d, "name"),
                         .typeId = *type,
                         .countyId = *county,
                         .leadId = lead,
                         .demo = d.value(QStringLiteral("demo")).toBool(),
                         .contact = str(d, "contact"),
                         .active = d.value(QStringLiteral("active")).toBool(),
                         .owner = ownerId,
                         .updatedAt = in.version.stamp};
    if (!old) {
        Result<std::int64_t> id = UnitRows::insert(db, row);
        if (!id)
            return id.error();
        context.cache.units[row.code] = *id;
        return true;
    }
    LP_TRY(UnitRows::update(db, row));
    return true;
}

} // namespace lianping
