// Records, their kinds and versions (see Records.h); RecordStore is in Records.cpp.
#include "Records.h"

#include "core/common/JsonText.h"
#include "core/exchange/Crypto.h"

#include <QJsonDocument>

#include <array>

namespace lianping {

namespace {

// In RecordKind's order.
constexpr std::array<const char*, 15> kindNames = {
    "unit",          "naming",      "enrollment",  "sheet",         "revocation",
    "rectification", "sample",      "task",        "task_progress", "index_model",
    "survey_round",  "index_input", "review_step", "evidence",      "finding"};
static_assert(kindNames.size() == static_cast<std::size_t>(RecordKind::Finding) + 1);

QString str(const QJsonObject& data, const char* name) {
    return data.value(QLatin1String(name)).toString();
}

} // namespace

QString kindName(RecordKind kind) {
    return QString::fromLatin1(kindNames[static_cast<std::size_t>(kind)]);
}

std::optional<RecordKind> parseKind(const QString& name) {
    for (std::size_t i = 0; i < kindNames.size(); ++i)
        if (name == QLatin1String(kindNames[i]))
            return static_cast<RecordKind>(i);
    return std::nullopt;
}

Record Record::draft(RecordKind kind, QString key, std::int64_t stamp, QString owner,
                     QJsonObject data) {
    Record record;
    record.kind = kind;
    record.key = std::move(key);
    record.owner = std::move(owner);
    record.version.stamp = stamp;
    record.data = std::move(data);
    return record;
}

Record Record::make(RecordKind kind, QString key, std::int64_t stamp, QString owner,
                    QJsonObject data) {
    Record record = draft(kind, std::move(key), stamp, std::move(owner), std::move(data));
    record.seal();
    return record;
}

Record Record::draftText(RecordKind kind, QString key, std::int64_t stamp, QString owner,
                         QByteArray compactData) {
    Record record = draft(kind, std::move(key), stamp, std::move(owner), {});
    record.compactData = std::move(compactData);
    return record;
}

void Record::seal() {
    if (sealed())
        return;
    if (compactData.isEmpty())
        compactData = QJsonDocument(data).toJson(QJsonDocument::Compact);
    version.hash = crypto::contentHash(compactData);
}

void Record::unpack() {
    if (data.isEmpty() && !compactData.isEmpty())
        data = QJsonDocument::fromJson(compactData).object();
}

QString Record::hashOf(const QJsonObject& data) {
    return crypto::contentHash(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

QString Record::unitCode() const {
    if (kind == RecordKind::Unit)
        return str(data, "code");
    return str(data, "unit");
}

int Record::year() const {
    return data.value(QStringLiteral("year")).toInt();
}

QJsonObject Record::toJson() const {
    QJsonArray versions;
    for (const Version& v : known)
        versions.append(QJsonArray{static_cast<double>(v.stamp), v.hash});
    return QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("stamp"), static_cast<double>(version.stamp)},
                       {QStringLiteral("hash"), version.hash},
                       {QStringLiteral("owner"), owner},
                       {QStringLiteral("known"), versions},
                       {QStringLiteral("data"), data}};
}

QByteArray Record::toLine() const {
    Q_ASSERT(sealed());
    if (compactData.isEmpty())
        return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    // The fields of toJson() in its order (keys sorted), the data as serialized to hash it.
    QByteArray line;
    line.reserve(compactData.size() + key.size() + owner.size() + 96 +
                 48 * qsizetype(known.size()));
    line += "{\"data\":";
    line += compactData;
    line += ",\"hash\":";
    json::appendString(line, version.hash);
    line += ",\"key\":";
    json::appendString(line, key);
    line += ",\"kind\":\"";
    line += kindNames[static_cast<std::size_t>(kind)];
    line += "\",\"known\":[";
    for (std::size_t i = 0; i < known.size(); ++i) {
        line += i ? ",[" : "[";
        json::appendInt(line, known[i].stamp);
        line += ',';
        json::appendString(line, known[i].hash);
        line += ']';
    }
    line += "],\"owner\":";
    json::appendString(line, owner);
    line += ",\"stamp\":";
    json::appendInt(line, version.stamp);
    line += '}';
    return line;
}

std::optional<Record> Record::fromJson(const QJsonObject& json) {
    const std::optional<RecordKind> kind = parseKind(json.value(QStringLiteral("kind")).toString());
    if (!kind || !json.value(QStringLiteral("data")).isObject())
        return std::nullopt;
    Record record;
    record.kind = *kind;
    record.key = json.value(QStringLiteral("key")).toString();
    record.version.stamp =
        static_cast<std::int64_t>(json.value(QStringLiteral("stamp")).toDouble());
    record.version.hash = json.value(QStringLiteral("hash")).toString();
    record.owner = json.value(QStringLiteral("owner")).toString();
    record.data = json.value(QStringLiteral("data")).toObject();
    for (const QJsonValue& value : json.value(QStringLiteral("known")).toArray()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() == 2)
            record.known.push_back(
                Version{static_cast<std::int64_t>(pair[0].toDouble()), pair[1].toString()});
    }
    // The key must be of the kind: a package whose records do not add up is refused as a
    // whole. (The hash is the sender's, covered by the package signature.)
    if (record.key.isEmpty() || !record.key.startsWith(kindName(*kind) + QLatin1Char('/')) ||
        record.version.hash.size() != 32)
        return std::nullopt;
    return record;
}

ScopeCondition unitCondition(const RecordScope& scope) {
    ScopeCondition condition;
    if (!scope.county.isEmpty()) {
        condition.sql += " AND u.county_id = (SELECT id FROM counties WHERE name = ?)";
        condition.params << scope.county;
    }
    if (!scope.typeCode.isEmpty()) {
        condition.sql += " AND u.type_id = (SELECT id FROM unit_types WHERE code = ? OR name = ?)";
        condition.params << scope.typeCode << scope.typeCode;
    }
    return condition;
}

} // namespace lianping
