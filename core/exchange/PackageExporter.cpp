#include "PackageExporter.h"

#include "common/CoreText.h"
#include "common/PrivateFiles.h"

#include "campaign/CampaignRepository.h"
#include "common/Ids.h"
#include "exchange/Crypto.h"
#include "exchange/OfficeKeys.h"
#include "exchange/PackageFile.h"
#include "registry/TypeRepository.h"
#include "rubric/RubricJson.h"
#include "rubric/RubricRepository.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <set>

namespace lianping {

namespace {

QJsonObject officeJson(const Office& office) {
    return QJsonObject{{QStringLiteral("uid"), office.uid},
                       {QStringLiteral("name"), office.name},
                       {QStringLiteral("role"), roleName(office.role)},
                       {QStringLiteral("county"), office.county},
                       {QStringLiteral("unit"), office.unit}};
}

} // namespace

Result<ExportSummary> PackageExporter::write(Database& db, const RecordScope& scope,
                                             const QString& path, const QByteArray& passphrase,
                                             const KeyUnlock& key) {
    // Argon2id slows a guesser down, but not enough for a short word.
    if (!passphrase.isEmpty() && QString::fromUtf8(passphrase).size() < MinPassphraseLength)
        return fail(CoreText::tr("the passphrase is too short: use at least %1 characters")
                        .arg(MinPassphraseLength));
    Result<OfficeKey> own = OfficeKeys::own(db);
    if (!own)
        return own.error();
    Result<QByteArray> secret = OfficeKeys::secretKey(db, key);
    if (!secret)
        return secret.error();
    Result<Campaign> campaign = CampaignRepository(db).require(scope.year);
    if (!campaign)
        return campaign.error();

    Transaction transaction(db);
    LP_TRY(transaction.begun());
    RecordStore store(db);
    Result<std::vector<Record>> collected = store.collect(scope);
    if (!collected)
        return collected.error();
    ExportSummary summary;
    summary.packageId = newUid();
    QJsonArray records;
    std::set<QString> owners;
    std::set<std::tuple<QString, int, int>> rubricsInUse;
    QStringList unitCodes;
    for (Record& record : *collected) {
        record.known = store.known(record.key);
        std::erase(record.known, record.version);
        LP_TRY(store.remember(record.key, record.version));
        owners.insert(record.owner);
        if (record.kind == RecordKind::Enrollment) {
            const QJsonObject rubric = record.data.value(QStringLiteral("rubric")).toObject();
            rubricsInUse.emplace(rubric.value(QStringLiteral("type")).toString(),
                                 rubric.value(QStringLiteral("year")).toInt(),
                                 rubric.value(QStringLiteral("version")).toInt());
        }
        if (record.kind == RecordKind::Unit)
            unitCodes << record.unitCode();
        ++summary.counts[kindName(record.kind)];
        records.append(record.toJson());
    }

    QJsonArray types;
    for (const UnitType& type : TypeRepository(db).list())
        types.append(QJsonObject{{QStringLiteral("code"), type.code},
                                 {QStringLiteral("name"), type.name},
                                 {QStringLiteral("lead"), type.lead}});
    QJsonArray rubrics;
    RubricRepository rubricRepository(db);
    for (const auto& [type, year, version] : rubricsInUse)
        if (const std::optional<Rubric> rubric = rubricRepository.find(type, year, version))
            rubrics.append(QJsonObject{
                {QStringLiteral("type"), type},
                {QStringLiteral("year"), year},
                {QStringLiteral("version"), version},
                {QStringLiteral("json"), QString::fromUtf8(RubricJson::serialize(*rubric))}});
    QJsonArray offices;
    Statement& office = db.cached("SELECT uid, name, role, coalesce(county, ''), coalesce(unit, "
                                  "'') FROM offices WHERE uid = ?");
    for (const QString& uid : owners) {
        office.reset();
        if (office.bind(1, uid).step()) {
            Office entry;
            entry.uid = office.text(0);
            entry.name = office.text(1);
            entry.role = parseRole(office.text(2)).value_or(Role::All);
            entry.county = office.text(3);
            entry.unit = office.text(4);
            office.reset();
            offices.append(officeJson(entry));
        }
    }
    office.reset();

    // The history of the units in scope for this campaign year.
    QJsonArray history;
    const char* const historySql =
        ("SELECT h.uid, h.at, h.operator, o.uid, u.code, h.campaign_year, h.entity, h.field, "
         "h.old_value, h.new_value, h.note FROM history h JOIN units u ON u.id = h.unit_id "
         "JOIN offices o ON o.id = h.office WHERE u.code = ? AND (h.campaign_year IS NULL OR "
         "h.campaign_year = ?) ORDER BY h.id");
    for (const QString& code : unitCodes) {
        Statement& rows = db.cached(historySql); // reset for each unit
        rows.bind(1, code).bind(2, scope.year);
        while (rows.step())
            history.append(QJsonArray{
                rows.text(0), static_cast<double>(rows.int64(1)), rows.text(2), rows.text(3),
                rows.text(4), rows.isNull(5) ? QJsonValue() : QJsonValue(rows.integer(5)),
                rows.text(6), rows.text(7),
                rows.isNull(8) ? QJsonValue() : QJsonValue(rows.text(8)),
                rows.isNull(9) ? QJsonValue() : QJsonValue(rows.text(9)), rows.text(10)});
    }
    summary.counts[QStringLiteral("history")] = static_cast<int>(history.size());

    const CampaignSettings& settings = campaign->settings;
    QJsonObject campaignJson{{QStringLiteral("year"), scope.year},
                             {QStringLiteral("org_weight"), settings.orgWeight},
                             {QStringLiteral("basic_weight"), settings.basicWeight},
                             {QStringLiteral("excellent"), settings.excellent},
                             {QStringLiteral("qualified"), settings.qualified}};
    if (settings.excellentQuota)
        campaignJson.insert(QStringLiteral("excellent_quota"), *settings.excellentQuota);
    const QJsonObject payload{
        {QStringLiteral("format"), QStringLiteral("lianping-package-payload")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("campaign"), campaignJson},
        {QStringLiteral("types"), types},
        {QStringLiteral("rubrics"), rubrics},
        {QStringLiteral("offices"), offices},
        {QStringLiteral("records"), records},
        {QStringLiteral("history"), history}};
    QByteArray stored =
        PackageFile::compress(QJsonDocument(payload).toJson(QJsonDocument::Compact));

    const int sequence = db.meta(QStringLiteral("package_sequence")).toInt() + 1;
    LP_TRY(db.setMeta(QStringLiteral("package_sequence"), QString::number(sequence)));
    QJsonObject counts;
    for (const auto& [kind, count] : summary.counts)
        counts.insert(kind, count);
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("lianping-package")},
        {QStringLiteral("version"), PackageFile::FormatVersion},
        {QStringLiteral("package_id"), summary.packageId},
        {QStringLiteral("origin"), officeJson(own->office)},
        {QStringLiteral("fingerprint"), own->fingerprint()},
        {QStringLiteral("created_at"), static_cast<double>(nowMs())},
        {QStringLiteral("schema_version"), Schema::currentVersion},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("scope"), QJsonObject{{QStringLiteral("year"), scope.year},
                                              {QStringLiteral("county"), scope.county},
                                              {QStringLiteral("type"), scope.typeCode}}},
        {QStringLiteral("counts"), counts}};
    // Receivers that trust an earlier key of ours follow these to the key that signed.
    if (const QJsonArray rotations = OfficeKeys::rotations(db); !rotations.isEmpty())
        manifest.insert(QStringLiteral("key_rotations"), rotations);
    if (!passphrase.isEmpty()) {
        const crypto::Sealed sealed = crypto::encrypt(stored, passphrase);
        manifest.insert(
            QStringLiteral("encryption"),
            QJsonObject{{QStringLiteral("algorithm"),
                         QStringLiteral("argon2id13+xchacha20poly1305-secretstream")},
                        {QStringLiteral("salt"), QString::fromLatin1(sealed.salt.toBase64())},
                        {QStringLiteral("header"), QString::fromLatin1(sealed.header.toBase64())}});
        stored = sealed.cipher;
        summary.encrypted = true;
    }
    const QByteArray file = PackageFile::build(manifest, stored, summary.encrypted, *secret);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size() || !out.commit())
        return fail(CoreText::tr("%1: cannot write: %2").arg(path, out.errorString()));
    PrivateFiles::restrictFile(path);
    summary.bytes = file.size();
    LP_TRY(transaction.commit());
    return summary;
}

} // namespace lianping
