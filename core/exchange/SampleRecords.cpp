#include "SampleRecords.h"

#include "core/common/CoreText.h"
#include "core/services/RecheckSampleRows.h"
#include "core/storage/Database.h"

#include <QJsonArray>

namespace lianping {

using records::str;

namespace {

std::optional<Record> loadById(Database& db, std::int64_t id) {
    Statement& q = db.cached(
        "SELECT s.uid, c.year, s.percent, s.seed, s.created_at, s.operator, o.uid, s.updated_at "
        "FROM recheck_samples s JOIN campaigns c ON c.id = s.campaign_id "
        "JOIN offices o ON o.id = s.owner WHERE s.id = ?");
    if (!q.bind(1, id).step())
        return std::nullopt;
    const QString uid = q.text(0);
    QJsonObject data{{QStringLiteral("year"), q.integer(1)},
                     {QStringLiteral("percent"), q.real(2)},
                     {QStringLiteral("seed"), q.text(3)},
                     {QStringLiteral("created_at"), static_cast<double>(q.int64(4))},
                     {QStringLiteral("operator"), q.text(5)}};
    const QString owner = q.text(6);
    const std::int64_t stamp = q.int64(7);
    q.reset();
    QJsonArray units;
    Statement& u = db.cached(
        "SELECT u.code, su.reason FROM recheck_sample_units su JOIN enrollments e ON e.id = "
        "su.enrollment_id JOIN units u ON u.id = e.unit_id WHERE su.sample_id = ? ORDER BY u.code");
    u.bind(1, id);
    while (u.step())
        units.append(QJsonArray{u.text(0), u.text(1)});
    data.insert(QStringLiteral("units"), units);
    return Record::draft(RecordKind::Sample, QStringLiteral("sample/") + uid, stamp, owner,
                         std::move(data));
}

} // namespace

std::optional<Record> SampleRecords::load(RecordContext& context, const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    const std::optional<std::int64_t> id =
        records::single(context.db, "SELECT id FROM recheck_samples WHERE uid = ?", {parts[1]});
    return id ? loadById(context.db, *id) : std::nullopt;
}

Result<void> SampleRecords::forEach(Database& db, const ScopeQuery& scope,
                                    const RecordStore::RecordVisitor& visit) {
    Statement samples =
        db.prepare("SELECT id FROM recheck_samples WHERE campaign_id = ? ORDER BY id");
    samples.bind(1, scope.campaign);
    std::vector<std::int64_t> ids;
    while (samples.step())
        ids.push_back(samples.int64(0));
    for (std::int64_t id : ids)
        if (std::optional<Record> record = loadById(db, id))
            LP_TRY(visit(std::move(*record)));
    return {};
}

Result<bool> SampleRecords::write(RecordContext& context, const Record& in, std::int64_t ownerId) {
    Database& db = context.db;
    const QJsonObject& d = in.data;
    const int year = in.year();
    Result<std::int64_t> campaign = records::campaignId(db, year);
    if (!campaign)
        return campaign.error();
    const QString uid = in.key.section(QLatin1Char('/'), 1);
    Result<std::int64_t> sampleId = RecheckSampleRows::upsert(
        db,
        {.uid = in.key.section(QLatin1Char('/'), 1),
         .campaignId = *campaign,
         .percent = d.value(QStringLiteral("percent")).toDouble(),
         .seed = str(d, "seed"),
         .createdAt = static_cast<std::int64_t>(d.value(QStringLiteral("created_at")).toDouble()),
         .operatorName = str(d, "operator"),
         .owner = ownerId,
         .updatedAt = in.version.stamp});
    if (!sampleId)
        return sampleId.error();
    for (const QJsonValue& value : d.value(QStringLiteral("units")).toArray()) {
        const QJsonArray unit = value.toArray();
        const auto enrolled = records::enrollment(context, year, unit[0].toString());
        Result<std::int64_t> enrollment = records::requireId(
            enrolled ? std::optional<std::int64_t>(enrolled->first) : std::nullopt,
            CoreText::tr("unit %1 in campaign %2").arg(unit[0].toString()).arg(year));
        if (!enrollment)
            return enrollment.error();
        LP_TRY(RecheckSampleRows::addUnit(db, *sampleId, *enrollment, unit[1].toString()));
    }
    return false;
}

} // namespace lianping
