// office export-key | trust | keys, package export | inspect | import, conflicts list |
// resolve, recheck-sample: working offline across laptops.

#include "Context.h"
#include "Passphrases.h"
#include "core/exchange/Conflicts.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageImporter.h"
#include "core/services/RecheckSampler.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace lianping::cli {

namespace {

std::optional<QByteArray> passphrase(Context& context, const ParsedArgs& args) {
    return passphraseFile(context, args, QStringLiteral("passphrase-file"));
}

int exportKey(Context& context, const ParsedArgs& args) {
    const std::optional<QString> out = context.required(args, QStringLiteral("out"));
    if (!out)
        return UsageError;
    const std::optional<KeyUnlock> unlock = keyUnlock(context, args);
    if (!unlock)
        return RuntimeError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<QByteArray> file = OfficeKeys::exportKeyFile(*db, *unlock);
    if (!file)
        return keyError(context, file.error());
    QSaveFile save(*out);
    if (!save.open(QIODevice::WriteOnly) || save.write(*file) != file->size() || !save.commit())
        return context.error(QStringLiteral("%1: cannot write: %2").arg(*out, save.errorString()));
    const Result<OfficeKey> own = OfficeKeys::own(*db);
    context.print(QStringLiteral("wrote %1 — fingerprint %2").arg(*out, own->fingerprint()));
    return Ok;
}

int rotateKey(Context& context, const ParsedArgs& args) {
    const std::optional<KeyUnlock> current = keyUnlock(context, args);
    if (!current)
        return RuntimeError;
    std::optional<KeyUnlock> next =
        keyUnlock(context, args, QStringLiteral("new-key-passphrase-file"));
    if (!next)
        return RuntimeError;
    if (next->passphrase.isEmpty())
        next->passphrase = current->passphrase; // the same passphrase goes on
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const Result<OfficeKey> old = OfficeKeys::own(*db);
    if (!old)
        return context.error(old.error());
    Result<OfficeKey> key = context.workbench()->rotateKey(*current, *next);
    if (!key)
        return keyError(context, key.error());
    context.print(QStringLiteral("new signing key %1 replaces %2 (signed by it): export the key "
                                 "file again for the offices that import your packages")
                      .arg(key->fingerprint(), old->fingerprint()));
    return Ok;
}

int trust(Context& context, const ParsedArgs& args) {
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    QFile file(args.positional[0]);
    if (!file.open(QIODevice::ReadOnly))
        return context.error(
            QStringLiteral("%1: cannot read: %2").arg(args.positional[0], file.errorString()));
    Result<OfficeKey> key = context.workbench()->trustKey(file.read(64 * 1024), args.positional[0]);
    if (!key)
        return context.error(key.error());
    context.print(QStringLiteral("trusted %1 (%2) — fingerprint %3\ncompare the fingerprint with "
                                 "that office (by phone) before importing its packages")
                      .arg(key->office.describe(), key->office.name, key->fingerprint()));
    return Ok;
}

int keys(Context& context, const ParsedArgs& args) {
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    RecordWriter out(*format, {QStringLiteral("office"), QStringLiteral("name"),
                               QStringLiteral("role"), QStringLiteral("county"),
                               QStringLiteral("fingerprint"), QStringLiteral("own")});
    for (const OfficeKey& key : OfficeKeys::list(*db))
        out.add({Cell::str(key.office.uid), Cell::str(key.office.name),
                 Cell::str(roleName(key.office.role)), Cell::str(key.office.county),
                 Cell::str(key.fingerprint()), Cell::boolean(key.own)});
    return Ok;
}

int packageExport(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<QString> out =
        year ? context.required(args, QStringLiteral("out")) : std::nullopt;
    if (!out)
        return UsageError;
    const std::optional<QByteArray> secret = passphrase(context, args);
    if (!secret)
        return RuntimeError;
    const std::optional<KeyUnlock> unlock = keyUnlock(context, args);
    if (!unlock)
        return RuntimeError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    RecordScope scope;
    scope.year = *year;
    scope.county = args.value(QStringLiteral("county"));
    const std::optional<QString> type = context.typeCode(args);
    if (!type)
        return RuntimeError;
    scope.typeCode = *type;
    Result<ExportSummary> summary = PackageExporter::write(
        *db, scope, *out, *secret, *unlock, args.has(QStringLiteral("all-evidence")));
    if (!summary)
        return keyError(context, summary.error());
    QStringList counts;
    for (const auto& [kind, count] : summary->counts)
        counts << QStringLiteral("%1 %2").arg(count).arg(kind);
    context.print(QStringLiteral("wrote %1 (%2 bytes%3): %4")
                      .arg(*out)
                      .arg(summary->bytes)
                      .arg(summary->encrypted ? QStringLiteral(", encrypted") : QString())
                      .arg(counts.join(QStringLiteral(", "))));
    if (summary->files > 0 || summary->filesAlreadySent > 0)
        context.print(QStringLiteral("evidence files: %1 carried (%2 bytes), %3 sent before")
                          .arg(summary->files)
                          .arg(summary->fileBytes)
                          .arg(summary->filesAlreadySent));
    return Ok;
}

int packageInspect(Context& context, const ParsedArgs& args) {
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<PackageInfo> info = PackageImporter::inspect(*db, args.positional[0]);
    if (!info)
        return context.error(info.error());
    const QJsonObject& m = info->manifest;
    const QJsonObject scope = m.value(QStringLiteral("scope")).toObject();
    QStringList counts;
    const QJsonObject countObject = m.value(QStringLiteral("counts")).toObject();
    for (auto it = countObject.begin(); it != countObject.end(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value().toInt()).arg(it.key());
    context.print(
        QStringLiteral("package    %1\norigin     %2\nkey        %3\nsignature  %4\ncreated    %5\n"
                       "schema     %6\nsequence   %7\nscope      %8%9%10\nrecords    %11\n"
                       "encrypted  %12\nsha256     %13")
            .arg(m.value(QStringLiteral("package_id")).toString(), info->origin, info->fingerprint,
                 info->trust,
                 QDateTime::fromMSecsSinceEpoch(
                     static_cast<qint64>(m.value(QStringLiteral("created_at")).toDouble()))
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            .arg(m.value(QStringLiteral("schema_version")).toInt())
            .arg(m.value(QStringLiteral("sequence")).toInt())
            .arg(scope.value(QStringLiteral("year")).toInt())
            .arg(scope.value(QStringLiteral("county")).toString().isEmpty()
                     ? QString()
                     : QStringLiteral(" county ") +
                           scope.value(QStringLiteral("county")).toString(),
                 scope.value(QStringLiteral("type")).toString().isEmpty()
                     ? QString()
                     : QStringLiteral(" type ") + scope.value(QStringLiteral("type")).toString(),
                 counts.join(QStringLiteral(", ")),
                 info->encrypted ? QStringLiteral("yes") : QStringLiteral("no"),
                 m.value(QStringLiteral("payload_sha256")).toString()));
    return info->verified ? Ok : RuntimeError;
}

int packageImport(Context& context, const ParsedArgs& args) {
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    const std::optional<QByteArray> secret = passphrase(context, args);
    if (!secret)
        return RuntimeError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    Result<ImportReport> report =
        context.workbench()->importPackage(args.positional[0], *secret, dryRun);
    if (!report)
        return context.error(report.error());
    RecordWriter out(*format, {QStringLiteral("kind"), QStringLiteral("new"),
                               QStringLiteral("updated"), QStringLiteral("unchanged"),
                               QStringLiteral("conflicts"), QStringLiteral("refused")});
    for (const auto& [kind, tally] : report->kinds)
        out.add({Cell::str(kind), Cell::num(tally.added), Cell::num(tally.updated),
                 Cell::num(tally.unchanged), Cell::num(tally.conflicts), Cell::num(tally.refused)});
    out.finish();
    std::fprintf(stderr, "%s package %s from %s: %d history lines, %d evidence files verified\n",
                 dryRun ? "previewed (nothing stored)" : "imported", qPrintable(report->packageId),
                 qPrintable(report->origin.office.name), report->historyAdded, report->files);
    for (const QString& refusal : report->refusals)
        std::fprintf(stderr, "refused: %s\n", qPrintable(refusal));
    return Ok;
}

int conflictsList(Context& context, const ParsedArgs& args) {
    const std::optional<Format> format = context.format(args);
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    RecordWriter out(*format,
                     {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("record"),
                      QStringLiteral("unit"), QStringLiteral("from"), QStringLiteral("detected"),
                      QStringLiteral("differences")});
    for (const Conflict& conflict : Conflicts(*db).open())
        out.add({Cell::num(static_cast<double>(conflict.id)), Cell::str(conflict.kind),
                 Cell::str(conflict.record), Cell::str(conflict.unitCode),
                 Cell::str(conflict.origin),
                 Cell::str(QDateTime::fromMSecsSinceEpoch(conflict.detectedAt)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 Cell::str(conflict.differences)});
    return Ok;
}

int conflictsResolve(Context& context, const ParsedArgs& args) {
    bool ok = false;
    const qint64 id = args.positional[0].toLongLong(&ok);
    const QString keep = args.value(QStringLiteral("keep"));
    if (!ok || (keep != QLatin1String("ours") && keep != QLatin1String("theirs")))
        return context.usage(QStringLiteral("usage: conflicts resolve ID --keep ours|theirs"));
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<void> resolved =
        context.workbench()->resolveConflict(id, keep == QLatin1String("theirs"));
    if (!resolved)
        return context.error(resolved.error());
    context.print(QStringLiteral("conflict %1 resolved: kept %2").arg(id).arg(keep));
    return Ok;
}

int recheckSample(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<QString> percentText =
        year ? context.required(args, QStringLiteral("percent")) : std::nullopt;
    const std::optional<Format> format = percentText ? context.format(args) : std::nullopt;
    if (!format)
        return UsageError;
    bool ok = false;
    const double percent = percentText->toDouble(&ok);
    if (!ok || percent < 0 || percent > 100)
        return context.usage(QStringLiteral("--percent must be a number from 0 to 100"));
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<RecheckSample> sample =
        RecheckSampler::draw(*db, *year, percent, args.value(QStringLiteral("seed")));
    if (!sample)
        return context.error(sample.error());
    const int decimals = *format == Format::Table ? 1 : -1;
    RecordWriter out(*format, {QStringLiteral("unit"), QStringLiteral("name"),
                               QStringLiteral("county"), QStringLiteral("reason"),
                               QStringLiteral("county_total"), QStringLiteral("seed")});
    for (const SampledUnit& unit : sample->units)
        out.add({Cell::str(unit.code), Cell::str(unit.name), Cell::str(unit.county),
                 Cell::str(unit.reason), Cell::opt(unit.countyTotal, decimals),
                 Cell::str(sample->seed)});
    out.finish();
    std::fprintf(stderr,
                 "recheck sample of %d of %d county-accepted units, %g %% of the rest, seed %s\n",
                 static_cast<int>(sample->units.size()), sample->candidates, percent,
                 qPrintable(sample->seed));
    return Ok;
}

} // namespace

void addExchangeCommands(std::vector<Command>& commands) {
    const QString format = QStringLiteral("format");
    commands.push_back(
        {{QStringLiteral("office export-key"),
          QStringLiteral("--out FILE [--key-passphrase-file P]"),
          {QStringLiteral("out"), QStringLiteral("key-passphrase-file")},
          {},
          {},
          0,
          0,
          QStringLiteral("this office's public key file, for other offices to trust")},
         exportKey});
    commands.push_back(
        {{QStringLiteral("office trust"),
          QStringLiteral("FILE"),
          {},
          {},
          {},
          1,
          1,
          QStringLiteral("trust another office's key file (compare its fingerprint)")},
         trust});
    commands.push_back(
        {{QStringLiteral("office rotate-key"),
          QStringLiteral("[--key-passphrase-file P] [--new-key-passphrase-file N]"),
          {QStringLiteral("key-passphrase-file"), QStringLiteral("new-key-passphrase-file")},
          {},
          {},
          0,
          0,
          QStringLiteral("replace this office's signing key with a new one the old key signs")},
         rotateKey});
    commands.push_back({{QStringLiteral("office keys"),
                         QStringLiteral("[--format F]"),
                         {format},
                         {},
                         {},
                         0,
                         0,
                         QStringLiteral("this office's and the trusted keys")},
                        keys});
    commands.push_back(
        {{QStringLiteral("package export"),
          QStringLiteral("YEAR [--county C] [--type T] --out FILE.lpkg [--passphrase-file P] "
                         "[--key-passphrase-file P] [--all-evidence]"),
          {QStringLiteral("county"), QStringLiteral("type"), QStringLiteral("out"),
           QStringLiteral("passphrase-file"), QStringLiteral("key-passphrase-file")},
          {},
          {QStringLiteral("all-evidence")},
          1,
          1,
          QStringLiteral("a signed package of the scope, optionally encrypted")},
         packageExport});
    commands.push_back({{QStringLiteral("package inspect"),
                         QStringLiteral("FILE.lpkg"),
                         {},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("the manifest and whether the signature holds")},
                        packageInspect});
    commands.push_back(
        {{QStringLiteral("package import"),
          QStringLiteral("FILE.lpkg [--dry-run] [--passphrase-file P] [--format F]"),
          {QStringLiteral("passphrase-file"), format},
          {},
          {QStringLiteral("dry-run")},
          1,
          1,
          QStringLiteral("verify, preview (new/updated/unchanged/conflicts/refused per kind) and "
                         "merge by ownership in one transaction")},
         packageImport});
    commands.push_back({{QStringLiteral("conflicts list"),
                         QStringLiteral("[--format F]"),
                         {format},
                         {},
                         {},
                         0,
                         0,
                         QStringLiteral("records edited apart, kept side by side")},
                        conflictsList});
    commands.push_back({{QStringLiteral("conflicts resolve"),
                         QStringLiteral("ID --keep ours|theirs"),
                         {QStringLiteral("keep")},
                         {},
                         {},
                         1,
                         1,
                         {}},
                        conflictsResolve});
    commands.push_back(
        {{QStringLiteral("recheck-sample"),
          QStringLiteral("YEAR --percent P [--seed S] [--format F]"),
          {QStringLiteral("percent"), QStringLiteral("seed"), format},
          {},
          {},
          1,
          1,
          QStringLiteral("every county-proposed excellent unit plus P % of the rest per county")},
         recheckSample});
}

} // namespace lianping::cli
