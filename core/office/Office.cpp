#include "Office.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/common/Ids.h"
#include "core/model/Enrollment.h"
#include "core/storage/Database.h"

#include <array>

namespace lianping {

namespace {
constexpr std::array<const char*, 4> roleNames = {"all", "unit", "county", "city"};

QString stepText(Step step) {
    switch (step) {
    case Step::Self:
        return CoreText::tr("the self-check");
    case Step::County:
        return CoreText::tr("the county review");
    case Step::City:
        return CoreText::tr("the city recheck");
    }
    return {};
}
} // namespace

QString roleName(Role role) {
    return QString::fromLatin1(roleNames[static_cast<std::size_t>(role)]);
}

std::optional<Role> parseRole(const QString& name) {
    for (std::size_t i = 0; i < roleNames.size(); ++i)
        if (name == QLatin1String(roleNames[i]))
            return static_cast<Role>(i);
    return std::nullopt;
}

QString Office::describe() const {
    switch (role) {
    case Role::All:
        return CoreText::tr("this database (all roles)");
    case Role::Unit:
        return CoreText::tr("the unit office %1").arg(unit.isEmpty() ? name : unit);
    case Role::County:
        return CoreText::tr("the county office of %1").arg(county);
    case Role::City:
        return CoreText::tr("the city office");
    }
    return {};
}

Result<void> Office::mayScore(Step step, const Enrollment& enrollment) const {
    const bool ownUnit = unit.isEmpty() || unit == enrollment.unitCode;
    const bool ownCounty = county == enrollment.county;
    bool allowed = false;
    switch (role) {
    case Role::All:
        allowed = true;
        break;
    case Role::Unit:
        allowed = step == Step::Self && ownUnit;
        break;
    case Role::County:
        allowed = (step == Step::Self || step == Step::County) && ownCounty;
        break;
    case Role::City:
        allowed = step == Step::City;
        break;
    }
    if (allowed)
        return {};
    return fail(
        CoreText::tr("%1 cannot record %2 of unit %3 (%4): %5")
            .arg(describe(), stepText(step), enrollment.unitCode, enrollment.county,
                 step == Step::City ? CoreText::tr("that is the city office's")
                 : step == Step::County
                     ? CoreText::tr("that is the county office of %1's").arg(enrollment.county)
                     : CoreText::tr("that is the unit's own, or its county office's")));
}

Result<void> Office::mayMove(State from, State to, const Enrollment& enrollment) const {
    Q_UNUSED(from);
    // Which step a move belongs to: submitting is the self-check's, accepting (or returning a
    // submitted application) the county's, rechecking and returning after acceptance the city's.
    Step step = Step::Self;
    if (to == State::CountyAccepted ||
        (to == State::Returned && enrollment.state == State::Submitted))
        step = Step::County;
    else if (to == State::CityRechecked ||
             (to == State::Returned && enrollment.state != State::Submitted))
        step = Step::City;
    if (mayScore(step, enrollment))
        return {};
    return fail(CoreText::tr("%1 cannot move unit %2 to %3")
                    .arg(describe(), enrollment.unitCode, stateName(to)));
}

Result<void> Office::mayName() const {
    if (role == Role::All || role == Role::City)
        return {};
    return fail(
        CoreText::tr("%1 cannot name or revoke: that is the city office's").arg(describe()));
}

Office Offices::current(Database& db) {
    Office office;
    Statement& query = db.cached("SELECT id, uid, name, role, coalesce(county, ''), coalesce(unit, "
                                 "'') FROM offices WHERE id = ?");
    if (query.bind(1, db.officeId()).step()) {
        office.id = query.int64(0);
        office.uid = query.text(1);
        office.name = query.text(2);
        office.role = parseRole(query.text(3)).value_or(Role::All);
        office.county = query.text(4);
        office.unit = query.text(5);
    }
    return office;
}

Result<Office> Offices::configure(Database& db, const QString& name, Role role,
                                  const QString& county, const QString& unit) {
    const Office existing = current(db);
    if (existing.role != Role::All)
        return fail(
            CoreText::tr("%1 already belongs to %2 (%3); make a new database for another office")
                .arg(db.path(), existing.describe(), existing.name));
    if (name.trimmed().isEmpty())
        return fail(CoreText::tr("the office needs a name"));
    if (role == Role::County && county.trimmed().isEmpty())
        return fail(CoreText::tr("a county office needs its county"));
    Statement& update = db.cached(
        "UPDATE offices SET name = ?, role = ?, county = ?, unit = ?, updated_at = ? WHERE id = ?");
    update.bind(1, name.trimmed())
        .bind(2, roleName(role))
        .bind(3, county.trimmed().isEmpty() ? QString() : county.trimmed())
        .bind(4, unit.trimmed().isEmpty() ? QString() : unit.trimmed())
        .bind(5, nowMs())
        .bind(6, db.officeId());
    if (!update.exec())
        return fail(db.lastError());
    return current(db);
}

Result<std::int64_t> Offices::add(Database& db, const Office& office, const QString& publicKey) {
    Statement& insert = db.cached(
        "INSERT INTO offices(uid, name, role, county, unit, public_key, trusted, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?)");
    if (!insert.bind(1, office.uid)
             .bind(2, office.name)
             .bind(3, roleName(office.role))
             .bind(4, office.county)
             .bind(5, office.unit)
             .bind(6, publicKey.isEmpty() ? std::optional<QString>() : publicKey)
             .bind(7, publicKey.isEmpty() ? 0 : 1)
             .bind(8, nowMs())
             .exec())
        return fail(db.lastError());
    return db.lastInsertId();
}

Result<void> Offices::update(Database& db, std::int64_t id, const Office& office,
                             const QString& publicKey) {
    Statement& update =
        db.cached("UPDATE offices SET name = ?, role = ?, county = ?, unit = ?, public_key = ?, "
                  "trusted = 1, updated_at = ? WHERE id = ?");
    if (!update.bind(1, office.name)
             .bind(2, roleName(office.role))
             .bind(3, office.county)
             .bind(4, office.unit)
             .bind(5, publicKey)
             .bind(6, nowMs())
             .bind(7, id)
             .exec())
        return fail(db.lastError());
    return {};
}

Result<void> Offices::setPublicKey(Database& db, std::int64_t id, const QString& publicKey) {
    Statement& update =
        db.cached("UPDATE offices SET public_key = ?, trusted = 1, updated_at = ? WHERE id = ?");
    if (!update.bind(1, publicKey).bind(2, nowMs()).bind(3, id).exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
