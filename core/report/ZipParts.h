#pragma once
// A zip package of named parts (an Office Open XML file) written through QSaveFile: built in
// memory with libzip, committed only when whole.

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace lianping {

class ZipParts {
public:
    void add(const QString& name, QByteArray content) {
        m_parts.emplace_back(name, std::move(content));
    }
    Result<void> write(const QString& path) const;

private:
    std::vector<std::pair<QString, QByteArray>> m_parts;
};

} // namespace lianping
