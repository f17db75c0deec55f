#pragma once
// Automatic backups: a consistent snapshot of a database (VACUUM INTO, never a file copy)
// in a backup folder under the user's data directory, at most one a day, the newest few kept.

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace lianping {

class Database;

class Backups {
public:
    explicit Backups(QString folder, int keep = 7)
        : m_folder(std::move(folder))
        , m_keep(keep) {}

    // The folder under the user's data directory (never the installation folder).
    static QString defaultFolder();
    // True when the newest backup of this database is older than a day (or there is none).
    bool due(const QString& databasePath,
             const QDateTime& now = QDateTime::currentDateTime()) const;
    // Writes a snapshot named after the database and the time, then keeps the newest `keep`.
    Result<QString> make(Database& db, const QDateTime& now = QDateTime::currentDateTime()) const;
    QStringList list(const QString& databasePath) const; // newest first

private:
    QString m_folder;
    int m_keep;
};

} // namespace lianping
