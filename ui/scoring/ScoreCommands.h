#pragma once
// Undoable score edits. Each command keeps the value before and after and writes through the
// core, so undo and redo are real database changes, kept in history like any other.
// tryApply() stores the change before the command is pushed: a refused edit never enters
// the undo stack. Consecutive point edits of one cell merge into one undo step.

#include "core/common/Points.h"
#include "core/common/Result.h"
#include "core/model/Step.h"
#include "core/scoring/Scoring.h"

#include <QUndoCommand>

#include <optional>

namespace lianping {
class Workbench;
struct Enrollment;
} // namespace lianping

namespace lianping::ui {

class Session;

struct ScoreCell {
    std::int64_t enrollmentId = 0;
    QString unitCode;
    QString indicator;
    Step step = Step::Self;
    bool operator==(const ScoreCell&) const = default;
};

class ScoreCommand : public QUndoCommand {
public:
    bool tryApply();
    void redo() final;
    void undo() final;
    QString error() const { return m_error; }

protected:
    ScoreCommand(Session& session, ScoreCell cell);
    virtual Result<void> store(Workbench& bench, const Enrollment& enrollment, bool forward) = 0;
    const ScoreCell& cell() const { return m_cell; }

private:
    void write(bool forward);
    Session& m_session;
    ScoreCell m_cell;
    QString m_error;
    bool m_applied = false;
};

class SetPointsCommand : public ScoreCommand {
public:
    SetPointsCommand(Session& session, ScoreCell cell, std::optional<HalfPoints> before,
                     std::optional<HalfPoints> after);
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    Result<void> store(Workbench& bench, const Enrollment& enrollment, bool forward) override;

private:
    std::optional<HalfPoints> m_before;
    std::optional<HalfPoints> m_after;
};

class SetNoteCommand : public ScoreCommand {
public:
    SetNoteCommand(Session& session, ScoreCell cell, HalfPoints points, QString before,
                   QString after);

protected:
    Result<void> store(Workbench& bench, const Enrollment& enrollment, bool forward) override;

private:
    HalfPoints m_points;
    QString m_before;
    QString m_after;
};

class SetVetoCommand : public ScoreCommand {
public:
    // An empty reason means no veto.
    SetVetoCommand(Session& session, ScoreCell cell, QString reasonBefore, QString reasonAfter);

protected:
    Result<void> store(Workbench& bench, const Enrollment& enrollment, bool forward) override;

private:
    QString m_before;
    QString m_after;
};

class SetSurveyCommand : public ScoreCommand {
public:
    // No ballots before is stored back as 0/0/0, which counts as no survey.
    SetSurveyCommand(Session& session, ScoreCell cell, Survey before, Survey after);

protected:
    Result<void> store(Workbench& bench, const Enrollment& enrollment, bool forward) override;

private:
    Survey m_before;
    Survey m_after;
};

} // namespace lianping::ui
