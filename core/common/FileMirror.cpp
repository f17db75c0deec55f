#include "FileMirror.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace lianping {

QString FileMirror::evidenceFolderFor(const QString& databasePath) {
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".evidence"));
}

int FileMirror::mirror(const QString& from, const QString& to, const QStringList* only) {
    QStringList relative;
    if (only) {
        relative = *only;
    } else {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            relative << QDir(from).relativeFilePath(it.next());
    }
    int added = 0;
    for (const QString& path : relative) {
        if (path.contains(QStringLiteral("staging-")) || path.contains(QStringLiteral("incoming-")))
            continue; // an import or an attachment in progress
        const QString source = QDir(from).filePath(path);
        const QString target = QDir(to).filePath(path);
        if (QFileInfo::exists(target) || !QFileInfo(source).isFile())
            continue;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return -1;
        if (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) !=
                0 &&
            !QFile::copy(source, target))
            return -1;
        ++added;
    }
    return added;
}

} // namespace lianping
