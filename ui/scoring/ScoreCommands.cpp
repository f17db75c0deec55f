#include "ScoreCommands.h"

#include "core/campaign/Enrollments.h"
#include "ui/common/Session.h"

#include <QCoreApplication>

namespace lianping::ui {

ScoreCommand::ScoreCommand(Session& session, ScoreCell cell)
    : m_session(session)
    , m_cell(std::move(cell)) {}

bool ScoreCommand::tryApply() {
    write(true);
    m_applied = m_error.isEmpty();
    return m_applied;
}

void ScoreCommand::redo() {
    if (m_applied) { // applied by tryApply() just before the push
        m_applied = false;
        return;
    }
    write(true);
}

void ScoreCommand::undo() {
    write(false);
}

void ScoreCommand::write(bool forward) {
    m_error.clear();
    Result<Enrollment> enrollment = Enrollments::findById(m_session.db(), m_cell.enrollmentId);
    const Result<void> done =
        enrollment ? store(m_session, *enrollment, forward) : Result<void>(enrollment.error());
    if (!done)
        m_error = done.error().message; // stored ones are announced by the Workbench
}

SetPointsCommand::SetPointsCommand(Session& session, ScoreCell cell,
                                   std::optional<HalfPoints> before,
                                   std::optional<HalfPoints> after)
    : ScoreCommand(session, std::move(cell))
    , m_before(before)
    , m_after(after) {
    setText(QCoreApplication::translate("lianping::ui::ScoreCommands", "score %1 %2 → %3")
                .arg(this->cell().unitCode, this->cell().indicator,
                     after ? formatPoints(*after) : QStringLiteral("—")));
}

Result<void> SetPointsCommand::store(Workbench& bench, const Enrollment& enrollment, bool forward) {
    const std::optional<HalfPoints> value = forward ? m_after : m_before;
    return value ? bench.setScore(enrollment, cell().indicator, *value, cell().step)
                 : bench.clearScore(enrollment, cell().indicator, cell().step);
}

bool SetPointsCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const SetPointsCommand*>(other);
    if (!(next->cell() == cell()))
        return false;
    m_after = next->m_after;
    setText(next->text());
    return true;
}

SetNoteCommand::SetNoteCommand(Session& session, ScoreCell cell, HalfPoints points, QString before,
                               QString after)
    : ScoreCommand(session, std::move(cell))
    , m_points(points)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(QCoreApplication::translate("lianping::ui::ScoreCommands", "note on %1 %2")
                .arg(this->cell().unitCode, this->cell().indicator));
}

Result<void> SetNoteCommand::store(Workbench& bench, const Enrollment& enrollment, bool forward) {
    const QString note = forward ? m_after : m_before;
    return bench.setScore(enrollment, cell().indicator, m_points, cell().step,
                          note.isNull() ? QStringLiteral("") : note);
}

SetVetoCommand::SetVetoCommand(Session& session, ScoreCell cell, QString reasonBefore,
                               QString reasonAfter)
    : ScoreCommand(session, std::move(cell))
    , m_before(std::move(reasonBefore))
    , m_after(std::move(reasonAfter)) {
    setText(QCoreApplication::translate("lianping::ui::ScoreCommands", "veto %1 %2")
                .arg(this->cell().unitCode, this->cell().indicator));
}

Result<void> SetVetoCommand::store(Workbench& bench, const Enrollment& enrollment, bool forward) {
    const QString reason = forward ? m_after : m_before;
    if (reason.isEmpty())
        return bench.clearVeto(
            enrollment.year, cell().unitCode, cell().indicator, cell().step,
            QCoreApplication::translate("lianping::ui::ScoreCommands", "veto withdrawn"));
    return bench.setVeto(enrollment.year, cell().unitCode, cell().indicator, cell().step, reason);
}

SetSurveyCommand::SetSurveyCommand(Session& session, ScoreCell cell, Survey before, Survey after)
    : ScoreCommand(session, std::move(cell))
    , m_before(before)
    , m_after(after) {
    setText(QCoreApplication::translate("lianping::ui::ScoreCommands", "ballots of %1")
                .arg(this->cell().unitCode));
}

Result<void> SetSurveyCommand::store(Workbench& bench, const Enrollment& enrollment, bool forward) {
    return bench.setSurvey(enrollment.year, cell().unitCode, cell().step,
                           forward ? m_after : m_before);
}

} // namespace lianping::ui
