#include "Pipeline.h"

#include "core/campaign/Enrollments.h"
#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/campaign/CampaignRepository.h"
#include "core/common/Ids.h"
#include "core/followup/FollowUps.h"
#include "core/history/History.h"
#include "core/office/Office.h"
#include "core/scoring/ResultService.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDate>

#include <set>

namespace lianping {

namespace {

std::optional<State> previous(State state) {
    switch (state) {
    case State::Submitted:
        return State::Draft;
    case State::CountyAccepted:
        return State::Submitted;
    case State::CityRechecked:
        return State::CountyAccepted;
    default:
        return std::nullopt;
    }
}

Result<void> checkDate(const QString& date, const char* option) {
    if (!QDate::fromString(date, Qt::ISODate).isValid() || date.size() != 10)
        return fail(CoreText::tr("%1 '%2' is not a date in the form YYYY-MM-DD")
                        .arg(QString::fromLatin1(option), date));
    return {};
}

} // namespace

std::optional<State> Pipeline::nextState(const Enrollment& enrollment) {
    switch (enrollment.state) {
    case State::Draft:
        return State::Submitted;
    case State::Submitted:
        return State::CountyAccepted;
    case State::CountyAccepted:
        return State::CityRechecked;
    case State::Returned:
        return enrollment.returnedFrom;
    default:
        return std::nullopt;
    }
}

bool Pipeline::mayReturn(State state) {
    return previous(state).has_value();
}

Step Pipeline::stepOf(const Enrollment& enrollment) {
    if (enrollment.state == State::Returned) // back to the step that made the state returned from
        switch (enrollment.returnedFrom.value_or(State::Draft)) {
        case State::CountyAccepted:
            return Step::County;
        case State::CityRechecked:
            return Step::City;
        default:
            return Step::Self;
        }
    switch (enrollment.state) {
    case State::Submitted:
        return Step::County;
    case State::CountyAccepted:
    case State::CityRechecked:
        return Step::City;
    default:
        return Step::Self;
    }
}

Step Pipeline::stepShown(Database& db, const Enrollment& enrollment) {
    if (!scoresFinal(enrollment.state))
        return stepOf(enrollment);
    const Result<UnitResult> result = ResultService(db).forEnrollment(enrollment.id);
    return result && result->finalStep ? *result->finalStep : Step::County;
}

Result<void> Pipeline::setState(const Enrollment& enrollment, State to,
                                std::optional<State> returnedFrom, const QString& note) {
    LP_TRY(Enrollments::setState(m_db, enrollment.id, to, returnedFrom, note));
    return History::record(m_db, {enrollment.unitId, enrollment.year, QStringLiteral("enrollment"),
                                  QStringLiteral("state"), stateName(enrollment.state),
                                  stateName(to), note});
}

Result<void> Pipeline::advance(int year, const QString& unitCode, State to, const QString& note) {
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    if (to == State::Named)
        return fail(CoreText::tr("naming is a batch decision: use `name %1 --decision NO --date "
                                 "YYYY-MM-DD %2`")
                        .arg(year)
                        .arg(unitCode));
    const std::optional<State> next = nextState(*enrollment);
    if (!next || *next != to) {
        QString hint = next ? CoreText::tr("; it can go to %1").arg(stateName(*next))
                            : CoreText::tr("; it cannot advance");
        return fail(CoreText::tr("unit %1 is %2: it cannot go to %3%4")
                        .arg(unitCode, stateName(enrollment->state), stateName(to), hint));
    }
    LP_TRY(Offices::current(m_db).mayMove(enrollment->state, to, *enrollment));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    LP_TRY(setState(*enrollment, to, std::nullopt, note));
    if (to == State::CountyAccepted || to == State::CityRechecked)
        LP_TRY(FollowUps(m_db).sync(enrollment->id));
    return transaction.commit();
}

Result<void> Pipeline::returnUnit(int year, const QString& unitCode, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return fail(CoreText::tr("returning unit %1 needs a reason (--reason)").arg(unitCode));
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    if (!mayReturn(enrollment->state))
        return fail(CoreText::tr("unit %1 is %2: only a submitted, county-accepted or "
                                 "city-rechecked unit can be returned")
                        .arg(unitCode, stateName(enrollment->state)));
    LP_TRY(Offices::current(m_db).mayMove(enrollment->state, State::Returned, *enrollment));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    LP_TRY(setState(*enrollment, State::Returned, enrollment->state, reason.trimmed()));
    return transaction.commit();
}

Result<std::int64_t> Pipeline::name(const NamingBatch& batch) {
    if (batch.decision.trimmed().isEmpty())
        return fail(CoreText::tr("naming needs a decision number (--decision)"));
    LP_TRY(checkDate(batch.date, "--date"));
    if (batch.units.isEmpty())
        return fail(CoreText::tr("naming needs at least one unit"));
    LP_TRY(Offices::current(m_db).mayName());
    std::vector<Enrollment> enrollments;
    std::set<QString> seen;
    ResultService results(m_db);
    for (const QString& code : batch.units) {
        if (!seen.insert(code).second)
            continue;
        Result<Enrollment> enrollment = Enrollments::find(m_db, batch.year, code);
        if (!enrollment)
            return enrollment.error();
        if (enrollment->state != State::CountyAccepted && enrollment->state != State::CityRechecked)
            return fail(CoreText::tr("unit %1 is %2: only county-accepted or city-rechecked "
                                     "units can be named")
                            .arg(code, stateName(enrollment->state)));
        Result<UnitResult> result = results.forEnrollment(enrollment->id);
        if (!result)
            return result.error();
        if (!result->finalStep || result->outcome.grade == Grade::Unqualified)
            return fail(CoreText::tr("unit %1 is graded %2 (total %3): only qualified or "
                                     "excellent units can be named")
                            .arg(code,
                                 result->finalStep ? gradeName(result->outcome.grade)
                                                   : QStringLiteral("not yet"),
                                 formatOneDecimal(result->outcome.total)));
        enrollments.push_back(*enrollment);
    }
    Result<Campaign> campaign = CampaignRepository(m_db).require(batch.year);
    if (!campaign)
        return campaign.error();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& insert = m_db.cached(
        "INSERT INTO namings(uid, campaign_id, decision, decided_on, operator, owner, updated_at) "
        "VALUES (?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, campaign->id)
        .bind(3, batch.decision.trimmed())
        .bind(4, batch.date)
        .bind(5, m_db.operatorName())
        .bind(6, m_db.officeId())
        .bind(7, nowMs());
    if (!insert.exec())
        return fail(m_db.lastError());
    const std::int64_t namingId = m_db.lastInsertId();
    const QString note = QStringLiteral("%1 %2").arg(batch.decision.trimmed(), batch.date);
    for (const Enrollment& enrollment : enrollments) {
        LP_TRY(setState(enrollment, State::Named, std::nullopt, note));
        LP_TRY(Enrollments::linkNaming(m_db, enrollment.id, namingId));
    }
    LP_TRY(transaction.commit());
    return namingId;
}

Result<void> Pipeline::revoke(const QString& unitCode, const QString& reason, const QString& date,
                              const QString& document) {
    if (reason.trimmed().isEmpty())
        return fail(CoreText::tr("revoking needs a reason (--reason)"));
    LP_TRY(Offices::current(m_db).mayName());
    LP_TRY(checkDate(date, "--date"));
    if (document.trimmed().isEmpty())
        return fail(CoreText::tr("revoking needs the document number (--document)"));
    Statement& latest = m_db.cached(
        "SELECT c.year FROM enrollments e JOIN units u ON u.id = e.unit_id "
        "JOIN campaigns c ON c.id = e.campaign_id WHERE u.code = ? AND e.naming_id IS NOT NULL "
        "ORDER BY c.year DESC LIMIT 1");
    if (!latest.bind(1, unitCode.trimmed()).step()) {
        Statement& unit = m_db.cached("SELECT 1 FROM units WHERE code = ?");
        if (!unit.bind(1, unitCode.trimmed()).step())
            return fail(CoreText::tr("unknown unit %1").arg(unitCode));
        return fail(CoreText::tr("unit %1 has never been named").arg(unitCode));
    }
    Result<Enrollment> enrollment = Enrollments::find(m_db, latest.integer(0), unitCode);
    if (!enrollment)
        return enrollment.error();
    if (enrollment->state == State::Revoked) {
        // Revoked at once by a veto: the decision's number and reason complete the record.
        Statement& pending = m_db.cached(
            "SELECT id, reason FROM revocations WHERE enrollment_id = ? AND document = '' "
            "ORDER BY id DESC LIMIT 1");
        if (!pending.bind(1, enrollment->id).step())
            return fail(CoreText::tr("unit %1's naming is already revoked").arg(unitCode));
        const std::int64_t id = pending.int64(0);
        const QString oldReason = pending.text(1);
        pending.reset();
        Transaction transaction(m_db);
        LP_TRY(transaction.begun());
        Statement& complete = m_db.cached(
            "UPDATE revocations SET reason = ?, revoked_on = ?, document = ?, operator = ?, "
            "updated_at = ? WHERE id = ?");
        complete.bind(1, reason.trimmed())
            .bind(2, date)
            .bind(3, document.trimmed())
            .bind(4, m_db.operatorName())
            .bind(5, nowMs())
            .bind(6, id);
        if (!complete.exec())
            return fail(m_db.lastError());
        LP_TRY(History::record(m_db, {enrollment->unitId, enrollment->year,
                                      QStringLiteral("revocation"), QStringLiteral("document"),
                                      oldReason, document.trimmed(), reason.trimmed()}));
        return transaction.commit();
    }
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    LP_TRY(revokeEnrollment(*enrollment, reason.trimmed(), date, document.trimmed()));
    return transaction.commit();
}

Result<void> Pipeline::revokeEnrollment(const Enrollment& enrollment, const QString& reason,
                                        const QString& date, const QString& document) {
    if (enrollment.state != State::Named)
        return fail(CoreText::tr("unit %1 is %2, not named")
                        .arg(enrollment.unitCode, stateName(enrollment.state)));
    Statement& insert = m_db.cached("INSERT INTO revocations(uid, enrollment_id, reason, "
                                    "revoked_on, document, operator, owner, "
                                    "updated_at) VALUES (?,?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, enrollment.id)
        .bind(3, reason)
        .bind(4, date)
        .bind(5, orEmpty(document))
        .bind(6, m_db.operatorName())
        .bind(7, m_db.officeId())
        .bind(8, nowMs());
    if (!insert.exec())
        return fail(m_db.lastError());
    const QString note = document.isEmpty()
                             ? QStringLiteral("%1 %2").arg(date, reason)
                             : QStringLiteral("%1 %2 %3").arg(document, date, reason);
    return setState(enrollment, State::Revoked, std::nullopt, note);
}

} // namespace lianping
