#include "Conflicts.h"

#include "core/common/Labels.h"

#include "core/common/CoreText.h"

#include "core/common/Ids.h"
#include "core/common/Points.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace lianping {

namespace {

QString show(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return Labels::yesNo(value.toBool());
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// What differs, field by field (scores indicator by indicator), ours ≠ theirs.
QString differences(const std::optional<Record>& ours, const Record& theirs) {
    if (!ours)
        return CoreText::tr("ours no longer exists");
    QStringList parts;
    for (auto it = theirs.data.begin(); it != theirs.data.end(); ++it) {
        const QJsonValue mine = ours->data.value(it.key());
        if (mine == it.value())
            continue;
        if (it.key() == QLatin1String("scores")) {
            std::map<QString, QString> a;
            std::map<QString, QString> b;
            for (const QJsonValue& v : mine.toArray())
                a[v.toArray()[0].toString()] = formatPoints(v.toArray()[1].toInt());
            for (const QJsonValue& v : it.value().toArray())
                b[v.toArray()[0].toString()] = formatPoints(v.toArray()[1].toInt());
            for (const auto& [code, points] : a)
                if (b[code] != points)
                    parts << QStringLiteral("%1: %2 ≠ %3")
                                 .arg(code, points,
                                      b[code].isEmpty() ? QStringLiteral("—") : b[code]);
            for (const auto& [code, points] : b)
                if (!a.count(code))
                    parts << QStringLiteral("%1: — ≠ %2").arg(code, points);
            continue;
        }
        const bool state = it.key() == QLatin1String("state");
        parts << QStringLiteral("%1:%2 ≠ %3")
                     .arg(Labels::field(it.key()),
                          state ? Labels::state(mine.toString()) : show(mine),
                          state ? Labels::state(it.value().toString()) : show(it.value()));
    }
    return parts.join(QStringLiteral(";"));
}

} // namespace

std::vector<Conflict> Conflicts::open() const {
    std::vector<Conflict> list;
    Statement query = m_db.prepare(
        "SELECT c.id, c.kind, c.record, coalesce(c.unit_code, ''), c.campaign_year, "
        "coalesce(o.name, c.origin), c.detected_at, c.incoming FROM conflicts c "
        "LEFT JOIN offices o ON o.uid = c.origin WHERE c.resolved_at IS NULL ORDER BY c.id");
    std::vector<std::pair<Conflict, QByteArray>> rows;
    while (query.step()) {
        Conflict conflict;
        conflict.id = query.int64(0);
        conflict.kind = query.text(1);
        conflict.record = query.text(2);
        conflict.unitCode = query.text(3);
        if (!query.isNull(4))
            conflict.year = query.integer(4);
        conflict.origin = query.text(5);
        conflict.detectedAt = query.int64(6);
        rows.emplace_back(std::move(conflict), query.text(7).toUtf8());
    }
    RecordStore store(m_db);
    for (auto& [conflict, json] : rows) {
        const std::optional<Record> theirs =
            Record::fromJson(QJsonDocument::fromJson(json).object());
        if (!theirs)
            continue;
        conflict.theirs = *theirs;
        Result<std::optional<Record>> ours = store.local(theirs->kind, theirs->key);
        if (ours)
            conflict.ours = *ours;
        conflict.differences = differences(conflict.ours, conflict.theirs);
        list.push_back(std::move(conflict));
    }
    return list;
}

Result<void> Conflicts::store(const Record& incoming, const QString& originUid,
                              const QString& packageId) {
    Statement& existing =
        m_db.cached("SELECT 1 FROM conflicts WHERE record = ? AND resolved_at IS NULL AND "
                    "json_extract(incoming, '$.hash') = ?");
    const bool known = existing.bind(1, incoming.key).bind(2, incoming.version.hash).step();
    existing.reset();
    if (known)
        return {};
    Statement& insert = m_db.cached(
        "INSERT INTO conflicts(record, kind, unit_code, campaign_year, origin, package_id, "
        "incoming, detected_at) VALUES (?,?,?,?,?,?,?,?)");
    if (!insert.bind(1, incoming.key)
             .bind(2, kindName(incoming.kind))
             .bind(3, incoming.unitCode())
             .bind(4, incoming.year() ? std::optional<int>(incoming.year()) : std::nullopt)
             .bind(5, originUid)
             .bind(6, packageId)
             .bind(7, QString::fromUtf8(
                          QJsonDocument(incoming.toJson()).toJson(QJsonDocument::Compact)))
             .bind(8, nowMs())
             .exec())
        return fail(m_db.lastError());
    return {};
}

Result<void> Conflicts::resolve(std::int64_t id, bool keepTheirs) {
    std::optional<Conflict> conflict;
    for (Conflict& open : this->open())
        if (open.id == id)
            conflict = std::move(open);
    if (!conflict)
        return fail(CoreText::tr("there is no open conflict %1 (see `conflicts list`)").arg(id));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    RecordStore store(m_db);
    // The kept content becomes a new version that descends from both.
    Record kept = keepTheirs || !conflict->ours ? conflict->theirs : *conflict->ours;
    kept.version.stamp = std::max({nowMs(), conflict->theirs.version.stamp + 1,
                                   conflict->ours ? conflict->ours->version.stamp + 1 : 0});
    LP_TRY(store.remember(kept.key, conflict->theirs.version));
    if (conflict->ours)
        LP_TRY(store.remember(kept.key, conflict->ours->version));
    const QString note =
        CoreText::tr("conflict %1 resolved: kept %2")
            .arg(id)
            .arg(keepTheirs ? CoreText::tr("the version from %1").arg(conflict->origin)
                            : CoreText::tr("this database's version"));
    LP_TRY(store.write(kept, conflict->ours, m_db.officeId(), note));
    LP_TRY(store.remember(kept.key, kept.version));
    Statement& done =
        m_db.cached("UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?");
    if (!done.bind(1, nowMs())
             .bind(2, keepTheirs ? QStringLiteral("theirs") : QStringLiteral("ours"))
             .bind(3, id)
             .exec())
        return fail(m_db.lastError());
    // Any other open conflict on the same record is settled by the same choice.
    Statement& others = m_db.cached(
        "UPDATE conflicts SET resolved_at = ?, resolution = 'superseded' WHERE record = ? AND "
        "resolved_at IS NULL");
    if (!others.bind(1, nowMs()).bind(2, conflict->record).exec())
        return fail(m_db.lastError());
    return transaction.commit();
}

} // namespace lianping
