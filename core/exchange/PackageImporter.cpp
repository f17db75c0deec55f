#include "PackageImporter.h"

#include "core/common/CoreText.h"
#include "core/exchange/IncomingFiles.h"
#include "core/exchange/OwnershipPolicy.h"
#include "core/exchange/PackageFile.h"
#include "core/exchange/PackageLog.h"
#include "core/exchange/PackageVerifier.h"
#include "core/exchange/ParsedPayload.h"
#include "core/exchange/PayloadLines.h"
#include "core/exchange/RecordMerger.h"
#include "core/exchange/ReferenceData.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <set>

namespace lianping {

namespace {

// The payload's lines in order: the header, the records, the history, the end line with
// the counts. Lines are read and parsed on a worker thread while records are merged here.
Result<void> apply(Database& db, PayloadLines& lines, qint64 expectedRecords,
                   const std::set<QString>& files, ImportReport& report) {
    const QString damaged = CoreText::tr("the package contents are damaged");
    const std::optional<QByteArray> first = lines.next();
    const QJsonObject header = first ? QJsonDocument::fromJson(*first).object() : QJsonObject();
    if (header.value(QStringLiteral("format")).toString() !=
            QLatin1String("lianping-package-payload") ||
        header.value(QStringLiteral("version")).toInt() != 2)
        return fail(lines.failed() || !first
                        ? damaged
                        : CoreText::tr("the package contents are not in a format this Lianping "
                                       "reads"));
    std::map<QString, std::int64_t> offices;
    LP_TRY(ReferenceData::apply(db, header, offices));
    RecordMerger merger(db, report.origin, report, std::move(offices));
    merger.expectFiles(files);
    OwnershipPolicy policy(db);
    if (expectedRecords > 1000)
        LP_TRY(merger.beginBulkWrite());
    int records = 0;
    int history = 0;
    bool settled = false;
    auto settle = [&]() -> Result<void> {
        if (!settled)
            LP_TRY(merger.settleBulkWrite());
        settled = true;
        return {};
    };
    ParsedPayload parsed(lines);
    for (;;) {
        const ParsedPayload::Item& item = parsed.next();
        if (item.type == ParsedPayload::Item::Type::Cut)
            return fail(damaged);                              // cut short before its end line
        if (item.type == ParsedPayload::Item::Type::History) { // after every record
            LP_TRY(settle());
            ++history;
            LP_TRY(merger.replayHistory(item.history));
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
        LP_TRY(merger.merge(*item.record, policy));
    }
    LP_TRY(settle());
    return merger.finish();
}

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
    Result<void> applied = apply(db, **lines, expected, files->hashes(), report);
    if (!applied)
        return fail(QStringLiteral("%1: %2").arg(path, applied.error().message));
    QJsonObject summary;
    for (const auto& [kind, tally] : report.kinds)
        summary.insert(kind, QJsonArray{tally.added, tally.updated, tally.unchanged,
                                        tally.conflicts, tally.refused});
    LP_TRY(PackageLog::remember(db, file->manifest, report.origin.office.uid, summary));
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
        info.verified = file->verify(OfficeKeys::publicKeyOf(db, claimed.uid), path).ok();
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
