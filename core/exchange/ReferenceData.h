#pragma once
// What a package's header carries before its records: the unit types, the rubric versions
// and the campaign its records refer to, and the offices they name. Whatever this database
// lacks is added; nothing it has is changed.

#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <map>

namespace lianping {

class Database;

class ReferenceData {
public:
    // Adds what is missing; fills `offices` with this database's id of each office named
    // (by the office's uid).
    static Result<void> apply(Database& db, const QJsonObject& header,
                              std::map<QString, std::int64_t>& offices);

private:
    static Result<void> applyTypes(Database& db, const QJsonArray& types);
    static Result<void> applyRubrics(Database& db, const QJsonArray& rubrics);
    static Result<void> applyCampaign(Database& db, const QJsonObject& json);
};

} // namespace lianping
