#include "CaseRecords.h"

#include "core/storage/Database.h"

#include <array>

namespace lianping {

using records::str;

namespace {

// The columns each kind carries, in the order of its table's statements.
struct Columns {
    const char* table;
    const char* key;
    std::array<const char*, 4> fields;
};

constexpr Columns revocation{
    "revocations", "revocation", {"reason", "revoked_on", "document", "operator"}};
constexpr Columns rectification{
    "rectifications", "rectification", {"text", "deadline", "responsible", "status"}};

const Columns& columnsOf(RecordKind kind) {
    return kind == RecordKind::Revocation ? revocation : rectification;
}

std::optional<Record> loadById(Database& db, RecordKind kind, std::int64_t id) {
    const Columns& c = columnsOf(kind);
    const QByteArray sql = QByteArray("SELECT r.uid, c.year, u.code, r.") + c.fields[0] + ", r." +
                           c.fields[1] + ", r." + c.fields[2] + ", r." + c.fields[3] +
                           ", o.uid, r.updated_at FROM " + c.table +
                           " r JOIN enrollments e ON e.id = r.enrollment_id "
                           "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = "
                           "e.unit_id JOIN offices o ON o.id = r.owner WHERE r.id = ?";
    Statement& q = db.cached(sql.constData());
    if (!q.bind(1, id).step())
        return std::nullopt;
    QJsonObject data{{QStringLiteral("year"), q.integer(1)}, {QStringLiteral("unit"), q.text(2)}};
    for (int i = 0; i < 4; ++i)
        data.insert(QLatin1String(c.fields[i]), q.text(3 + i));
    Record record = Record::draft(kind, QLatin1String(c.key) + QLatin1Char('/') + q.text(0),
                                  q.int64(8), q.text(7), std::move(data));
    q.reset();
    return record;
}

} // namespace

bool CaseRecords::handles(RecordKind kind) {
    return kind == RecordKind::Revocation || kind == RecordKind::Rectification;
}

std::optional<Record> CaseRecords::load(RecordContext& context, RecordKind kind,
                                        const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    const QByteArray sql = QByteArray("SELECT id FROM ") + columnsOf(kind).table + " WHERE uid = ?";
    const std::optional<std::int64_t> id = records::single(context.db, sql.constData(), {parts[1]});
    return id ? loadById(context.db, kind, *id) : std::nullopt;
}

Result<void> CaseRecords::forEach(Database& db, RecordKind kind, const ScopeQuery& scope,
                                  const RecordStore::RecordVisitor& visit) {
    Statement query =
        db.prepare((QByteArray("SELECT r.id FROM ") + columnsOf(kind).table +
                    " r WHERE r.enrollment_id IN (" + scope.enrolled + ") ORDER BY r.id")
                       .constData());
    scope.bind(query, true);
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    for (std::int64_t id : ids)
        if (std::optional<Record> record = loadById(db, kind, id))
            LP_TRY(visit(std::move(*record)));
    return {};
}

Result<bool> CaseRecords::write(RecordContext& context, const Record& in,
                                const std::optional<Record>& old, std::int64_t ownerId) {
    Database& db = context.db;
    const QJsonObject& d = in.data;
    Result<std::pair<std::int64_t, std::int64_t>> enrolled = records::enrollmentOf(context, d);
    if (!enrolled)
        return enrolled.error();
    const Columns& c = columnsOf(in.kind);
    const QString uid = in.key.section(QLatin1Char('/'), 1);
    QByteArray sql;
    if (!old)
        sql = QByteArray("INSERT INTO ") + c.table + "(" + c.fields[0] + ", " + c.fields[1] + ", " +
              c.fields[2] + ", " + c.fields[3] +
              ", owner, updated_at, uid, enrollment_id) VALUES (?,?,?,?,?,?,?,?)";
    else
        sql = QByteArray("UPDATE ") + c.table + " SET " + c.fields[0] + " = ?, " + c.fields[1] +
              " = ?, " + c.fields[2] + " = ?, " + c.fields[3] +
              " = ?, owner = ?, updated_at = ? WHERE uid = ?";
    Statement& statement = db.cached(sql.constData());
    for (int i = 0; i < 4; ++i)
        statement.bind(i + 1, str(d, c.fields[i]));
    statement.bind(5, ownerId).bind(6, in.version.stamp).bind(7, uid);
    if (!old)
        statement.bind(8, enrolled->first);
    if (!statement.exec())
        return fail(db.lastError());
    return true;
}

} // namespace lianping
