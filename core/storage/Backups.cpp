#include "Backups.h"

#include "common/PrivateFiles.h"

#include "common/CoreText.h"

#include <QCoreApplication>

#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace lianping {

namespace {
QString stem(const QString& databasePath) {
    return QFileInfo(databasePath).completeBaseName();
}
constexpr const char* stampFormat = "yyyyMMdd-HHmmss";
} // namespace

QString Backups::defaultFolder() {
    QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (data.isEmpty())
        data = QDir::homePath() + QStringLiteral("/.lianping");
    return data + QStringLiteral("/backups");
}

QStringList Backups::list(const QString& databasePath) const {
    QDir folder(m_folder);
    QStringList names = folder.entryList(
        {stem(databasePath) + QStringLiteral("-\?\?\?\?\?\?\?\?-\?\?\?\?\?\?.lpdb")}, QDir::Files,
        QDir::Name);
    std::reverse(names.begin(), names.end());
    for (QString& name : names)
        name = folder.filePath(name);
    return names;
}

bool Backups::due(const QString& databasePath, const QDateTime& now) const {
    const QStringList existing = list(databasePath);
    if (existing.isEmpty())
        return true;
    const QString newest = QFileInfo(existing.front()).completeBaseName().right(15);
    const QDateTime made = QDateTime::fromString(newest, QString::fromLatin1(stampFormat));
    return !made.isValid() || made.secsTo(now) >= 24 * 3600;
}

Result<QString> Backups::make(Database& db, const QDateTime& now) const {
    if (!PrivateFiles::makeFolder(m_folder))
        return fail(CoreText::tr("cannot create the backup folder %1").arg(m_folder));
    const QString target = QDir(m_folder).filePath(
        QStringLiteral("%1-%2.lpdb")
            .arg(stem(db.path()), now.toString(QString::fromLatin1(stampFormat))));
    LP_TRY(db.backupTo(target));
    const QStringList existing = list(db.path());
    for (qsizetype i = m_keep; i < existing.size(); ++i)
        QFile::remove(existing[i]);
    return target;
}

} // namespace lianping
