#include "PrivateFiles.h"

#include <QDir>
#include <QFile>

namespace lianping {

bool PrivateFiles::restrictFile(const QString& path) {
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool PrivateFiles::makeFolder(const QString& path) {
    const bool existed = QDir(path).exists();
    if (!QDir().mkpath(path))
        return false;
    if (existed)
        return true; // a folder the person chose keeps its permissions
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
}

} // namespace lianping
