#pragma once
// One edit in the rubric editor, kept as the whole rubric before and after (a rubric is a few
// dozen indicators) with the item selected on each side, so undo and redo restore both.
// Consecutive edits of one field of one item (typing) merge into one undo step.

#include "core/rubric/Rubric.h"

#include <QUndoCommand>

#include <functional>

namespace lianping::ui {

// Where an item is in the rubric: a dimension, or one of its indicators (-1: the dimension).
struct RubricPath {
    int dimension = -1;
    int indicator = -1;
    bool operator==(const RubricPath&) const = default;
};

class RubricEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const Rubric&, RubricPath)>;
    // mergeKey: edits with the same non-empty key in a row merge ("text@1.2").
    RubricEditCommand(Apply apply, Rubric before, RubricPath beforePath, Rubric after,
                      RubricPath afterPath, const QString& text, QString mergeKey = {});
    int id() const override { return 0x5275; }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    Apply m_apply;
    Rubric m_before;
    RubricPath m_beforePath;
    Rubric m_after;
    RubricPath m_afterPath;
    QString m_mergeKey;
};

} // namespace lianping::ui
