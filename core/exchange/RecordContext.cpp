#include "RecordContext.h"

#include "core/common/CoreText.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lianping {

Result<ScopeQuery> ScopeQuery::of(Database& db, const RecordScope& scope) {
    Result<std::int64_t> campaign = records::campaignId(db, scope.year);
    if (!campaign)
        return campaign.error();
    const ScopeCondition condition = unitCondition(scope);
    ScopeQuery query;
    query.campaign = *campaign;
    query.unitFilter = " WHERE 1" + condition.sql;
    query.params = condition.params;
    query.enrolled = "SELECT e.id FROM enrollments e JOIN units u ON u.id = e.unit_id"
                     " WHERE e.campaign_id = ? AND e.unit_id IN (SELECT u.id FROM units u" +
                     query.unitFilter + ")";
    return query;
}

void ScopeQuery::bind(Statement& query, bool withCampaign) const {
    int index = 1;
    if (withCampaign)
        query.bind(index++, campaign);
    for (const QString& param : params)
        query.bind(index++, param);
}

namespace records {

QString str(const QJsonObject& data, const char* name) {
    return data.value(QLatin1String(name)).toString();
}

QString text(const QJsonObject& data, const char* name) {
    const QString value = str(data, name);
    return value.isNull() ? QStringLiteral("") : value;
}

std::optional<std::int64_t> single(Database& db, const char* sql, const QStringList& params) {
    Statement& query = db.cached(sql);
    for (int i = 0; i < params.size(); ++i)
        query.bind(i + 1, params[i]);
    if (!query.step())
        return std::nullopt;
    const std::int64_t id = query.int64(0);
    query.reset();
    return id;
}

Result<std::int64_t> requireId(std::optional<std::int64_t> id, const QString& what) {
    if (!id)
        return fail(
            CoreText::tr("the package refers to %1, which is neither here nor in the package")
                .arg(what));
    return *id;
}

Result<std::int64_t> campaignId(Database& db, int year) {
    return requireId(single(db, "SELECT id FROM campaigns WHERE year = ?", {QString::number(year)}),
                     CoreText::tr("campaign %1").arg(year));
}

std::optional<std::int64_t> unitId(RecordContext& context, const QString& code) {
    const auto cached = context.cache.units.find(code);
    if (cached != context.cache.units.end())
        return cached->second;
    const std::optional<std::int64_t> id =
        single(context.db, "SELECT id FROM units WHERE code = ?", {code});
    if (id)
        context.cache.units.emplace(code, *id);
    return id;
}

std::optional<std::pair<std::int64_t, std::int64_t>> enrollment(RecordContext& context, int year,
                                                                const QString& unit) {
    const auto key = std::make_pair(year, unit);
    const auto cached = context.cache.enrollments.find(key);
    if (cached != context.cache.enrollments.end())
        return cached->second;
    Statement& query = context.db.cached(
        "SELECT e.id, e.rubric_id FROM enrollments e JOIN campaigns c ON c.id = "
        "e.campaign_id JOIN units u ON u.id = e.unit_id WHERE c.year = ? AND u.code = ?");
    if (!query.bind(1, year).bind(2, unit).step()) {
        query.reset();
        return std::nullopt;
    }
    const std::pair<std::int64_t, std::int64_t> found{query.int64(0), query.int64(1)};
    query.reset();
    context.cache.enrollments.emplace(key, found);
    return found;
}

Result<std::pair<std::int64_t, std::int64_t>> enrollmentOf(RecordContext& context,
                                                           const QJsonObject& data) {
    const int year = data.value(QStringLiteral("year")).toInt();
    const QString unit = str(data, "unit");
    const auto found = enrollment(context, year, unit);
    if (!found)
        return fail(
            CoreText::tr("the package refers to %1, which is neither here nor in the package")
                .arg(CoreText::tr("unit %1 in campaign %2").arg(unit).arg(year)));
    return *found;
}

QString describe(const QJsonValue& value) {
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                               : QJsonDocument(value.toObject()))
                                     .toJson(QJsonDocument::Compact));
    return value.toString();
}

} // namespace records

} // namespace lianping
