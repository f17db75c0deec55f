#pragma once
// Writes a package (.lpkg) of a scope — a campaign year, optionally one county or type —
// signed by this office: the registry, the rubric versions in use, the campaign, enrolments
// and their states, every step's sheet (scores, ballots, vetoes), namings, revocations,
// rectification items, the recheck sample and the history. Each record carries the versions
// of it this database has seen, so the receiver can tell an update from a concurrent edit.

#include "core/common/Result.h"
#include "core/exchange/KeyVault.h"
#include "core/exchange/Records.h"

#include <QByteArray>

#include <map>

namespace lianping {

class Database;

struct ExportSummary {
    QString packageId;
    std::map<QString, int> counts; // by record kind, and "history"
    qint64 bytes = 0;
    bool encrypted = false;
    int files = 0;            // evidence files carried
    qint64 fileBytes = 0;     // their size
    int filesAlreadySent = 0; // referenced, sent before
};

class PackageExporter {
public:
    static constexpr int MinPassphraseLength = 8;
    // An empty passphrase writes the package unencrypted (signed all the same); `key` opens
    // this office's signing key.
    // Evidence files travel once per scope: those sent in an earlier package of the scope are
    // left out (the manifest says which it carries) unless `allFiles`.
    static Result<ExportSummary> write(Database& db, const RecordScope& scope, const QString& path,
                                       const QByteArray& passphrase = {}, const KeyUnlock& key = {},
                                       bool allFiles = false);
};

} // namespace lianping
