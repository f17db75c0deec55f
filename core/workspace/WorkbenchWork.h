#pragma once
// Workbench::runWork, shared by the files that implement Workbench: long work on a runner's
// worker thread with its own connection to the same file, or here when there is no runner.

#include "core/workspace/Workbench.h"
#include "core/workspace/Workspace.h"

#include <memory>
#include <optional>

namespace lianping {

template <typename T, typename Work>
Result<T> Workbench::runWork(const Runner& runner, const Work& work) {
    if (!runner)
        return work(*m_db);
    const QString path = m_db->path();
    const QString operatorName = m_db->operatorName();
    auto outcome = std::make_shared<std::optional<Result<T>>>();
    const Result<QString> done = runner([path, operatorName, work, outcome]() -> Result<QString> {
        Result<std::unique_ptr<Database>> worker = Workspace::open(path, operatorName);
        if (!worker)
            return worker.error();
        *outcome = work(**worker);
        return QString();
    });
    released(); // see what the worker committed
    if (!done)
        return done.error();
    return std::move(**outcome);
}

} // namespace lianping
