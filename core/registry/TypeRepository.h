#pragma once
// Unit types: the eight of the domain ship by default; an office may add its own, and give any
// type aliases (the names its own spreadsheets use).

#include "core/common/Result.h"
#include "core/registry/TypeMatcher.h"
#include "core/registry/Unit.h"

#include <optional>
#include <vector>

namespace lianping {

class Database;

class TypeRepository {
public:
    explicit TypeRepository(Database& db)
        : m_db(db) {}

    // Every type, with its aliases, in the order the domain lists them.
    std::vector<UnitType> list() const;
    // The type a text names (code, name, short name or alias; see TypeMatcher), or an error
    // saying it is unknown or fits two types.
    Result<UnitType> resolve(const QString& text) const;
    // resolve() without the reason.
    std::optional<UnitType> find(const QString& text) const;
    // One matcher for many lookups (an import of thousands of rows).
    TypeMatcher matcher() const;

    Result<UnitType> add(const QString& code, const QString& name, const QString& lead,
                         bool builtin = false, int position = 100);
    // Gives a type more names; refuses one that already names another type.
    Result<UnitType> addAliases(const QString& type, const QStringList& aliases);
    // Adds the built-in types that are missing, with their default aliases; returns how many
    // types were added.
    Result<int> ensureBuiltins();

private:
    Database& m_db;
};

} // namespace lianping
