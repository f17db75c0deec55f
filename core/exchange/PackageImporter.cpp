#include "PackageImporter.h"

#include "common/Labels.h"

#include "common/CoreText.h"

#include "campaign/CampaignRepository.h"
#include "common/Ids.h"
#include "exchange/Crypto.h"
#include "exchange/IncomingFiles.h"
#include "exchange/OwnershipPolicy.h"
#include "exchange/PackageFile.h"
#include "exchange/PackageVerifier.h"
#include "exchange/ParsedPayload.h"
#include "exchange/PayloadLines.h"
#include "exchange/Records.h"
#include "followup/FollowUps.h"
#include "registry/TypeRepository.h"
#include "rubric/RubricJson.h"
#include "rubric/RubricRepository.h"
#include "scoring/Step.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <set>

namespace lianping {

namespace {

class Importer {
public:
    Importer(Database& db, const OfficeKey& origin, const QString& packageId, ImportReport& report)
        : m_db(db)
        , m_origin(origin)
        , m_packageId(packageId)
        , m_report(report)
        , m_store(db)
        , m_note(CoreText::tr("package %1 from %2").arg(packageId.right(12), origin.office.name)) {}

    void expectFiles(const std::set<QString>& hashes) { m_store.expectFiles(hashes); }

    // The payload's lines: the header, the records, the history, the end line with counts.
    Result<void> apply(PayloadLines& lines, qint64 expectedRecords) {
        const QString damaged = CoreText::tr("the package contents are damaged");
        const std::optional<QByteArray> first = lines.next();
        const QJsonObject header = first ? QJsonDocument::fromJson(*first).object() : QJsonObject();
        if (header.value(QStringLiteral("format")).toString() !=
                QLatin1String("lianping-package-payload") ||
            header.value(QStringLiteral("version")).toInt() != 2)
            return fail(
                lines.failed() || !first
                    ? damaged
                    : CoreText::tr("the package contents are not in a format this Lianping reads"));
        LP_TRY(applyTypes(header.value(QStringLiteral("types")).toArray()));
        LP_TRY(applyRubrics(header.value(QStringLiteral("rubrics")).toArray()));
        LP_TRY(applyCampaign(header.value(QStringLiteral("campaign")).toObject()));
        for (const QJsonValue& value : header.value(QStringLiteral("offices")).toArray()) {
            const Office office = PackageVerifier::officeFrom(value.toObject());
            if (office.uid.isEmpty())
                return fail(CoreText::tr("the package names an office without an id"));
            Result<std::int64_t> id = OfficeKeys::localId(m_db, office);
            if (!id)
                return id.error();
            m_offices[office.uid] = *id;
        }
        m_offices[m_origin.office.uid] = m_origin.office.id;
        OwnershipPolicy policy(m_db);
        if (expectedRecords > 1000)
            LP_TRY(m_store.deferSheetTotals());
        int records = 0;
        int history = 0;
        bool settled = false;
        auto settle = [&]() -> Result<void> {
            if (!settled)
                LP_TRY(m_store.settleSheetTotals());
            settled = true;
            return {};
        };
        // Lines are read and parsed on a worker thread while records are merged here.
        ParsedPayload parsed(lines);
        for (;;) {
            ParsedPayload::Item item = parsed.next();
            if (item.type == ParsedPayload::Item::Type::Cut)
                return fail(damaged);                              // cut short before its end line
            if (item.type == ParsedPayload::Item::Type::History) { // after every record
                LP_TRY(settle());
                ++history;
                LP_TRY(applyHistoryRow(item.history));
                continue;
            }
            if (item.type == ParsedPayload::Item::Type::End) {
                if (item.end.value(QStringLiteral("records")).toInt(-1) != records ||
                    item.end.value(QStringLiteral("history")).toInt(-1) != history || item.trailing)
                    return fail(damaged);
                break;
            }
            if (settled)
                return fail(damaged); // a record after the history
            ++records;
            if (!item.record)
                return fail(CoreText::tr("record %1 of the package is damaged").arg(records));
            policy.note(*item.record);
            LP_TRY(merge(*item.record, policy));
        }
        LP_TRY(settle());
        for (const auto& [year, enrollments] : m_touched)
            LP_TRY(FollowUps(m_db).syncMany(year, enrollments));
        return {};
    }

private:
    Result<void> applyTypes(const QJsonArray& types) {
        TypeRepository repository(m_db);
        for (const QJsonValue& value : types) {
            const QJsonObject type = value.toObject();
            const QString code = type.value(QStringLiteral("code")).toString();
            if (code.isEmpty() || repository.find(code))
                continue;
            Result<UnitType> added =
                repository.add(code, type.value(QStringLiteral("name")).toString(),
                               type.value(QStringLiteral("lead")).toString());
            if (!added)
                return added.error();
        }
        return {};
    }

    Result<void> applyRubrics(const QJsonArray& rubrics) {
        RubricRepository repository(m_db);
        for (const QJsonValue& value : rubrics) {
            const QJsonObject entry = value.toObject();
            const QString type = entry.value(QStringLiteral("type")).toString();
            const int year = entry.value(QStringLiteral("year")).toInt();
            const int version = entry.value(QStringLiteral("version")).toInt();
            if (repository.find(type, year, version))
                continue;
            Result<Rubric> parsed =
                RubricJson::parse(entry.value(QStringLiteral("json")).toString().toUtf8(),
                                  CoreText::tr("the package's rubric %1 %2").arg(type).arg(year));
            if (!parsed)
                return parsed.error();
            Result<Rubric> added = repository.add(*parsed);
            if (!added)
                return added.error();
            if (added->version != version)
                return fail(
                    CoreText::tr("the package uses rubric %1 %2 version %3, but this database "
                                 "lacks the versions before it")
                        .arg(type)
                        .arg(year)
                        .arg(version));
        }
        return {};
    }

    Result<void> applyCampaign(const QJsonObject& json) {
        const int year = json.value(QStringLiteral("year")).toInt();
        CampaignRepository campaigns(m_db);
        if (year == 0 || campaigns.find(year))
            return {};
        CampaignSettings settings;
        settings.orgWeight = json.value(QStringLiteral("org_weight")).toDouble(settings.orgWeight);
        settings.basicWeight =
            json.value(QStringLiteral("basic_weight")).toDouble(settings.basicWeight);
        settings.excellent = json.value(QStringLiteral("excellent")).toDouble(settings.excellent);
        settings.qualified = json.value(QStringLiteral("qualified")).toDouble(settings.qualified);
        if (json.contains(QStringLiteral("excellent_quota")))
            settings.excellentQuota = json.value(QStringLiteral("excellent_quota")).toDouble();
        Result<Campaign> created = campaigns.create(year, settings);
        if (!created)
            return created.error();
        return {};
    }

    Result<void> merge(const Record& incoming, OwnershipPolicy& policy) {
        KindTally& tally = m_report.kinds[kindName(incoming.kind)];
        if (m_store.knows(incoming.key, incoming.version)) {
            ++tally.unchanged;
            return {};
        }
        Result<std::optional<Record>> local = m_store.local(incoming.kind, incoming.key);
        if (!local)
            return local.error();
        if (*local && (*local)->version.hash == incoming.version.hash) {
            ++tally.unchanged;
            return rememberAll(incoming);
        }
        const QString refused = policy.refusal(m_origin.office, incoming);
        if (!refused.isEmpty()) {
            ++tally.refused;
            if (m_report.refusals.size() < 10)
                m_report.refusals << refused;
            return {};
        }
        const bool descends = !*local || std::find(incoming.known.begin(), incoming.known.end(),
                                                   (*local)->version) != incoming.known.end();
        if (!descends) {
            ++tally.conflicts;
            return recordConflict(incoming);
        }
        const auto owner = m_offices.find(incoming.owner);
        const std::int64_t ownerId = owner == m_offices.end() ? m_origin.office.id : owner->second;
        LP_TRY(m_store.write(incoming, *local, ownerId, m_note));
        ++(*local ? tally.updated : tally.added);
        if (*local)
            LP_TRY(m_store.remember(incoming.key, (*local)->version));
        LP_TRY(rememberAll(incoming));
        if (incoming.kind == RecordKind::Sheet || incoming.kind == RecordKind::Enrollment)
            if (const std::optional<std::int64_t> enrollment =
                    m_store.findEnrollment(incoming.year(), incoming.unitCode()))
                m_touched[incoming.year()].insert(*enrollment);
        return {};
    }

    Result<void> rememberAll(const Record& record) {
        LP_TRY(m_store.remember(record.key, record.version));
        for (const Version& version : record.known)
            LP_TRY(m_store.remember(record.key, version));
        return {};
    }

    Result<void> recordConflict(const Record& incoming) {
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
                 .bind(5, m_origin.office.uid)
                 .bind(6, m_packageId)
                 .bind(7, QString::fromUtf8(
                              QJsonDocument(incoming.toJson()).toJson(QJsonDocument::Compact)))
                 .bind(8, nowMs())
                 .exec())
            return fail(m_db.lastError());
        return {};
    }

    Result<void> applyHistoryRow(const QJsonArray& row) {
        Statement& exists = m_db.cached("SELECT 1 FROM history WHERE uid = ?");
        Statement& unit = m_db.cached("SELECT id FROM units WHERE code = ?");
        Statement& insert = m_db.cached(
            "INSERT INTO history(uid, at, operator, office, unit_id, campaign_year, entity, field, "
            "old_value, new_value, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        if (row.size() != 11)
            return fail(CoreText::tr("a history line of the package is damaged"));
        const QString uid = row[0].toString();
        const bool known = exists.bind(1, uid).step();
        exists.reset();
        if (known || uid.isEmpty())
            return {};
        std::optional<std::int64_t> unitId;
        if (unit.bind(1, row[4].toString()).step())
            unitId = unit.int64(0);
        unit.reset();
        const auto office = m_offices.find(row[3].toString());
        insert.bind(1, uid)
            .bind(2, static_cast<std::int64_t>(row[1].toDouble()))
            .bind(3, row[2].toString())
            .bind(4, office == m_offices.end() ? m_origin.office.id : office->second)
            .bind(5, unitId)
            .bind(6, row[5].isNull() ? std::nullopt : std::optional<int>(row[5].toInt()))
            .bind(7, row[6].toString())
            .bind(8, row[7].toString())
            .bind(9, row[8].isNull() ? QString() : row[8].toString())
            .bind(10, row[9].isNull() ? QString() : row[9].toString())
            .bind(11, row[10].toString());
        if (!insert.exec())
            return fail(m_db.lastError());
        ++m_report.historyAdded;
        return {};
    }

    Database& m_db;
    const OfficeKey& m_origin;
    QString m_packageId;
    ImportReport& m_report;
    RecordStore m_store;
    const QString m_note; // history's note for what the package overwrites
    std::map<QString, std::int64_t> m_offices;
    std::map<int, std::set<std::int64_t>> m_touched; // enrolments by campaign year
};

} // namespace

Result<ImportReport> PackageImporter::run(Database& db, const QString& path,
                                          const QByteArray& passphrase, bool dryRun) {
    ImportReport report;
    report.dryRun = dryRun;
    Result<PackageFile> file = PackageVerifier::verified(db, path, report.origin);
    if (!file)
        return file.error();
    report.manifest = file->manifest;
    report.packageId = file->manifest.value(QStringLiteral("package_id")).toString();
    Result<std::unique_ptr<PayloadLines>> lines = PayloadLines::open(*file, passphrase, path);
    if (!lines)
        return lines.error();
    qint64 expected = 0;
    const QJsonObject counts = file->manifest.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.key() != QLatin1String("history"))
            expected += it.value().toInt();
    file->payload.clear(); // the lines hold what they need
    // Every evidence file is checked before any record is read.
    Result<IncomingFiles> files = IncomingFiles::stage(db, *file, passphrase, path);
    if (!files)
        return files.error();
    report.files = files->count();

    Transaction transaction(db);
    LP_TRY(transaction.begun());
    Importer importer(db, report.origin, report.packageId, report);
    importer.expectFiles(files->hashes());
    Result<void> applied = importer.apply(**lines, expected);
    if (!applied)
        return fail(QStringLiteral("%1: %2").arg(path, applied.error().message));
    QJsonObject summary;
    for (const auto& [kind, tally] : report.kinds)
        summary.insert(kind, QJsonArray{tally.added, tally.updated, tally.unchanged,
                                        tally.conflicts, tally.refused});
    Statement& remember = db.cached(
        "INSERT INTO packages(package_id, origin, sequence, created_at, imported_at, summary) "
        "VALUES (?,?,?,?,?,?)");
    if (!remember.bind(1, report.packageId)
             .bind(2, report.origin.office.uid)
             .bind(3, file->manifest.value(QStringLiteral("sequence")).toInt())
             .bind(4, static_cast<std::int64_t>(
                          file->manifest.value(QStringLiteral("created_at")).toDouble()))
             .bind(5, nowMs())
             .bind(6, QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)))
             .exec())
        return fail(db.lastError());
    if (!dryRun) {
        LP_TRY(files->keep());
        LP_TRY(transaction.commit()); // a dry run rolls everything back
    }
    return report;
}

Result<PackageInfo> PackageImporter::inspect(Database& db, const QString& path) {
    Result<PackageFile> file = PackageFile::read(path);
    if (!file)
        return file.error();
    PackageInfo info;
    info.manifest = file->manifest;
    info.encrypted = file->encrypted;
    const Office claimed =
        PackageVerifier::officeFrom(file->manifest.value(QStringLiteral("origin")).toObject());
    info.origin = QStringLiteral("%1 (%2)").arg(claimed.describe(), claimed.name);
    info.fingerprint = file->manifest.value(QStringLiteral("fingerprint")).toString();
    const std::optional<OfficeKey> key = OfficeKeys::trusted(db, claimed.uid);
    if (claimed.uid == Offices::current(db).uid) {
        Statement& own = db.cached("SELECT coalesce(public_key, '') FROM offices WHERE uid = ?");
        own.bind(1, claimed.uid).step();
        const QByteArray publicKey = QByteArray::fromBase64(own.text(0).toLatin1());
        own.reset();
        info.verified = file->verify(publicKey, path).ok();
        info.trust = info.verified ? CoreText::tr("made by this office")
                                   : CoreText::tr("signature does not match");
    } else if (!key) {
        info.trust = CoreText::tr("unknown key: trust the office's key file first");
    } else {
        const std::optional<QByteArray> signer = PackageVerifier::signingKey(db, *key, *file);
        const Result<void> verified =
            signer ? file->verify(*signer, path)
                   : Result<void>(fail(CoreText::tr("signed with a key this database does not "
                                                    "trust for that office")));
        info.verified = verified.ok();
        info.trust =
            verified ? CoreText::tr("signature verified (trusted key %1)").arg(key->fingerprint())
                     : verified.error().message;
    }
    return info;
}

} // namespace lianping
