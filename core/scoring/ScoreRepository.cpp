#include "ScoreRepository.h"

#include "core/common/Labels.h"
#include "core/common/Limits.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/campaign/Enrollments.h"
#include "core/common/Ids.h"
#include "core/history/History.h"
#include "core/office/Office.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDate>

namespace lianping {

namespace {

QString scoreField(Step step, const QString& indicator) {
    return stepName(step) + QLatin1Char(':') + indicator;
}

QString surveyText(const std::optional<Survey>& survey) {
    if (!survey)
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(survey->satisfied)
        .arg(survey->basic)
        .arg(survey->unsatisfied);
}

} // namespace

Result<ScoreRepository::IndicatorRef> ScoreRepository::indicator(const Enrollment& enrollment,
                                                                 const QString& code) const {
    Statement& query =
        m_db.cached("SELECT id, max_half, kind FROM indicators WHERE rubric_id = ? AND code = ?");
    if (!query.bind(1, enrollment.rubricId).bind(2, code.trimmed()).step())
        return fail(CoreText::tr("unit %1: unknown indicator '%2' in its rubric")
                        .arg(enrollment.unitCode, code));
    IndicatorRef ref;
    ref.id = query.int64(0);
    if (!query.isNull(1))
        ref.max = query.integer(1);
    ref.veto = query.text(2) == QStringLiteral("veto");
    return ref;
}

Result<void> ScoreRepository::checkEditable(const Enrollment& enrollment, Step step) const {
    if (scoresFinal(enrollment.state))
        return fail(CoreText::tr("unit %1 is %2 in campaign %3: its scores are final")
                        .arg(enrollment.unitCode, stateName(enrollment.state))
                        .arg(enrollment.year));
    return Offices::current(m_db).mayScore(step, enrollment);
}

Result<std::int64_t> ScoreRepository::ensureSheet(std::int64_t enrollmentId, Step step) {
    Statement& query = m_db.cached("SELECT id FROM sheets WHERE enrollment_id = ? AND step = ?");
    if (query.bind(1, enrollmentId).bind(2, static_cast<int>(step)).step())
        return query.int64(0);
    Statement& insert = m_db.cached(
        "INSERT INTO sheets(uid, enrollment_id, step, owner, updated_at) VALUES (?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, enrollmentId)
        .bind(3, static_cast<int>(step))
        .bind(4, m_db.officeId())
        .bind(5, nowMs());
    if (!insert.exec())
        return fail(m_db.lastError());
    return m_db.lastInsertId();
}

Result<void> ScoreRepository::touch(std::int64_t sheetId) {
    Statement& update = m_db.cached(
        "UPDATE sheets SET revision = revision + 1, updated_at = ?, owner = ? WHERE id = ?");
    if (!update.bind(1, nowMs()).bind(2, m_db.officeId()).bind(3, sheetId).exec())
        return fail(m_db.lastError());
    return {};
}

Result<void> ScoreRepository::setScore(int year, const QString& unitCode,
                                       const QString& indicatorCode, HalfPoints points, Step step,
                                       const QString& note) {
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    return setScore(*enrollment, indicatorCode, points, step, note);
}

Result<void> ScoreRepository::setScore(const Enrollment& enrollment, const QString& indicatorCode,
                                       HalfPoints points, Step step, const QString& note) {
    LP_TRY(checkEditable(enrollment, step));
    LP_TRY(Limits::text(Labels::field(QStringLiteral("note")), note, Limits::NoteLength, true));
    Result<IndicatorRef> ref = indicator(enrollment, indicatorCode);
    if (!ref)
        return ref.error();
    if (ref->veto)
        return fail(CoreText::tr("indicator %1 is a veto: record it with `veto`, not points")
                        .arg(indicatorCode));
    if (points < 0 || points > *ref->max)
        return fail(CoreText::tr("indicator %1: %2 points is outside 0..%3")
                        .arg(indicatorCode, formatPoints(points), formatPoints(*ref->max)));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Result<std::int64_t> sheetId = ensureSheet(enrollment.id, step);
    if (!sheetId)
        return sheetId.error();
    Statement& current =
        m_db.cached("SELECT half_points, note FROM scores WHERE sheet_id = ? AND indicator_id = ?");
    QString oldValue;
    QString oldNote;
    if (current.bind(1, *sheetId).bind(2, ref->id).step()) {
        oldValue = formatPoints(current.integer(0));
        oldNote = current.text(1);
    }
    const QString newNote = note.isNull() ? oldNote : note;
    if (oldValue == formatPoints(points) && oldNote == newNote)
        return transaction.commit();
    Statement& upsert = m_db.cached(
        "INSERT INTO scores(sheet_id, indicator_id, half_points, note) VALUES (?,?,?,?) "
        "ON CONFLICT(sheet_id, indicator_id) DO UPDATE SET half_points = excluded.half_points, "
        "note = excluded.note");
    upsert.bind(1, *sheetId)
        .bind(2, ref->id)
        .bind(3, points)
        .bind(4, newNote.isEmpty() ? QString() : newNote);
    if (!upsert.exec())
        return fail(m_db.lastError());
    LP_TRY(touch(*sheetId));
    LP_TRY(History::record(m_db, {enrollment.unitId, enrollment.year, QStringLiteral("score"),
                                  scoreField(step, indicatorCode.trimmed()), oldValue,
                                  formatPoints(points), newNote}));
    return transaction.commit();
}

Result<void> ScoreRepository::clearScore(const Enrollment& enrollment, const QString& indicatorCode,
                                         Step step) {
    LP_TRY(checkEditable(enrollment, step));
    Result<IndicatorRef> ref = indicator(enrollment, indicatorCode);
    if (!ref)
        return ref.error();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    const Sheet sheet = load(enrollment.id, step);
    const auto found = sheet.scores.find(ref->id);
    if (found == sheet.scores.end())
        return transaction.commit();
    Statement& remove = m_db.cached("DELETE FROM scores WHERE sheet_id = ? AND indicator_id = ?");
    if (!remove.bind(1, sheet.id).bind(2, ref->id).exec())
        return fail(m_db.lastError());
    LP_TRY(touch(sheet.id));
    LP_TRY(History::record(m_db, {enrollment.unitId,
                                  enrollment.year,
                                  QStringLiteral("score"),
                                  scoreField(step, indicatorCode.trimmed()),
                                  formatPoints(found->second.points),
                                  {},
                                  found->second.note}));
    return transaction.commit();
}

Result<void> ScoreRepository::setSurvey(int year, const QString& unitCode, Step step,
                                        const Survey& survey) {
    if (survey.satisfied < 0 || survey.basic < 0 || survey.unsatisfied < 0)
        return fail(CoreText::tr("unit %1: ballot counts cannot be negative").arg(unitCode));
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    LP_TRY(checkEditable(*enrollment, step));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Result<std::int64_t> sheetId = ensureSheet(enrollment->id, step);
    if (!sheetId)
        return sheetId.error();
    const Sheet before = load(enrollment->id, step);
    Statement& update =
        m_db.cached("UPDATE sheets SET satisfied = ?, basic = ?, unsatisfied = ? WHERE id = ?");
    update.bind(1, survey.satisfied)
        .bind(2, survey.basic)
        .bind(3, survey.unsatisfied)
        .bind(4, *sheetId);
    if (!update.exec())
        return fail(m_db.lastError());
    LP_TRY(touch(*sheetId));
    LP_TRY(
        History::record(m_db, {enrollment->unitId, year, QStringLiteral("survey"), stepName(step),
                               surveyText(before.survey), surveyText(survey), QString()}));
    return transaction.commit();
}

Result<void> ScoreRepository::setVeto(int year, const QString& unitCode,
                                      const QString& indicatorCode, Step step,
                                      const QString& reason) {
    if (step == Step::Self)
        return fail(CoreText::tr("a veto is recorded by the county review or the city recheck"));
    if (reason.trimmed().isEmpty())
        return fail(CoreText::tr("unit %1: a veto needs a reason (--reason)").arg(unitCode));
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    if (enrollment->state == State::Revoked)
        return fail(CoreText::tr("unit %1's naming is already revoked").arg(unitCode));
    LP_TRY(Offices::current(m_db).mayScore(step, *enrollment));
    Result<IndicatorRef> ref = indicator(*enrollment, indicatorCode);
    if (!ref)
        return ref.error();
    if (!ref->veto)
        return fail(CoreText::tr("indicator %1 is scored, not a veto").arg(indicatorCode));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Result<std::int64_t> sheetId = ensureSheet(enrollment->id, step);
    if (!sheetId)
        return sheetId.error();
    const Sheet before = load(enrollment->id, step);
    const auto old = before.vetoes.find(ref->id);
    Statement& upsert =
        m_db.cached("INSERT INTO vetoes(sheet_id, indicator_id, reason) VALUES (?,?,?) "
                    "ON CONFLICT(sheet_id, indicator_id) DO UPDATE SET reason = excluded.reason");
    if (!upsert.bind(1, *sheetId).bind(2, ref->id).bind(3, reason.trimmed()).exec())
        return fail(m_db.lastError());
    LP_TRY(touch(*sheetId));
    LP_TRY(History::record(m_db, {enrollment->unitId,
                                  year,
                                  QStringLiteral("veto"),
                                  scoreField(step, indicatorCode.trimmed()),
                                  old == before.vetoes.end() ? QString() : old->second,
                                  reason.trimmed(),
                                  {}}));
    return transaction.commit();
}

Result<void> ScoreRepository::clearVeto(int year, const QString& unitCode,
                                        const QString& indicatorCode, Step step,
                                        const QString& reason) {
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    LP_TRY(checkEditable(*enrollment, step));
    Result<IndicatorRef> ref = indicator(*enrollment, indicatorCode);
    if (!ref)
        return ref.error();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    const Sheet before = load(enrollment->id, step);
    const auto old = before.vetoes.find(ref->id);
    if (old == before.vetoes.end())
        return fail(CoreText::tr("unit %1 has no %2 veto on %3")
                        .arg(unitCode, stepName(step), indicatorCode));
    Statement& remove = m_db.cached("DELETE FROM vetoes WHERE sheet_id = ? AND indicator_id = ?");
    if (!remove.bind(1, before.id).bind(2, ref->id).exec())
        return fail(m_db.lastError());
    LP_TRY(touch(before.id));
    LP_TRY(History::record(m_db, {enrollment->unitId,
                                  year,
                                  QStringLiteral("veto"),
                                  scoreField(step, indicatorCode.trimmed()),
                                  old->second,
                                  {},
                                  reason}));
    return transaction.commit();
}

Sheet ScoreRepository::load(std::int64_t enrollmentId, Step step) const {
    Sheet sheet;
    Statement& head = m_db.cached("SELECT id, satisfied, basic, unsatisfied FROM sheets WHERE "
                                  "enrollment_id = ? AND step = ?");
    if (!head.bind(1, enrollmentId).bind(2, static_cast<int>(step)).step())
        return sheet;
    sheet.id = head.int64(0);
    if (!head.isNull(1))
        sheet.survey = Survey{head.integer(1), head.integer(2), head.integer(3)};
    Statement& scores =
        m_db.cached("SELECT indicator_id, half_points, note FROM scores WHERE sheet_id = ?");
    scores.bind(1, sheet.id);
    while (scores.step())
        sheet.scores[scores.int64(0)] = SheetEntry{scores.integer(1), scores.text(2)};
    Statement& vetoes = m_db.cached("SELECT indicator_id, reason FROM vetoes WHERE sheet_id = ?");
    vetoes.bind(1, sheet.id);
    while (vetoes.step())
        sheet.vetoes[vetoes.int64(0)] = vetoes.text(1);
    return sheet;
}

} // namespace lianping
