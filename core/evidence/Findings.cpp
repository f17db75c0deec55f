#include "Findings.h"

#include "core/campaign/Enrollments.h"
#include "core/common/CoreText.h"
#include "core/common/Ids.h"
#include "core/common/Limits.h"
#include "core/evidence/EvidenceRepository.h"
#include "core/followup/Rectifications.h"
#include "core/history/History.h"
#include "core/office/Office.h"
#include "core/scoring/ScoreRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace lianping {

namespace {

constexpr const char* findingColumns =
    "SELECT f.id, f.uid, c.year, u.code, f.step, f.indicator, f.text, f.deduct_half, "
    "f.evidence_id, f.rectification_id, f.added_by, f.added_at, u.name, co.name FROM findings f "
    "JOIN enrollments e ON e.id = f.enrollment_id JOIN campaigns c ON c.id = e.campaign_id "
    "JOIN units u ON u.id = e.unit_id JOIN counties co ON co.id = u.county_id ";

Finding read(const Statement& q) {
    Finding finding;
    finding.id = q.int64(0);
    finding.uid = q.text(1);
    finding.year = q.integer(2);
    finding.unitCode = q.text(3);
    finding.step = static_cast<Step>(q.integer(4));
    finding.indicator = q.text(5);
    finding.text = q.text(6);
    finding.deduct = q.integer(7);
    if (!q.isNull(8))
        finding.evidenceId = q.int64(8);
    if (!q.isNull(9))
        finding.rectificationId = q.int64(9);
    finding.addedBy = q.text(10);
    finding.addedAt = q.int64(11);
    finding.unitName = q.text(12);
    finding.county = q.text(13);
    return finding;
}

struct IndicatorFacts {
    std::optional<HalfPoints> max;
    bool veto = false;
    bool deduct = false;
};

std::optional<IndicatorFacts> facts(Database& db, std::int64_t rubricId, const QString& code) {
    Statement& query =
        db.cached("SELECT max_half, kind, deduct FROM indicators WHERE rubric_id = ? AND code = ?");
    if (!query.bind(1, rubricId).bind(2, code).step()) {
        query.reset();
        return std::nullopt;
    }
    IndicatorFacts result;
    if (!query.isNull(0))
        result.max = query.integer(0);
    result.veto = query.text(1) == QStringLiteral("veto");
    result.deduct = query.integer(2) != 0;
    query.reset();
    return result;
}

QString field(Step step, const QString& indicator) {
    return stepName(step) + QLatin1Char(':') +
           (indicator.isEmpty() ? QStringLiteral("-") : indicator);
}

QString findingText(const QString& text, HalfPoints deduct) {
    return deduct > 0 ? CoreText::tr("%1 (−%2)").arg(text, formatPoints(deduct)) : text;
}

} // namespace

Result<std::int64_t> Findings::add(int year, const QString& unitCode, const QString& indicator,
                                   Step step, const QString& text, HalfPoints deduct,
                                   std::optional<std::int64_t> evidenceId) {
    Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
    if (!enrollment)
        return enrollment.error();
    return add(*enrollment, indicator, step, text, deduct, evidenceId);
}

Result<std::int64_t> Findings::add(const Enrollment& enrollment, const QString& indicator,
                                   Step step, const QString& text, HalfPoints deduct,
                                   std::optional<std::int64_t> evidenceId) {
    if (step == Step::Self)
        return fail(CoreText::tr("findings are recorded in the county review or the city "
                                 "recheck (--step county|city)"));
    if (text.trimmed().isEmpty())
        return fail(CoreText::tr("a finding needs a text (--text)"));
    LP_TRY(Limits::text(CoreText::tr("finding"), text.trimmed(), Limits::NoteLength, true));
    if (enrollment.state == State::Named || enrollment.state == State::Revoked)
        return fail(CoreText::tr("unit %1 is %2 in campaign %3: its findings are final")
                        .arg(enrollment.unitCode, stateName(enrollment.state))
                        .arg(enrollment.year));
    LP_TRY(Offices::current(m_db).mayScore(step, enrollment));
    Result<QString> code = EvidenceRepository::indicatorCode(m_db, enrollment, indicator);
    if (!code)
        return code.error();
    if (deduct < 0)
        return fail(CoreText::tr("a deduction cannot be negative"));
    HalfPoints max = 200; // the whole sheet: at most its 100 points
    if (!code->isEmpty()) {
        const std::optional<IndicatorFacts> indicatorFacts =
            facts(m_db, enrollment.rubricId, *code);
        if (indicatorFacts && indicatorFacts->veto && deduct > 0)
            return fail(CoreText::tr("indicator %1 is a veto: a finding there deducts no points "
                                     "(record the veto with `veto`)")
                            .arg(*code));
        if (indicatorFacts && indicatorFacts->max)
            max = *indicatorFacts->max;
    }
    if (deduct > max)
        return fail(CoreText::tr("a deduction of %1 is above %2's maximum of %3")
                        .arg(formatPoints(deduct),
                             code->isEmpty() ? CoreText::tr("the sheet") : *code,
                             formatPoints(max)));
    if (evidenceId) {
        const std::optional<EvidenceFile> file = EvidenceRepository(m_db).find(*evidenceId);
        if (!file || file->unitCode != enrollment.unitCode || file->year != enrollment.year)
            return fail(CoreText::tr("evidence file %1 is not one of unit %2's in %3")
                            .arg(*evidenceId)
                            .arg(enrollment.unitCode)
                            .arg(enrollment.year));
    }
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    const std::int64_t now = nowMs();
    Statement& insert = m_db.cached(
        "INSERT INTO findings(uid, enrollment_id, step, indicator, text, deduct_half, "
        "evidence_id, added_by, added_at, owner, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, enrollment.id)
        .bind(3, static_cast<int>(step))
        .bind(4, *code)
        .bind(5, text.trimmed())
        .bind(6, deduct)
        .bind(7, evidenceId)
        .bind(8, m_db.operatorName())
        .bind(9, now)
        .bind(10, m_db.officeId())
        .bind(11, now);
    if (!insert.exec())
        return fail(m_db.lastError());
    const std::int64_t id = m_db.lastInsertId();
    LP_TRY(History::record(m_db, {enrollment.unitId,
                                  enrollment.year,
                                  QStringLiteral("finding"),
                                  field(step, *code),
                                  {},
                                  findingText(text.trimmed(), deduct),
                                  {}}));
    LP_TRY(applyDeductions(m_db, enrollment, *code, step));
    LP_TRY(transaction.commit());
    return id;
}

Result<void> Findings::applyDeductions(Database& db, const Enrollment& enrollment,
                                       const QString& indicator, Step step) {
    if (indicator.isEmpty())
        return {};
    const std::optional<IndicatorFacts> indicatorFacts = facts(db, enrollment.rubricId, indicator);
    if (!indicatorFacts || !indicatorFacts->deduct || !indicatorFacts->max)
        return {};
    Statement& sum = db.cached("SELECT coalesce(sum(deduct_half), 0), count(*) FROM findings "
                               "WHERE enrollment_id = ? AND step = ? AND indicator = ?");
    sum.bind(1, enrollment.id).bind(2, static_cast<int>(step)).bind(3, indicator).step();
    const std::int64_t deducted = sum.int64(0);
    const int count = sum.integer(1);
    sum.reset();
    const HalfPoints points =
        static_cast<HalfPoints>(std::max<std::int64_t>(0, *indicatorFacts->max - deducted));
    return ScoreRepository(db).setScore(
        enrollment, indicator, points, step,
        // The note is stored, so in the offices' language whatever the interface's.
        count == 0 ? QString(QLatin1String(""))
                   : QStringLiteral("发现问题%1处，扣%2分")
                         .arg(count)
                         .arg(formatPoints(static_cast<HalfPoints>(deducted))));
}

Result<void> Findings::remove(std::int64_t id, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return fail(CoreText::tr("say why the finding is removed (--reason)"));
    const std::optional<Finding> finding = find(id);
    if (!finding)
        return fail(CoreText::tr("there is no finding %1").arg(id));
    Result<Enrollment> enrollment = Enrollments::find(m_db, finding->year, finding->unitCode);
    if (!enrollment)
        return enrollment.error();
    LP_TRY(Offices::current(m_db).mayScore(finding->step, *enrollment));
    if (finding->rectificationId)
        return fail(CoreText::tr("finding %1 has rectification item %2: it stays on record")
                        .arg(id)
                        .arg(*finding->rectificationId));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& remove = m_db.cached("DELETE FROM findings WHERE id = ?");
    if (!remove.bind(1, id).exec())
        return fail(m_db.lastError());
    LP_TRY(History::record(m_db, {enrollment->unitId,
                                  finding->year,
                                  QStringLiteral("finding"),
                                  field(finding->step, finding->indicator),
                                  findingText(finding->text, finding->deduct),
                                  {},
                                  reason.trimmed()}));
    LP_TRY(applyDeductions(m_db, *enrollment, finding->indicator, finding->step));
    return transaction.commit();
}

Result<std::int64_t> Findings::rectify(std::int64_t id, const QString& deadline,
                                       const QString& responsible) {
    const std::optional<Finding> finding = find(id);
    if (!finding)
        return fail(CoreText::tr("there is no finding %1").arg(id));
    if (finding->rectificationId)
        return fail(CoreText::tr("finding %1 already has rectification item %2")
                        .arg(id)
                        .arg(*finding->rectificationId));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    const QString text = finding->indicator.isEmpty()
                             ? finding->text
                             : QStringLiteral("%1：%2").arg(finding->indicator, finding->text);
    Result<std::int64_t> item =
        Rectifications(m_db).add(finding->year, finding->unitCode, text, deadline, responsible);
    if (!item)
        return item.error();
    Statement& link =
        m_db.cached("UPDATE findings SET rectification_id = ?, updated_at = ? WHERE id = ?");
    if (!link.bind(1, *item).bind(2, nowMs()).bind(3, id).exec())
        return fail(m_db.lastError());
    LP_TRY(transaction.commit());
    return *item;
}

Result<void> Findings::closeRectification(std::int64_t rectificationId, const QString& status,
                                          const QString& note, const QStringList& evidenceFiles) {
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    LP_TRY(Rectifications(m_db).setStatus(rectificationId, status, note));
    if (!evidenceFiles.isEmpty()) {
        Statement& item = m_db.cached(
            "SELECT c.year, u.code FROM rectifications r JOIN enrollments e ON e.id = "
            "r.enrollment_id JOIN campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = "
            "e.unit_id WHERE r.id = ?");
        item.bind(1, rectificationId).step();
        const int year = item.integer(0);
        const QString unit = item.text(1);
        item.reset();
        const std::optional<Finding> finding = ofRectification(rectificationId);
        Step step = Step::County;
        if (finding)
            step = finding->step;
        else if (Offices::current(m_db).role == Role::City)
            step = Step::City;
        Result<std::vector<std::int64_t>> added = EvidenceRepository(m_db).add(
            year, unit, finding ? finding->indicator : QString(), evidenceFiles, step,
            QStringLiteral("第%1项整改的佐证材料").arg(rectificationId)); // stored: Chinese
        if (!added)
            return added.error();
    }
    return transaction.commit();
}

std::optional<Finding> Findings::find(std::int64_t id) const {
    static const QByteArray sql = QByteArray(findingColumns) + "WHERE f.id = ?";
    Statement& query = m_db.cached(sql.constData());
    if (!query.bind(1, id).step()) {
        query.reset();
        return std::nullopt;
    }
    Finding finding = read(query);
    query.reset();
    return finding;
}

std::optional<Finding> Findings::ofRectification(std::int64_t rectificationId) const {
    static const QByteArray sql = QByteArray(findingColumns) + "WHERE f.rectification_id = ?";
    Statement& query = m_db.cached(sql.constData());
    if (!query.bind(1, rectificationId).step()) {
        query.reset();
        return std::nullopt;
    }
    Finding finding = read(query);
    query.reset();
    return finding;
}

std::vector<Finding> Findings::list(std::optional<int> year, const QString& unitCode) const {
    static const QByteArray sql =
        QByteArray(findingColumns) +
        "WHERE (?1 IS NULL OR c.year = ?1) AND (?2 IS NULL OR u.code = ?2) "
        "ORDER BY c.year, u.code, f.step, f.indicator, f.id";
    Statement& query = m_db.cached(sql.constData());
    query.bind(1, year).bind(2, unitCode.isEmpty() ? QString() : unitCode.trimmed());
    std::vector<Finding> findings;
    while (query.step())
        findings.push_back(read(query));
    return findings;
}

std::vector<Finding> Findings::forEnrollment(std::int64_t enrollmentId) const {
    static const QByteArray sql =
        QByteArray(findingColumns) + "WHERE f.enrollment_id = ? ORDER BY f.step, f.indicator, f.id";
    Statement& query = m_db.cached(sql.constData());
    query.bind(1, enrollmentId);
    std::vector<Finding> findings;
    while (query.step())
        findings.push_back(read(query));
    return findings;
}

} // namespace lianping
