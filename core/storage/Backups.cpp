#include "Backups.h"

#include "core/common/FileMirror.h"
#include "core/storage/Statement.h"

#include <sqlite3.h>

#include "core/common/CoreText.h"
#include "core/common/PrivateFiles.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <utility>
#include <vector>

namespace lianping {

namespace {

constexpr const char* stampFormat = "yyyyMMdd-HHmmss";

// <name>-<key>-<stamp>.lpdb; the name is free text, so the key and stamp are read from the end.
const QRegularExpression& backupName() {
    static const QRegularExpression pattern(
        QStringLiteral("^.*-([0-9a-f]{8})-([0-9]{8}-[0-9]{6})\\.lpdb$"));
    return pattern;
}

QString shortHash(const QString& text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

} // namespace

QString Backups::defaultFolder() {
    const QString fromEnv = qEnvironmentVariable("LIANPING_BACKUP_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (data.isEmpty())
        data = QDir::homePath() + QStringLiteral("/.lianping");
    return data + QStringLiteral("/backups");
}

QString Backups::key(const Database& db) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{8}"));
    const QString uid = db.uid().toLower();
    if (!uid.isEmpty())
        return hex.match(uid).hasMatch() ? uid.left(8) : shortHash(uid);
    const QFileInfo file(db.path());
    const QString canonical = file.canonicalFilePath();
    return shortHash(canonical.isEmpty() ? file.absoluteFilePath() : canonical);
}

QStringList Backups::list(const Database& db) const {
    return list(key(db));
}

QStringList Backups::list(const QString& key) const {
    const QDir folder(m_folder);
    std::vector<std::pair<QString, QString>> found; // stamp, file name
    for (const QString& name : folder.entryList({QStringLiteral("*.lpdb")}, QDir::Files)) {
        const QRegularExpressionMatch match = backupName().match(name);
        if (match.hasMatch() && match.captured(1) == key)
            found.emplace_back(match.captured(2), name);
    }
    // By time, not by name: a renamed database's older backups carry its old name.
    std::sort(found.begin(), found.end(), std::greater<>());
    QStringList paths;
    for (const auto& [stamp, name] : found)
        paths << folder.filePath(name);
    return paths;
}

bool Backups::due(const Database& db, const QDateTime& now) const {
    const QStringList existing = list(db);
    if (existing.isEmpty())
        return true;
    const QString newest = QFileInfo(existing.front()).completeBaseName().right(15);
    const QDateTime made = QDateTime::fromString(newest, QString::fromLatin1(stampFormat));
    return !made.isValid() || made.secsTo(now) >= 24 * 3600;
}

Result<QString> Backups::make(Database& db, const QDateTime& now) const {
    if (!PrivateFiles::makeFolder(m_folder))
        return fail(CoreText::tr("cannot create the backup folder %1").arg(m_folder));
    const QString key = Backups::key(db);
    const QString target =
        QDir(m_folder).filePath(QStringLiteral("%1-%2-%3.lpdb")
                                    .arg(QFileInfo(db.path()).completeBaseName(), key,
                                         now.toString(QString::fromLatin1(stampFormat))));
    LP_TRY(db.backupTo(target));
    // The evidence files, shared by every backup: each copied (or linked) once, ever.
    if (FileMirror::mirror(FileMirror::evidenceFolderFor(db.path()),
                           QDir(m_folder).filePath(QStringLiteral("evidence"))) < 0)
        return fail(
            CoreText::tr("cannot copy the evidence files into the backup folder %1").arg(m_folder));
    const QStringList existing = list(key);
    for (qsizetype i = m_keep; i < existing.size(); ++i)
        QFile::remove(existing[i]);
    return target;
}

Result<QString> Backups::makeIfDue(Database& db, const QDateTime& now) const {
    if (!due(db, now))
        return QString();
    return make(db, now);
}

std::vector<Backups::Found> Backups::forFileName(const QString& databasePath) const {
    const QString name = QFileInfo(databasePath).completeBaseName();
    const QDir folder(m_folder);
    std::vector<Found> found;
    for (const QString& file : folder.entryList({name + QStringLiteral("-*.lpdb")}, QDir::Files)) {
        const QRegularExpressionMatch match = backupName().match(file);
        // The name is what comes before -key-stamp: exactly the file's own name.
        if (!match.hasMatch() || file.size() != name.size() + 1 + 8 + 1 + 15 + 5)
            continue;
        found.push_back(
            {folder.filePath(file),
             QDateTime::fromString(match.captured(2), QString::fromLatin1(stampFormat))});
    }
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.made > b.made; });
    return found;
}

Result<QString> Backups::restoreBeside(const QString& backup, const QString& databasePath,
                                       const QDateTime& now) {
    const QFileInfo original(databasePath);
    const QString target = original.dir().filePath(
        QStringLiteral("%1-restored-%2.lpdb")
            .arg(original.completeBaseName(), now.toString(QString::fromLatin1(stampFormat))));
    if (QFile::exists(target))
        return fail(CoreText::tr("%1 already exists: nothing was restored").arg(target));
    if (!QFile::copy(backup, target))
        return fail(CoreText::tr("cannot copy the backup %1 to %2").arg(backup, target));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString problem;
    QStringList evidence; // the store files the restored database names
    {
        // Opened and closed again before a damaged copy is removed.
        Result<std::unique_ptr<Database>> opened = Database::open(target, Database::Mode::ReadOnly);
        const Result<void> whole =
            opened ? (*opened)->integrityCheck(true) : Result<void>(opened.error());
        if (!whole)
            problem = whole.error().message;
        else if (sqlite3_table_column_metadata((*opened)->handle(), nullptr, "evidence", "sha256",
                                               nullptr, nullptr, nullptr, nullptr,
                                               nullptr) == SQLITE_OK) {
            Statement files = (*opened)->prepare("SELECT DISTINCT sha256 FROM evidence");
            while (files.step())
                evidence << files.text(0).left(2) + QLatin1Char('/') + files.text(0);
        }
    }
    if (!problem.isEmpty()) {
        QFile::remove(target);
        return fail(CoreText::tr("the backup %1 is damaged too (%2)").arg(backup, problem));
    }
    // Its evidence files from the backups' shared store, where the original's are missing.
    const QString restoredStore = FileMirror::evidenceFolderFor(target);
    FileMirror::mirror(FileMirror::evidenceFolderFor(databasePath), restoredStore, &evidence);
    FileMirror::mirror(QFileInfo(backup).dir().filePath(QStringLiteral("evidence")), restoredStore,
                       &evidence);
    return target;
}

} // namespace lianping
