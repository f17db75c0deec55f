#include "NamingRecords.h"

#include "core/pipeline/NamingRows.h"
#include "core/storage/Database.h"

namespace lianping {

using records::str;

namespace {

std::optional<Record> loadById(Database& db, std::int64_t id) {
    Statement& q = db.cached(
        "SELECT c.year, n.decision, n.decided_on, n.operator, o.uid, n.updated_at FROM namings n "
        "JOIN campaigns c ON c.id = n.campaign_id JOIN offices o ON o.id = n.owner WHERE n.id = ?");
    if (!q.bind(1, id).step())
        return std::nullopt;
    QJsonObject data{{QStringLiteral("year"), q.integer(0)},
                     {QStringLiteral("decision"), q.text(1)},
                     {QStringLiteral("decided_on"), q.text(2)},
                     {QStringLiteral("operator"), q.text(3)}};
    Record record = Record::draft(RecordKind::Naming,
                                  QStringLiteral("naming/%1/%2").arg(q.integer(0)).arg(q.text(1)),
                                  q.int64(5), q.text(4), std::move(data));
    q.reset();
    return record;
}

} // namespace

std::optional<Record> NamingRecords::load(RecordContext& context, const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() < 3)
        return std::nullopt;
    const std::optional<std::int64_t> id =
        records::single(context.db,
                        "SELECT n.id FROM namings n JOIN campaigns c ON c.id = n.campaign_id "
                        "WHERE c.year = ? AND n.decision = ?",
                        {parts[1], parts.mid(2).join(QLatin1Char('/'))});
    return id ? loadById(context.db, *id) : std::nullopt;
}

Result<void> NamingRecords::forEach(Database& db, const ScopeQuery& scope,
                                    const RecordStore::RecordVisitor& visit) {
    Statement query = db.prepare(("SELECT DISTINCT e.naming_id FROM (" + scope.enrolled +
                                  ") x JOIN enrollments e ON e.id = x.id WHERE e.naming_id IS "
                                  "NOT NULL ORDER BY e.naming_id")
                                     .constData());
    scope.bind(query, true);
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    for (std::int64_t id : ids)
        if (std::optional<Record> record = loadById(db, id))
            LP_TRY(visit(std::move(*record)));
    return {};
}

Result<bool> NamingRecords::write(RecordContext& context, const Record& in,
                                  const std::optional<Record>& old, std::int64_t ownerId) {
    Database& db = context.db;
    const QJsonObject& d = in.data;
    Result<std::int64_t> campaign = records::campaignId(db, in.year());
    if (!campaign)
        return campaign.error();
    const NamingFields row{.campaignId = *campaign,
                           .decision = str(d, "decision"),
                           .decidedOn = str(d, "decided_on"),
                           .operatorName = str(d, "operator"),
                           .owner = ownerId,
                           .updatedAt = in.version.stamp};
    if (!old) {
        Result<std::int64_t> id = NamingRows::insert(db, row);
        if (!id)
            return id.error();
        return false;
    }
    LP_TRY(NamingRows::update(db, row));
    return false;
}

} // namespace lianping
