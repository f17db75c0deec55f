#pragma once
// Automatic backups: a consistent snapshot of a database (VACUUM INTO, never a file copy)
// in a backup folder under the user's data directory, at most one a day, the newest few kept.

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace lianping {

class Database;

class Backups {
public:
    explicit Backups(QString folder, int keep = 7)
        : m_folder(std::move(folder))
        , m_keep(keep) {}

    // $LIANPING_BACKUP_DIR, else the folder under the user's data directory (never the
    // installation folder).
    static QString defaultFolder();
    // What the backups of this database are kept by: the first 8 characters of its uid, so
    // two files called desk.lpdb in different folders have separate rotations and a renamed
    // file keeps its own. A file without a uid (old, only opened read-only) stands in by a
    // hash of its canonical path.
    static QString key(const Database& db);

    // True when the newest backup of this database is older than a day (or there is none).
    bool due(const Database& db, const QDateTime& now = QDateTime::currentDateTime()) const;
    // Writes <name>-<key>-yyyyMMdd-HHmmss.lpdb, then keeps this database's newest `keep`.
    Result<QString> make(Database& db, const QDateTime& now = QDateTime::currentDateTime()) const;
    // make() when due(): the file written, or an empty string when today's backup exists.
    Result<QString> makeIfDue(Database& db,
                              const QDateTime& now = QDateTime::currentDateTime()) const;
    QStringList list(const Database& db) const; // newest first

    // For a file that will not open (its key cannot be read): the backups made of a file of
    // that name, newest first, with when each was made.
    struct Found {
        QString path;
        QDateTime made;
    };
    std::vector<Found> forFileName(const QString& databasePath) const;
    // Copies a backup beside the file it stands in for, under a new name (never over it), and
    // checks that the copy opens whole; returns the copy's path.
    static Result<QString> restoreBeside(const QString& backup, const QString& databasePath,
                                         const QDateTime& now = QDateTime::currentDateTime());

private:
    QStringList list(const QString& key) const;

    QString m_folder;
    int m_keep;
};

} // namespace lianping
