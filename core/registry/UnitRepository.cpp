#include "UnitRepository.h"

#include "core/common/CellText.h"
#include "core/common/CoreText.h"
#include "core/common/Labels.h"
#include "core/common/Limits.h"

#include <QCoreApplication>

#include "core/common/Ids.h"
#include "core/history/History.h"
#include "core/registry/CountyNames.h"
#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QStringList>

#include <unordered_map>

namespace lianping {

namespace {

constexpr const char* unitColumns =
    "SELECT u.id, u.uid, u.code, u.name, t.code, t.name, c.name, coalesce(d.name, ''), u.demo, "
    "u.contact, u.active FROM units u JOIN unit_types t ON t.id = u.type_id "
    "JOIN counties c ON c.id = u.county_id LEFT JOIN departments d ON d.id = u.lead_id ";

Unit readUnit(const Statement& row) {
    Unit unit;
    unit.id = row.int64(0);
    unit.uid = row.text(1);
    unit.code = row.text(2);
    unit.name = row.text(3);
    unit.typeCode = row.text(4);
    unit.typeName = row.text(5);
    unit.county = row.text(6);
    unit.lead = row.text(7);
    unit.demo = row.int64(8) != 0;
    unit.contact = row.text(9);
    unit.active = row.int64(10) != 0;
    return unit;
}

QString ftsPhrase(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString boolText(bool value) {
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

Result<UnitType> UnitRepository::resolveType(const QString& type) const {
    if (!m_types)
        m_types = TypeRepository(m_db).matcher();
    return m_types->match(type);
}

Result<std::int64_t> UnitRepository::resolveCounty(const QString& county) const {
    if (const std::optional<std::int64_t> id = LookupTables::countyId(m_db, county))
        return *id;
    const QString near = CountyNames::nearMatch(county, LookupTables::counties(m_db));
    if (!near.isEmpty())
        return fail(CoreText::tr("county '%1' is not in this database; did you mean %2?")
                        .arg(county, near));
    return LookupTables::ensureCounty(m_db, county);
}

Result<std::int64_t> UnitRepository::add(const UnitInput& input) {
    const QString code = input.code.trimmed();
    if (code.isEmpty())
        return fail(CoreText::tr("the unit code is empty"));
    if (input.name.trimmed().isEmpty())
        return fail(CoreText::tr("unit %1: the name is empty").arg(code));
    if (input.county.trimmed().isEmpty())
        return fail(CoreText::tr("unit %1: the county is empty").arg(code));
    LP_TRY(Limits::text(Labels::field(QStringLiteral("code")), code, Limits::CodeLength));
    const std::pair<const char*, const QString*> names[] = {{"name", &input.name},
                                                            {"county", &input.county},
                                                            {"lead", &input.lead},
                                                            {"contact", &input.contact}};
    for (const auto& [field, value] : names)
        if (Result<void> checked = Limits::text(Labels::field(QString::fromLatin1(field)),
                                                value->trimmed(), Limits::NameLength);
            !checked)
            return fail(CoreText::tr("unit %1: %2")
                            .arg(code.left(Limits::CodeLength), checked.error().message));
    if (find(code))
        return fail(CoreText::tr("unit code %1 already exists").arg(code));
    Result<UnitType> type = resolveType(input.type);
    if (!type)
        return type.error();
    Result<std::int64_t> countyId = resolveCounty(input.county.trimmed());
    if (!countyId)
        return countyId.error();
    // A unit without its own lead department answers to its type's (seed 004).
    const QString lead = input.lead.trimmed().isEmpty() ? type->lead : input.lead.trimmed();
    std::optional<std::int64_t> leadId;
    if (!lead.isEmpty()) {
        Result<std::int64_t> department = LookupTables::ensureDepartment(m_db, lead);
        if (!department)
            return department.error();
        leadId = *department;
    }
    Statement& insert = m_db.cached(
        "INSERT INTO units(uid, code, name, type_id, county_id, lead_id, demo, contact, active, "
        "owner, updated_at) VALUES (?,?,?,?,?,?,?,?,1,?,?)");
    insert.bind(1, newUid())
        .bind(2, code)
        .bind(3, input.name.trimmed())
        .bind(4, type->id)
        .bind(5, *countyId)
        .bind(6, leadId)
        .bind(7, input.demo ? 1 : 0)
        .bind(8, orEmpty(input.contact.trimmed()))
        .bind(9, m_db.officeId())
        .bind(10, nowMs());
    if (!insert.exec())
        return fail(CoreText::tr("unit %1: %2").arg(code, m_db.lastError()));
    const std::int64_t id = m_db.lastInsertId();
    LP_TRY(History::record(m_db, {id,
                                  std::nullopt,
                                  QStringLiteral("unit"),
                                  QStringLiteral("created"),
                                  {},
                                  input.name.trimmed(),
                                  {}}));
    return id;
}

std::optional<Unit> UnitRepository::find(const QString& code) const {
    static const QByteArray sql = QByteArray(unitColumns) + "WHERE u.code = ?";
    Statement& query = m_db.cached(sql.constData());
    if (query.bind(1, code.trimmed()).step())
        return readUnit(query);
    return std::nullopt;
}

std::optional<QString> UnitRepository::codeOf(const QString& codeOrName) const {
    Statement query = m_db.prepare("SELECT code FROM units WHERE code = ?1 OR name = ?1 LIMIT 1");
    query.bind(1, codeOrName);
    if (query.step())
        return query.text(0);
    return std::nullopt;
}

std::optional<Unit> UnitRepository::findById(std::int64_t id) const {
    static const QByteArray sql = QByteArray(unitColumns) + "WHERE u.id = ?";
    Statement& query = m_db.cached(sql.constData());
    if (query.bind(1, id).step())
        return readUnit(query);
    return std::nullopt;
}

Result<void> UnitRepository::update(const QString& code, const QString& field,
                                    const QString& value) {
    const std::optional<Unit> unit = find(code);
    if (!unit)
        return fail(CoreText::tr("unknown unit %1").arg(code));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    QString oldValue;
    QString newValue = value.trimmed();
    if (Result<void> checked = Limits::text(Labels::field(field), newValue, Limits::NameLength);
        !checked)
        return fail(CoreText::tr("unit %1: %2").arg(code, checked.error().message));
    const char* sql = nullptr;
    std::optional<std::int64_t> idValue;
    if (field == QStringLiteral("name")) {
        if (newValue.isEmpty())
            return fail(CoreText::tr("unit %1: the name is empty").arg(code));
        oldValue = unit->name;
        sql = "UPDATE units SET name = ?, updated_at = ? WHERE id = ?";
    } else if (field == QStringLiteral("contact")) {
        oldValue = unit->contact;
        sql = "UPDATE units SET contact = ?, updated_at = ? WHERE id = ?";
    } else if (field == QStringLiteral("type")) {
        Result<UnitType> type = resolveType(newValue);
        if (!type)
            return type.error();
        idValue = type->id;
        // History shows the names a person knows (廉洁机关), not the codes.
        oldValue = unit->typeName;
        newValue = type->name;
        sql = "UPDATE units SET type_id = ?, updated_at = ? WHERE id = ?";
    } else if (field == QStringLiteral("county")) {
        if (newValue.isEmpty())
            return fail(CoreText::tr("unit %1: the county is empty").arg(code));
        Result<std::int64_t> countyId = resolveCounty(newValue);
        if (!countyId)
            return countyId.error();
        idValue = *countyId;
        oldValue = unit->county;
        sql = "UPDATE units SET county_id = ?, updated_at = ? WHERE id = ?";
    } else if (field == QStringLiteral("lead")) {
        oldValue = unit->lead;
        if (!newValue.isEmpty()) {
            Result<std::int64_t> leadId = LookupTables::ensureDepartment(m_db, newValue);
            if (!leadId)
                return leadId.error();
            idValue = *leadId;
        }
        sql = "UPDATE units SET lead_id = ?, updated_at = ? WHERE id = ?";
    } else if (field == QStringLiteral("demo") || field == QStringLiteral("active")) {
        const std::optional<bool> parsed = CellText::yesNo(newValue);
        if (!parsed || newValue.isEmpty())
            return fail(CoreText::tr("unit %1: %2 must be yes or no, not '%3'")
                            .arg(code, Labels::field(field), value));
        const bool flag = *parsed;
        idValue = flag ? 1 : 0;
        oldValue = boolText(field == QStringLiteral("demo") ? unit->demo : unit->active);
        newValue = boolText(flag);
        sql = field == QStringLiteral("demo")
                  ? "UPDATE units SET demo = ?, updated_at = ? WHERE id = ?"
                  : "UPDATE units SET active = ?, updated_at = ? WHERE id = ?";
    } else {
        return fail(CoreText::tr("unknown unit field '%1' (name, type, county, lead, demo, "
                                 "contact, active)")
                        .arg(field));
    }
    if (oldValue == newValue)
        return transaction.commit();
    Statement& update = m_db.cached(sql);
    if (idValue || field == QStringLiteral("lead"))
        update.bind(1, idValue);
    else
        update.bind(1, orEmpty(newValue));
    update.bind(2, nowMs()).bind(3, unit->id);
    if (!update.exec())
        return fail(CoreText::tr("unit %1: %2").arg(code, m_db.lastError()));
    LP_TRY(History::record(
        m_db, {unit->id, std::nullopt, QStringLiteral("unit"), field, oldValue, newValue, {}}));
    return transaction.commit();
}

Result<void> UnitRepository::retire(const QString& code, const QString& reason) {
    const std::optional<Unit> unit = find(code);
    if (!unit)
        return fail(CoreText::tr("unknown unit %1").arg(code));
    if (!unit->active)
        return fail(CoreText::tr("unit %1 is already retired").arg(code));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& update = m_db.cached("UPDATE units SET active = 0, updated_at = ? WHERE id = ?");
    if (!update.bind(1, nowMs()).bind(2, unit->id).exec())
        return fail(m_db.lastError());
    LP_TRY(History::record(m_db, {unit->id, std::nullopt, QStringLiteral("unit"),
                                  QStringLiteral("active"), QStringLiteral("yes"),
                                  QStringLiteral("no"), reason}));
    return transaction.commit();
}

UnitRepository::Condition UnitRepository::condition(const UnitFilter& filter) {
    Condition result;
    QStringList parts;
    if (!filter.typeCode.isEmpty()) {
        parts << QStringLiteral(
            "u.type_id = (SELECT id FROM unit_types WHERE code = ? OR name = ?)");
        result.params.push_back(filter.typeCode);
        result.params.push_back(filter.typeCode);
    }
    if (!filter.county.isEmpty()) {
        parts << QStringLiteral("u.county_id = (SELECT id FROM counties WHERE name = ?)");
        result.params.push_back(filter.county);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // Trigram FTS needs three characters; shorter queries scan the names with instr().
        if (search.size() >= 3) {
            parts << QStringLiteral(
                "u.id IN (SELECT rowid FROM units_fts WHERE units_fts MATCH ?)");
            result.params.push_back(ftsPhrase(search));
        } else {
            parts << QStringLiteral("instr(u.name, ?) > 0");
            result.params.push_back(search);
        }
    }
    if (filter.demo)
        parts << (*filter.demo ? QStringLiteral("u.demo = 1") : QStringLiteral("u.demo = 0"));
    if (!filter.includeRetired)
        parts << QStringLiteral("u.active = 1");
    if (!filter.state.isEmpty() && filter.year > 0) {
        const QString enrolled =
            QStringLiteral("u.id IN (SELECT unit_id FROM enrollments WHERE campaign_id = "
                           "(SELECT id FROM campaigns WHERE year = %1)%2)")
                .arg(filter.year);
        if (filter.state == QStringLiteral("unenrolled")) {
            parts << QStringLiteral("NOT ") + enrolled.arg(QString());
        } else {
            parts << enrolled.arg(QStringLiteral(" AND state = ?"));
            result.params.push_back(filter.state);
        }
    }
    if (!parts.isEmpty())
        result.where = QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND "));
    return result;
}

std::vector<Unit> UnitRepository::list(const UnitFilter& filter, int limit, int offset) const {
    const Condition where = condition(filter);
    const QByteArray sql =
        QByteArray(unitColumns) + where.where.toUtf8() + " ORDER BY u.code LIMIT ? OFFSET ?";
    Statement& query = m_db.cached(sql.constData());
    int index = 1;
    for (const QString& param : where.params)
        query.bind(index++, param);
    query.bind(index, limit);
    query.bind(index + 1, offset);
    std::vector<Unit> units;
    while (query.step())
        units.push_back(readUnit(query));
    return units;
}

std::vector<std::int64_t> UnitRepository::ids(const UnitFilter& filter) const {
    const Condition where = condition(filter);
    const QByteArray sql = "SELECT u.id FROM units u " + where.where.toUtf8() + " ORDER BY u.code";
    Statement& query = m_db.cached(sql.constData());
    int index = 1;
    for (const QString& param : where.params)
        query.bind(index++, param);
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    return ids;
}

std::vector<UnitRow> UnitRepository::rows(const std::vector<std::int64_t>& ids, int year) const {
    std::vector<UnitRow> rows;
    if (ids.empty())
        return rows;
    QByteArray sql = QByteArray(unitColumns).replace("u.active FROM", "u.active, e.state FROM") +
                     "LEFT JOIN enrollments e ON e.unit_id = u.id AND e.campaign_id = "
                     "(SELECT id FROM campaigns WHERE year = ?) WHERE u.id IN (";
    for (std::size_t i = 0; i < ids.size(); ++i)
        sql += i ? ",?" : "?";
    sql += ")";
    Statement& query = m_db.cached(sql.constData());
    query.bind(1, year);
    for (std::size_t i = 0; i < ids.size(); ++i)
        query.bind(static_cast<int>(i) + 2, ids[i]);
    std::unordered_map<std::int64_t, UnitRow> found;
    while (query.step())
        found.emplace(query.int64(0), UnitRow{readUnit(query), query.text(11)});
    for (std::int64_t id : ids) {
        auto it = found.find(id);
        if (it != found.end())
            rows.push_back(std::move(it->second));
    }
    return rows;
}

std::int64_t UnitRepository::count(const UnitFilter& filter) const {
    const Condition where = condition(filter);
    const QByteArray sql = "SELECT count(*) FROM units u " + where.where.toUtf8();
    Statement& query = m_db.cached(sql.constData());
    int index = 1;
    for (const QString& param : where.params)
        query.bind(index++, param);
    return query.step() ? query.int64(0) : 0;
}

} // namespace lianping
