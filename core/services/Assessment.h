#pragma once
// What follows from a veto (一票否决): recorded by the county review or the city recheck, it
// revokes a named unit's naming at once (DOMAIN: dynamic management) and the unit's
// follow-ups follow its result. One transaction for all of it.

#include "core/common/Result.h"
#include "core/model/Step.h"

namespace lianping {

class Database;

class Assessment {
public:
    explicit Assessment(Database& db)
        : m_db(db) {}

    Result<void> setVeto(int year, const QString& unitCode, const QString& indicatorCode, Step step,
                         const QString& reason);
    Result<void> clearVeto(int year, const QString& unitCode, const QString& indicatorCode,
                           Step step, const QString& reason);

private:
    Result<void> follow(int year, const QString& unitCode, const QString& reason);

    Database& m_db;
};

} // namespace lianping
