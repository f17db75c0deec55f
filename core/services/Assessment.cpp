#include "Assessment.h"

#include "core/campaign/Enrollments.h"
#include "core/followup/FollowUps.h"
#include "core/pipeline/Pipeline.h"
#include "core/scoring/ScoreRepository.h"
#include "core/storage/Transaction.h"

#include <QDate>

namespace lianping {

Result<void> Assessment::setVeto(int year, const QString& unitCode, const QString& indicatorCode,
                                 Step step, const QString& reason) {
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    LP_TRY(ScoreRepository(m_db).setVeto(year, unitCode, indicatorCode, step, reason));
    LP_TRY(follow(year, unitCode, reason));
    return transaction.commit();
}

Result<void> Assessment::clearVeto(int year, const QString& unitCode, const QString& indicatorCode,
                                   Step step, const QString& reason) {
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    LP_TRY(ScoreRepository(m_db).clearVeto(year, unitCode, indicatorCode, step, reason));
    LP_TRY(follow(year, unitCode, {}));
    return transaction.commit();
}

// A veto (reason given) on a named unit revokes its naming; either way the follow-ups are
// brought in line with the unit's result.
Result<void> Assessment::follow(int year, const QString& unitCode, const QString& reason) {
    const Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    if (!reason.isEmpty() && enrollment->state == State::Named) {
        LP_TRY(Pipeline(m_db).revokeEnrollment(
            *enrollment, QStringLiteral("一票否决:%1").arg(reason.trimmed()),
            QDate::currentDate().toString(Qt::ISODate), QString()));
    }
    return FollowUps(m_db).sync(enrollment->id);
}

} // namespace lianping
