#pragma once
// Folders of files that never change once written (the evidence store, named by content):
// where a database keeps its store, and copying into another tree only the files it lacks —
// hard-linked where both are on one disk — so a daily backup copies each file once.

#include <QString>
#include <QStringList>

namespace lianping {

class FileMirror {
public:
    // "county.lpdb" → "county.evidence" beside it.
    static QString evidenceFolderFor(const QString& databasePath);
    // Files under `from` missing under `to` (same relative path) are linked or copied; with
    // `only`, just those relative paths. Returns how many were added, or -1 on a failure.
    static int mirror(const QString& from, const QString& to, const QStringList* only = nullptr);
};

} // namespace lianping
