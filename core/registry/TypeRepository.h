#pragma once
// Unit types: the eight of the domain ship by default; an office may add its own.

#include "common/Result.h"
#include "registry/Unit.h"

#include <optional>
#include <vector>

namespace lianping {

class Database;

class TypeRepository {
public:
    explicit TypeRepository(Database& db)
        : m_db(db) {}

    std::vector<UnitType> list() const;
    // Finds a type by its code or its Chinese name.
    std::optional<UnitType> find(const QString& codeOrName) const;
    Result<UnitType> add(const QString& code, const QString& name, const QString& lead,
                         bool builtin = false, int position = 100);
    // Adds the built-in types that are missing; returns how many were added.
    Result<int> ensureBuiltins();

private:
    Database& m_db;
};

} // namespace lianping
