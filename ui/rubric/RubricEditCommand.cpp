#include "RubricEditCommand.h"

namespace lianping::ui {

RubricEditCommand::RubricEditCommand(Apply apply, Rubric before, RubricPath beforePath,
                                     Rubric after, RubricPath afterPath, const QString& text,
                                     QString mergeKey)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_beforePath(beforePath)
    , m_after(std::move(after))
    , m_afterPath(afterPath)
    , m_mergeKey(std::move(mergeKey)) {}

bool RubricEditCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const RubricEditCommand*>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    m_afterPath = next->m_afterPath;
    return true;
}

void RubricEditCommand::redo() {
    m_apply(m_after, m_afterPath);
}

void RubricEditCommand::undo() {
    m_apply(m_before, m_beforePath);
}

} // namespace lianping::ui
