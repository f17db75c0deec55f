#pragma once
// What every record codec shares while a package is read or written: the database, the ids
// looked up once per import (units by code, enrolments by year and code, indicators by rubric
// and code), the scope of an export as SQL, and the small lookups by natural key.

#include "core/common/Result.h"
#include "core/exchange/Records.h"

#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace lianping {

class Database;
class Statement;

struct RecordContext {
    Database& db;
    RecordCache& cache;
    const std::set<QString>* incomingFiles = nullptr; // evidence files the package brings
    bool totalsByHand = false; // a bulk write: the score trigger is off, sheets carry totals
};

// A scope as SQL: the campaign's id, the units it covers (aliased `u`) and their enrolments.
struct ScopeQuery {
    std::int64_t campaign = 0;
    QByteArray unitFilter; // " WHERE 1 AND …" on units u
    QByteArray enrolled;   // SELECT e.id … of the scope's enrolments (binds campaign, params)
    QStringList params;
    static Result<ScopeQuery> of(Database& db, const RecordScope& scope);
    // Binds the campaign (when the query starts with it) and the scope's parameters.
    void bind(Statement& query, bool withCampaign) const;
};

namespace records {

QString str(const QJsonObject& data, const char* name);  // a null string when missing
QString text(const QJsonObject& data, const char* name); // "" when missing (NOT NULL columns)
std::optional<std::int64_t> single(Database& db, const char* sql, const QStringList& params);
// The id, or the error "the package refers to WHAT, which is neither here nor in the package".
Result<std::int64_t> requireId(std::optional<std::int64_t> id, const QString& what);
Result<std::int64_t> campaignId(Database& db, int year);
std::optional<std::int64_t> unitId(RecordContext& context, const QString& code);
// (id, rubric id) of a unit's enrolment in a year's campaign.
std::optional<std::pair<std::int64_t, std::int64_t>> enrollment(RecordContext& context, int year,
                                                                const QString& unit);
// The enrolment a record's data names ("year", "unit"), or the error that it is missing.
Result<std::pair<std::int64_t, std::int64_t>> enrollmentOf(RecordContext& context,
                                                           const QJsonObject& data);
// A value as history keeps it.
QString describe(const QJsonValue& value);

} // namespace records

} // namespace lianping
