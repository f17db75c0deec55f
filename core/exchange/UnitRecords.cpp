#include "UnitRecords.h"

#include "core/common/CoreText.h"
#include "core/common/Ids.h"
#include "core/registry/LookupTables.h"
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
    return Record::make(RecordKind::Unit, QStringLiteral("unit/") + q.text(0), q.int64(9),
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
    const int demo = d.value(QStringLiteral("demo")).toBool() ? 1 : 0;
    const int active = d.value(QStringLiteral("active")).toBool() ? 1 : 0;
    if (!old) {
        Statement& insert = db.cached(
            "INSERT INTO units(uid, code, name, type_id, county_id, lead_id, demo, contact, "
            "active, owner, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        insert.bind(1, newUid())
            .bind(2, str(d, "code"))
            .bind(3, str(d, "name"))
            .bind(4, *type)
            .bind(5, *county)
            .bind(6, lead)
            .bind(7, demo)
            .bind(8, str(d, "contact"))
            .bind(9, active)
            .bind(10, ownerId)
            .bind(11, in.version.stamp);
        if (!insert.exec())
            return fail(db.lastError());
        context.cache.units[str(d, "code")] = db.lastInsertId();
        return true;
    }
    Statement& update =
        db.cached("UPDATE units SET name = ?, type_id = ?, county_id = ?, lead_id = ?, demo = ?, "
                  "contact = ?, active = ?, owner = ?, updated_at = ? WHERE code = ?");
    update.bind(1, str(d, "name"))
        .bind(2, *type)
        .bind(3, *county)
        .bind(4, lead)
        .bind(5, demo)
        .bind(6, str(d, "contact"))
        .bind(7, active)
        .bind(8, ownerId)
        .bind(9, in.version.stamp)
        .bind(10, str(d, "code"));
    if (!update.exec()) // the name index follows by its trigger
        return fail(db.lastError());
    return true;
}

} // namespace lianping
