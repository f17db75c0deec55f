#include "PackageExporter.h"

#include "core/common/CoreText.h"
#include "core/common/PrivateFiles.h"

#include "core/campaign/CampaignRepository.h"
#include "core/common/Ids.h"
#include "core/evidence/EvidenceStore.h"
#include "core/exchange/Crypto.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageFile.h"
#include "core/exchange/PackageFiles.h"
#include "core/exchange/RecordLines.h"
#include "core/registry/TypeRepository.h"
#include "core/rubric/RubricJson.h"
#include "core/rubric/RubricRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Schema.h"
#include "core/storage/Transaction.h"

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

// The rubric versions the scope's enrolments use.
std::set<std::tuple<QString, int, int>> rubricsInUse(Database& db, const RecordScope& scope) {
    QByteArray sql = "SELECT DISTINCT t.code, r.year, r.version FROM enrollments e "
                     "JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id "
                     "JOIN rubrics r ON r.id = e.rubric_id JOIN unit_types t ON t.id = r.type_id "
                     "WHERE c.year = ?";
    const ScopeCondition condition = unitCondition(scope);
    sql += condition.sql;
    const QStringList& params = condition.params;
    Statement query = db.prepare(sql.constData());
    query.bind(1, scope.year);
    for (int i = 0; i < params.size(); ++i)
        query.bind(i + 2, params[i]);
    std::set<std::tuple<QString, int, int>> used;
    while (query.step())
        used.emplace(query.text(0), query.integer(1), query.integer(2));
    return used;
}

// What the receiver now knows: the versions of the records sealed so far.
Result<void> rememberSealed(RecordStore& store, RecordLines& lines) {
    for (const auto& [key, version] : lines.takeSealed())
        LP_TRY(store.remember(key, version));
    return {};
}

} // namespace

Result<ExportSummary> PackageExporter::write(Database& db, const RecordScope& scope,
                                             const QString& path, const QByteArray& passphrase,
                                             const KeyUnlock& key, bool allFiles) {
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
    ExportSummary summary;
    summary.packageId = newUid();

    // The header line: what the records need before they arrive — types, the rubric versions
    // the scope's enrolments use, the campaign and the offices that own records.
    QJsonArray types;
    for (const UnitType& type : TypeRepository(db).list())
        types.append(QJsonObject{{QStringLiteral("code"), type.code},
                                 {QStringLiteral("name"), type.name},
                                 {QStringLiteral("lead"), type.lead}});
    QJsonArray rubrics;
    RubricRepository rubricRepository(db);
    for (const auto& [type, year, version] : rubricsInUse(db, scope))
        if (const std::optional<Rubric> rubric = rubricRepository.find(type, year, version))
            rubrics.append(QJsonObject{
                {QStringLiteral("type"), type},
                {QStringLiteral("year"), year},
                {QStringLiteral("version"), version},
                {QStringLiteral("json"), QString::fromUtf8(RubricJson::serialize(*rubric))}});
    QJsonArray offices;
    Statement everyOffice = db.prepare("SELECT uid, name, role, coalesce(county, ''), "
                                       "coalesce(unit, '') FROM offices ORDER BY id");
    while (everyOffice.step()) {
        Office entry;
        entry.uid = everyOffice.text(0);
        entry.name = everyOffice.text(1);
        entry.role = parseRole(everyOffice.text(2)).value_or(Role::All);
        entry.county = everyOffice.text(3);
        entry.unit = everyOffice.text(4);
        offices.append(officeJson(entry));
    }
    const CampaignSettings& settings = campaign->settings;
    QJsonObject campaignJson{{QStringLiteral("year"), scope.year},
                             {QStringLiteral("org_weight"), settings.orgWeight},
                             {QStringLiteral("basic_weight"), settings.basicWeight},
                             {QStringLiteral("excellent"), settings.excellent},
                             {QStringLiteral("qualified"), settings.qualified}};
    if (settings.excellentQuota)
        campaignJson.insert(QStringLiteral("excellent_quota"), *settings.excellentQuota);
    // Lines are sealed, written and compressed on threads of their own (RecordLines), while
    // this one reads the database and remembers what was sent.
    RecordLines lines;
    lines.addLine(QJsonDocument(QJsonObject{{QStringLiteral("format"),
                                             QStringLiteral("lianping-package-payload")},
                                            {QStringLiteral("version"), 2},
                                            {QStringLiteral("campaign"), campaignJson},
                                            {QStringLiteral("types"), types},
                                            {QStringLiteral("rubrics"), rubrics},
                                            {QStringLiteral("offices"), offices}})
                      .toJson(QJsonDocument::Compact));

    // One line per record, as they are read.
    RecordStore store(db);
    int recordCount = 0;
    // Evidence files the records name, once each, in the order first named.
    std::vector<PackageFileEntry> files;
    std::set<QString> named;
    const QString scopeKey =
        QStringLiteral("%1/%2/%3").arg(scope.year).arg(scope.county, scope.typeCode);
    Statement& sent = db.cached("SELECT 1 FROM evidence_sent WHERE sha256 = ? AND scope = ?");
    LP_TRY(store.forEach(scope, [&](Record&& record) -> Result<void> {
        if (record.kind == RecordKind::Evidence) {
            const QString sha = record.data.value(QStringLiteral("sha256")).toString();
            if (named.insert(sha).second) {
                const bool before = sent.bind(1, sha).bind(2, scopeKey).step();
                sent.reset();
                if (before && !allFiles)
                    ++summary.filesAlreadySent;
                else
                    files.push_back(
                        {sha, static_cast<qint64>(
                                  record.data.value(QStringLiteral("size")).toDouble())});
            }
        }
        record.known = store.known(record.key);
        ++summary.counts[kindName(record.kind)];
        lines.addRecord(std::move(record));
        if (++recordCount % 1024 == 0)
            LP_TRY(rememberSealed(store, lines));
        return {};
    }));

    // Then the history of the units in scope for this campaign year, a line per row.
    const ScopeCondition condition = unitCondition(scope);
    const QByteArray& unitFilter = condition.sql;
    const QStringList& params = condition.params;
    Statement rows = db.prepare(
        ("SELECT h.uid, h.at, h.operator, o.uid, u.code, h.campaign_year, h.entity, h.field, "
         "h.old_value, h.new_value, h.note FROM history h JOIN units u ON u.id = h.unit_id "
         "JOIN offices o ON o.id = h.office WHERE (h.campaign_year IS NULL OR "
         "h.campaign_year = ?)" +
         unitFilter + " ORDER BY h.id")
            .constData());
    rows.bind(1, scope.year);
    for (int i = 0; i < params.size(); ++i)
        rows.bind(i + 2, params[i]);
    int historyCount = 0;
    while (rows.step()) {
        lines.addRow(QJsonArray{
            rows.text(0), static_cast<double>(rows.int64(1)), rows.text(2), rows.text(3),
            rows.text(4), rows.isNull(5) ? QJsonValue() : QJsonValue(rows.integer(5)), rows.text(6),
            rows.text(7), rows.isNull(8) ? QJsonValue() : QJsonValue(rows.text(8)),
            rows.isNull(9) ? QJsonValue() : QJsonValue(rows.text(9)), rows.text(10)});
        ++historyCount;
    }
    summary.counts[QStringLiteral("history")] = historyCount;
    lines.addLine(
        QJsonDocument(QJsonObject{{QStringLiteral("end"),
                                   QJsonObject{{QStringLiteral("records"), recordCount},
                                               {QStringLiteral("history"), historyCount}}}})
            .toJson(QJsonDocument::Compact));
    QByteArray stored = lines.finish();
    LP_TRY(rememberSealed(store, lines));
    Statement& remember =
        db.cached("INSERT OR IGNORE INTO evidence_sent(sha256, scope) VALUES (?, ?)");
    for (const PackageFileEntry& file : files) {
        if (!remember.bind(1, file.sha256).bind(2, scopeKey).exec())
            return fail(db.lastError());
        summary.fileBytes += file.size;
    }
    summary.files = static_cast<int>(files.size());

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
    if (!named.empty()) {
        // The files this package carries, in the order of its file section; the others its
        // records name were sent in an earlier package of this scope.
        manifest.insert(QStringLiteral("files"), PackageFiles::toJson(files));
        manifest.insert(QStringLiteral("files_not_included"), summary.filesAlreadySent);
    }
    // Receivers that trust an earlier key of ours follow these to the key that signed.
    if (const QJsonArray rotations = OfficeKeys::rotations(db); !rotations.isEmpty())
        manifest.insert(QStringLiteral("key_rotations"), rotations);
    QByteArray fileKey; // seals the files of an encrypted package
    if (!passphrase.isEmpty()) {
        const crypto::Sealed sealed = crypto::encrypt(stored, passphrase);
        QJsonObject encryption{
            {QStringLiteral("algorithm"),
             QStringLiteral("argon2id13+xchacha20poly1305-secretstream")},
            {QStringLiteral("salt"), QString::fromLatin1(sealed.salt.toBase64())},
            {QStringLiteral("header"), QString::fromLatin1(sealed.header.toBase64())}};
        if (!files.empty()) {
            const QByteArray salt = crypto::randomBytes(16);
            fileKey = crypto::streamKey(passphrase, salt);
            if (fileKey.isEmpty())
                return fail(CoreText::tr("not enough memory to encrypt the package"));
            encryption.insert(QStringLiteral("files_salt"), QString::fromLatin1(salt.toBase64()));
        }
        manifest.insert(QStringLiteral("encryption"), encryption);
        stored = sealed.cipher;
        summary.encrypted = true;
    }
    const QByteArray head = PackageFile::build(manifest, stored, summary.encrypted, *secret,
                                               files.empty() ? PackageFile::FormatWithoutFiles
                                                             : PackageFile::FormatVersion);
    stored.clear();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(head) != head.size())
        return fail(CoreText::tr("%1: cannot write: %2").arg(path, out.errorString()));
    const EvidenceStore evidence(EvidenceStore::folderFor(db.path()));
    for (const PackageFileEntry& file : files)
        LP_TRY(PackageFiles::write(out, evidence, file, fileKey));
    if (!out.commit())
        return fail(CoreText::tr("%1: cannot write: %2").arg(path, out.errorString()));
    PrivateFiles::restrictFile(path);
    summary.bytes = head.size() + PackageFiles::sectionBytes(files, !fileKey.isEmpty());
    LP_TRY(transaction.commit());
    return summary;
}

} // namespace lianping
