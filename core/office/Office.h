#pragma once
// The office a database belongs to, and what it may do. A unit records its own self-check
// and application; a county office reviews its county's units (and may enter a unit's
// self-check on its behalf, paper applications being common); the city rechecks, names
// and revokes. A database whose office was never set acts for every role.

#include "core/common/Result.h"
#include "core/model/State.h"
#include "core/model/Step.h"

#include <QString>

#include <cstdint>

namespace lianping {

class Database;
struct Enrollment;

enum class Role { All, Unit, County, City };

QString roleName(Role role); // all, unit, county, city
std::optional<Role> parseRole(const QString& name);

struct Office {
    std::int64_t id = 0;
    QString uid;
    QString name;
    Role role = Role::All;
    QString county; // the county office's county
    QString unit;   // the unit office's unit code

    QString describe() const; // "the county office of 利州区", "the city office", …

    // Each returns an error that says who may do it instead.
    Result<void> mayScore(Step step, const Enrollment& enrollment) const;
    Result<void> mayMove(State from, State to, const Enrollment& enrollment) const;
    Result<void> mayName() const;
};

class Offices {
public:
    // The office this database belongs to.
    static Office current(Database& db);
    // Sets the office once: a database that already belongs to an office keeps it.
    static Result<Office> configure(Database& db, const QString& name, Role role,
                                    const QString& county, const QString& unit);

    // Other offices' rows and every office's public key (base64), as OfficeKeys decides: an
    // office with a key is trusted; one named by a package without its key is not.
    static Result<std::int64_t> add(Database& db, const Office& office,
                                    const QString& publicKey = {});
    static Result<void> update(Database& db, std::int64_t id, const Office& office,
                               const QString& publicKey);
    static Result<void> setPublicKey(Database& db, std::int64_t id, const QString& publicKey);
};

} // namespace lianping
