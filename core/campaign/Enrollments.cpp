#include "Enrollments.h"

#include "core/common/CoreText.h"
#include "core/common/Ids.h"

#include <QCoreApplication>

#include "core/storage/Database.h"

namespace lianping {

namespace {

constexpr const char* enrollmentColumns =
    "SELECT e.id, e.campaign_id, c.year, e.unit_id, u.code, co.name, e.rubric_id, e.state, "
    "e.returned_from FROM enrollments e JOIN campaigns c ON c.id = e.campaign_id "
    "JOIN units u ON u.id = e.unit_id JOIN counties co ON co.id = u.county_id ";

Enrollment read(const Statement& row) {
    Enrollment enrollment;
    enrollment.id = row.int64(0);
    enrollment.campaignId = row.int64(1);
    enrollment.year = row.integer(2);
    enrollment.unitId = row.int64(3);
    enrollment.unitCode = row.text(4);
    enrollment.county = row.text(5);
    enrollment.rubricId = row.int64(6);
    enrollment.state = parseState(row.text(7)).value_or(State::Draft);
    if (!row.isNull(8))
        enrollment.returnedFrom = parseState(row.text(8));
    return enrollment;
}

} // namespace

Result<Enrollment> Enrollments::find(Database& db, int year, const QString& unitCode) {
    static const QByteArray sql = QByteArray(enrollmentColumns) + "WHERE c.year = ? AND u.code = ?";
    Statement& query = db.cached(sql.constData());
    if (query.bind(1, year).bind(2, unitCode.trimmed()).step())
        return read(query);
    Statement& unit = db.cached("SELECT 1 FROM units WHERE code = ?");
    if (!unit.bind(1, unitCode.trimmed()).step())
        return fail(CoreText::tr("unknown unit %1").arg(unitCode));
    Statement& campaign = db.cached("SELECT 1 FROM campaigns WHERE year = ?");
    if (!campaign.bind(1, year).step())
        return fail(
            CoreText::tr("there is no campaign for %1 (create it with `campaign create %1`)")
                .arg(year));
    return fail(CoreText::tr("unit %1 is not enrolled in campaign %2 (use `campaign enroll %2 "
                             "--unit %1`)")
                    .arg(unitCode)
                    .arg(year));
}

Result<Enrollment> Enrollments::findById(Database& db, std::int64_t id) {
    static const QByteArray sql = QByteArray(enrollmentColumns) + "WHERE e.id = ?";
    Statement& query = db.cached(sql.constData());
    if (query.bind(1, id).step())
        return read(query);
    return fail(CoreText::tr("no enrollment %1").arg(id));
}

Result<void> Enrollments::setState(Database& db, std::int64_t id, State to,
                                   std::optional<State> returnedFrom, const QString& reason) {
    Statement& update = db.cached(
        "UPDATE enrollments SET state = ?, returned_from = ?, return_reason = ?, updated_at = ?, "
        "owner = ? WHERE id = ?");
    update.bind(1, stateName(to))
        .bind(2, returnedFrom ? stateName(*returnedFrom) : QString())
        .bind(3, returnedFrom ? reason : QString())
        .bind(4, nowMs())
        .bind(5, db.officeId())
        .bind(6, id);
    if (!update.exec())
        return fail(db.lastError());
    return {};
}

Result<void> Enrollments::linkNaming(Database& db, std::int64_t id, std::int64_t namingId) {
    Statement& link = db.cached("UPDATE enrollments SET naming_id = ? WHERE id = ?");
    if (!link.bind(1, namingId).bind(2, id).exec())
        return fail(db.lastError());
    return {};
}

} // namespace lianping
