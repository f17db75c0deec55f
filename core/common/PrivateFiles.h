#pragma once
// Databases, backups and packages hold a whole county's assessments: on a shared computer only
// their owner may read them (files 0600, folders 0700; on Windows the user's profile does it).

#include <QString>

namespace lianping {

class PrivateFiles {
public:
    static bool restrictFile(const QString& path);
    // Creates the folder (and its parents) and restricts the folder itself.
    static bool makeFolder(const QString& path);
};

} // namespace lianping
