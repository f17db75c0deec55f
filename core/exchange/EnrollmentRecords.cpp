#include "EnrollmentRecords.h"

#include "core/campaign/EnrollmentRows.h"
#include "core/common/CoreText.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace lianping {

using records::str;

namespace {

constexpr const char* enrollmentColumns =
    "SELECT c.year, u.code, t.code, r.year, r.version, e.state, coalesce(e.returned_from, ''), "
    "coalesce(e.return_reason, ''), coalesce(n.decision, ''), o.uid, e.updated_at "
    "FROM enrollments e JOIN campaigns c ON c.id = e.campaign_id "
    "JOIN units u ON u.id = e.unit_id JOIN rubrics r ON r.id = e.rubric_id "
    "JOIN unit_types t ON t.id = r.type_id LEFT JOIN namings n ON n.id = e.naming_id "
    "JOIN offices o ON o.id = e.owner";

Record enrollmentRecord(const Statement& q) {
    const QJsonObject rubric{{QStringLiteral("type"), q.text(2)},
                             {QStringLiteral("year"), q.integer(3)},
                             {QStringLiteral("version"), q.integer(4)}};
    QJsonObject data{
        {QStringLiteral("year"), q.integer(0)},       {QStringLiteral("unit"), q.text(1)},
        {QStringLiteral("rubric"), rubric},           {QStringLiteral("state"), q.text(5)},
        {QStringLiteral("returned_from"), q.text(6)}, {QStringLiteral("return_reason"), q.text(7)},
        {QStringLiteral("naming"), q.text(8)}};
    return Record::draft(RecordKind::Enrollment,
                         QStringLiteral("enrollment/%1/%2").arg(q.integer(0)).arg(q.text(1)),
                         q.int64(10), q.text(9), std::move(data));
}

Result<std::int64_t> rubricOf(Database& db, const QJsonObject& rubric) {
    const int year = rubric.value(QStringLiteral("year")).toInt();
    const int version = rubric.value(QStringLiteral("version")).toInt();
    return records::requireId(
        records::single(db,
                        "SELECT r.id FROM rubrics r JOIN unit_types t ON t.id = r.type_id WHERE "
                        "t.code = ? AND r.year = ? AND r.version = ?",
                        {str(rubric, "type"), QString::number(year), QString::number(version)}),
        CoreText::tr("rubric %1 %2 version %3").arg(str(rubric, "type")).arg(year).arg(version));
}

} // namespace

std::optional<Record> EnrollmentRecords::load(RecordContext& context, const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    const auto found =
        parts.size() == 3 ? records::enrollment(context, parts[1].toInt(), parts[2]) : std::nullopt;
    if (!found)
        return std::nullopt;
    Statement& q =
        context.db.cached((QByteArray(enrollmentColumns) + " WHERE e.id = ?").constData());
    if (!q.bind(1, found->first).step())
        return std::nullopt;
    Record record = enrollmentRecord(q);
    q.reset();
    return record;
}

Result<void> EnrollmentRecords::forEach(Database& db, const ScopeQuery& scope,
                                        const RecordStore::RecordVisitor& visit) {
    Statement all = db.prepare(
        (QByteArray(enrollmentColumns) + " WHERE e.id IN (" + scope.enrolled + ") ORDER BY u.code")
            .constData());
    scope.bind(all, true);
    while (all.step())
        LP_TRY(visit(enrollmentRecord(all)));
    return {};
}

Result<bool> EnrollmentRecords::write(RecordContext& context, const Record& in,
                                      const std::optional<Record>& old, std::int64_t ownerId) {
    Database& db = context.db;
    const QJsonObject& d = in.data;
    const int year = in.year();
    Result<std::int64_t> campaign = records::campaignId(db, year);
    if (!campaign)
        return campaign.error();
    Result<std::int64_t> unit = records::requireId(records::unitId(context, in.unitCode()),
                                                   CoreText::tr("unit %1").arg(in.unitCode()));
    if (!unit)
        return unit.error();
    Result<std::int64_t> rubricId = rubricOf(db, d.value(QStringLiteral("rubric")).toObject());
    if (!rubricId)
        return rubricId.error();
    std::optional<std::int64_t> naming;
    if (!str(d, "naming").isEmpty()) {
        Result<std::int64_t> found = records::requireId(
            records::single(db, "SELECT id FROM namings WHERE campaign_id = ? AND decision = ?",
                            {QString::number(*campaign), str(d, "naming")}),
            CoreText::tr("naming decision %1").arg(str(d, "naming")));
        if (!found)
            return found.error();
        naming = *found;
    }
    const EnrollmentFields row{.campaignId = *campaign,
                               .unitId = *unit,
                               .rubricId = *rubricId,
                               .state = str(d, "state"),
                               .returnedFrom = str(d, "returned_from"),
                               .returnReason = str(d, "return_reason"),
                               .namingId = naming,
                               .owner = ownerId,
                               .updatedAt = in.version.stamp};
    if (!old) {
        Result<std::int64_t> id = EnrollmentRows::insert(db, row);
        if (!id)
            return id.error();
        context.cache.enrollments[{year, in.unitCode()}] = {*id, *rubricId};
        return true;
    }
    LP_TRY(EnrollmentRows::update(db, row));
    context.cache.enrollments.erase({year, in.unitCode()}); // the rubric may have changed
    return true;
}

} // namespace lianping
