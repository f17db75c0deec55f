#include "TypeRepository.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/common/CellText.h"
#include "core/common/Ids.h"
#include "core/history/History.h"
#include "core/registry/LookupTables.h"
#include "core/storage/Database.h"

#include <QRegularExpression>

namespace lianping {

namespace {

struct BuiltinType {
    const char* code;
    const char* name;
    const char* lead;
    std::initializer_list<const char*> aliases;
};

// Types and lead departments from seeds 000 and 004; aliases as offices write them (seed 004
// runs 村社 actions; 国企/民企 are how enterprise lists are split; 家风 is the family action).
const BuiltinType builtinTypes[] = {
    {"agency", "廉洁机关", "市直机关工委", {}},
    {"school", "廉洁学校", "市教育局", {}},
    {"hospital", "廉洁医院", "市卫生健康委", {}},
    {"enterprise", "廉洁企业", "市国资委", {"国企", "民企"}},
    {"intermediary", "廉洁中介", "市发展改革委", {}},
    {"village", "廉洁村庄", "市农业农村局", {"村居", "村社"}},
    {"community", "廉洁社区", "市民政局", {}},
    {"family", "廉洁家庭", "市妇联", {"家风"}},
};

UnitType readType(const Statement& row) {
    return UnitType{row.int64(0), row.text(1), row.text(2), row.text(3), row.int64(4) != 0, {}};
}

} // namespace

std::vector<UnitType> TypeRepository::list() const {
    Statement& query = m_db.cached(
        "SELECT t.id, t.code, t.name, coalesce(d.name, ''), t.builtin FROM unit_types t "
        "LEFT JOIN departments d ON d.id = t.lead_id ORDER BY t.position, t.id");
    std::vector<UnitType> types;
    while (query.step())
        types.push_back(readType(query));
    Statement& aliases =
        m_db.cached("SELECT type_id, alias FROM type_aliases ORDER BY type_id, alias");
    while (aliases.step())
        for (UnitType& type : types)
            if (type.id == aliases.int64(0))
                type.aliases << aliases.text(1);
    return types;
}

TypeMatcher TypeRepository::matcher() const {
    return TypeMatcher(list());
}

Result<UnitType> TypeRepository::resolve(const QString& text) const {
    return matcher().match(text);
}

std::optional<UnitType> TypeRepository::find(const QString& text) const {
    Result<UnitType> type = resolve(text);
    if (!type)
        return std::nullopt;
    return *type;
}

Result<UnitType> TypeRepository::add(const QString& code, const QString& name, const QString& lead,
                                     bool builtin, int position) {
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
    if (!codePattern.match(code).hasMatch())
        return fail(CoreText::tr("type code '%1': use lower-case letters, digits, - or _ "
                                 "(for example township)")
                        .arg(code));
    if (name.trimmed().isEmpty())
        return fail(CoreText::tr("type %1: the name is empty").arg(code));
    const TypeMatcher existing = matcher();
    if (!existing.candidates(code).empty() || !existing.candidates(name).empty())
        return fail(CoreText::tr("type %1 (%2) already exists").arg(code, name));
    std::optional<std::int64_t> leadId;
    if (!lead.trimmed().isEmpty()) {
        Result<std::int64_t> department = LookupTables::ensureDepartment(m_db, lead.trimmed());
        if (!department)
            return department.error();
        leadId = *department;
    }
    Statement& insert = m_db.cached(
        "INSERT INTO unit_types(uid, code, name, lead_id, builtin, position, owner, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, code)
        .bind(3, name.trimmed())
        .bind(4, leadId)
        .bind(5, builtin ? 1 : 0)
        .bind(6, position)
        .bind(7, m_db.officeId())
        .bind(8, nowMs());
    if (!insert.exec())
        return fail(m_db.lastError());
    LP_TRY(History::record(
        m_db, {std::nullopt, std::nullopt, QStringLiteral("type"), code, {}, name.trimmed(), {}}));
    return *find(code);
}

Result<UnitType> TypeRepository::addAliases(const QString& typeText, const QStringList& aliases) {
    Result<UnitType> type = resolve(typeText);
    if (!type)
        return type.error();
    const TypeMatcher existing = matcher();
    for (const QString& raw : aliases) {
        const QString alias = CellText::clean(raw);
        if (alias.isEmpty())
            return fail(CoreText::tr("type %1: an alias is empty").arg(type->code));
        for (const UnitType* other : existing.candidates(alias))
            if (other->id != type->id)
                return fail(CoreText::tr("'%1' already names the type %2 (%3)")
                                .arg(alias, other->name, other->code));
        if (type->aliases.contains(alias) || alias == type->code || alias == type->name)
            continue;
        Statement& insert = m_db.cached("INSERT INTO type_aliases(alias, type_id) VALUES (?,?)");
        if (!insert.bind(1, alias).bind(2, type->id).exec())
            return fail(m_db.lastError());
        LP_TRY(History::record(
            m_db,
            {std::nullopt, std::nullopt, QStringLiteral("type_alias"), type->code, {}, alias, {}}));
        type->aliases << alias;
    }
    return *type;
}

Result<int> TypeRepository::ensureBuiltins() {
    int added = 0;
    int position = 0;
    for (const BuiltinType& type : builtinTypes) {
        ++position;
        if (find(QString::fromUtf8(type.code)))
            continue;
        Result<UnitType> result = add(QString::fromUtf8(type.code), QString::fromUtf8(type.name),
                                      QString::fromUtf8(type.lead), true, position);
        if (!result)
            return result.error();
        QStringList aliases;
        for (const char* alias : type.aliases)
            aliases << QString::fromUtf8(alias);
        if (!aliases.isEmpty())
            LP_TRY(addAliases(result->code, aliases));
        ++added;
    }
    return added;
}

} // namespace lianping
