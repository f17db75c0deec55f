#include "Session.h"

#include <QFileInfo>

namespace lianping::ui {

Session::Session(QObject* parent)
    : Workbench(parent) {}

Session::~Session() = default;

Result<void> Session::open(const QString& path, const QString& operatorName) {
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable())
        return fail(
            tr("%1 is read-only: copy it to a folder you can write to, or ask for write access.")
                .arg(path));
    return Workbench::open(path, operatorName);
}

} // namespace lianping::ui
