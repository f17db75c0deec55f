// Records, their kinds and versions (see Records.h); RecordStore is in Records.cpp.
#include "Records.h"

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

Record Record::make(RecordKind kind, QString key, std::int64_t stamp, QString owner,
                    QJsonObject data) {
    Record record;
    record.kind = kind;
    record.key = std::move(key);
    record.owner = std::move(owner);
    record.compactData = QJsonDocument(data).toJson(QJsonDocument::Compact);
    record.version = Version{stamp, crypto::contentHash(record.compactData)};
    record.data = std::move(data);
    return record;
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
    if (compactData.isEmpty())
        return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    // toJson() without its data, which sorts first ("data" < "hash" < …): the line is the
    // same bytes as the whole object's, with the data serialized once.
    QJsonArray versions;
    for (const Version& v : known)
        versions.append(QJsonArray{static_cast<double>(v.stamp), v.hash});
    const QByteArray rest =
        QJsonDocument(QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                                  {QStringLiteral("key"), key},
                                  {QStringLiteral("stamp"), static_cast<double>(version.stamp)},
                                  {QStringLiteral("hash"), version.hash},
                                  {QStringLiteral("owner"), owner},
                                  {QStringLiteral("known"), versions}})
            .toJson(QJsonDocument::Compact);
    QByteArray line;
    line.reserve(compactData.size() + rest.size() + 8);
    line += "{\"data\":";
    line += compactData;
    line += ',';
    line += QByteArrayView(rest).sliced(1);
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
