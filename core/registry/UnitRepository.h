#pragma once
// Units of the registry: add, edit (every field change kept in history), retire, and list
// page by page with filters and a Chinese substring search on the name.

#include "core/common/Result.h"
#include "core/registry/TypeMatcher.h"
#include "core/registry/Unit.h"

#include <optional>
#include <vector>

namespace lianping {

class Database;

struct UnitInput {
    QString code;
    QString name;
    QString type; // code, Chinese name, short name or alias (see TypeMatcher)
    QString county;
    QString lead;
    bool demo = false;
    QString contact;
};

class UnitRepository {
public:
    explicit UnitRepository(Database& db)
        : m_db(db) {}

    Result<std::int64_t> add(const UnitInput& input);
    std::optional<Unit> find(const QString& code) const;
    std::optional<Unit> findById(std::int64_t id) const;
    // The code of the unit with this code, or else with this name.
    std::optional<QString> codeOf(const QString& codeOrName) const;
    // field: name, type, county, lead, demo, contact, active. Records the old value.
    Result<void> update(const QString& code, const QString& field, const QString& value);
    Result<void> retire(const QString& code, const QString& reason);

    std::vector<Unit> list(const UnitFilter& filter, int limit = -1, int offset = 0) const;
    std::int64_t count(const UnitFilter& filter) const;
    // The ids of the matching units in code order: all a scrolling view needs to hold.
    std::vector<std::int64_t> ids(const UnitFilter& filter) const;
    // The units with these ids (any order in, same order out) and their state in a campaign.
    std::vector<UnitRow> rows(const std::vector<std::int64_t>& ids, int year) const;

    // The SQL condition and parameters for a filter; shared by list, count and campaign enrolment.
    struct Condition {
        QString where;
        std::vector<QString> params;
    };
    static Condition condition(const UnitFilter& filter);

private:
    Result<UnitType> resolveType(const QString& type) const;
    // A new county must not be a known one misspelt (利州 for 利州区).
    Result<std::int64_t> resolveCounty(const QString& county) const;
    Database& m_db;
    mutable std::optional<TypeMatcher> m_types; // the types, read once per repository
};

} // namespace lianping
