#include "Workbench.h"

#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Coverage.h"
#include "core/campaign/Enrollments.h"
#include "core/evidence/EvidenceRepository.h"
#include "core/evidence/Findings.h"
#include "core/evidence/ReviewStepRecord.h"
#include "core/followup/FollowUps.h"
#include "core/followup/Rectifications.h"
#include "core/io/ScoreImporter.h"
#include "core/registry/TypeRepository.h"
#include "core/rubric/RubricRepository.h"
#include "core/scoring/ScoreRepository.h"
#include "core/services/Assessment.h"
#include "core/storage/Transaction.h"
#include "core/workspace/WorkbenchWork.h"
#include "core/workspace/Workspace.h"

namespace lianping {

Workbench::Workbench(QObject* parent)
    : QObject(parent) {}

Workbench::~Workbench() = default;

Result<void> Workbench::open(const QString& path, const QString& operatorName) {
    Result<std::unique_ptr<Database>> db = Workspace::open(path, operatorName);
    if (!db)
        return db.error();
    close();
    m_db = std::move(*db);
    const QList<int> available = years();
    m_year = available.isEmpty() ? QDate::currentDate().year() : available.front();
    emit opened(); // screens reload for the new file and its year: no separate yearChanged
    return {};
}

void Workbench::close() {
    if (!m_db)
        return;
    m_db.reset();
    emit closed();
}

void Workbench::setYear(int year) {
    if (year == m_year)
        return;
    m_year = year;
    emit yearChanged(year);
}

QList<int> Workbench::years() const {
    return m_db ? CampaignRepository(*m_db).years() : QList<int>{};
}

void Workbench::released() const {
    if (m_db)
        m_db->releaseReads();
}

std::int64_t Workbench::enrollmentOf(int year, const QString& unitCode) {
    const Result<Enrollment> enrollment = Enrollments::find(*m_db, year, unitCode);
    return enrollment ? enrollment->id : 0;
}

// Registry.

Result<std::int64_t> Workbench::addUnit(const UnitInput& input) {
    Transaction transaction(*m_db); // the unit and its history line
    LP_TRY(transaction.begun());
    const Result<std::int64_t> id = UnitRepository(*m_db).add(input);
    if (!id)
        return id;
    LP_TRY(transaction.commit());
    emit unitChanged(*id);
    released();
    return id;
}

Result<UnitType> Workbench::addType(const QString& code, const QString& name, const QString& lead) {
    Result<UnitType> type = TypeRepository(*m_db).add(code, name, lead);
    if (type)
        emit typesChanged();
    released();
    return type;
}

Result<UnitType> Workbench::addTypeAliases(const QString& type, const QStringList& aliases) {
    Result<UnitType> changed = [&]() -> Result<UnitType> {
        Transaction transaction(*m_db);
        LP_TRY(transaction.begun());
        Result<UnitType> done = TypeRepository(*m_db).addAliases(type, aliases);
        if (!done)
            return done;
        LP_TRY(transaction.commit());
        return done;
    }();
    if (changed)
        emit typesChanged();
    released();
    return changed;
}

Result<void> Workbench::updateUnit(const QString& code,
                                   const std::vector<std::pair<QString, QString>>& fields) {
    UnitRepository units(*m_db);
    Transaction transaction(*m_db);
    LP_TRY(transaction.begun());
    for (const auto& [field, value] : fields)
        LP_TRY(units.update(code, field, value));
    LP_TRY(transaction.commit());
    if (const std::optional<Unit> unit = units.find(code))
        emit unitChanged(unit->id);
    released();
    return {};
}

Result<void> Workbench::retireUnit(const QString& code, const QString& reason) {
    UnitRepository units(*m_db);
    LP_TRY(units.retire(code, reason));
    if (const std::optional<Unit> unit = units.find(code))
        emit unitChanged(unit->id);
    released();
    return {};
}

Result<UnitImportReport> Workbench::importUnits(const QString& file,
                                                const UnitImportOptions& options,
                                                const Runner& runner) {
    Result<UnitImportReport> report =
        runWork<UnitImportReport>(runner, [file, options](Database& db) {
            return UnitImporter(db).importFile(file, options);
        });
    if (report && !report->needsNewCounties) // else nothing was stored
        emit unitsChanged();
    released();
    return report;
}

// Campaigns and enrolment.

Result<Campaign> Workbench::createCampaign(int year, const CampaignSettings& settings) {
    const Result<Campaign> created = CampaignRepository(*m_db).create(year, settings);
    if (created)
        emit campaignChanged(year);
    released();
    return created;
}

Result<CarryOver> Workbench::createCampaignFrom(int year, int from,
                                                const std::optional<CampaignSettings>& settings,
                                                const Runner& runner) {
    Result<CarryOver> carried = runWork<CarryOver>(runner, [year, from, settings](Database& db) {
        return CampaignSetup(db).startFromLastYear(year, from, settings);
    });
    if (carried) {
        emit campaignChanged(year);
        emit enrollmentsChanged(year);
        emit followUpsChanged(); // open items carried over
    }
    released();
    return carried;
}

Result<void> Workbench::configureCampaign(int year, const CampaignChanges& changes) {
    Transaction transaction(*m_db);
    LP_TRY(transaction.begun());
    if (changes.settings)
        LP_TRY(CampaignSetup(*m_db).updateSettings(year, *changes.settings));
    if (changes.reviewSteps)
        LP_TRY(ReviewSteps(*m_db).setNames(year, *changes.reviewSteps));
    if (changes.minimumSample)
        LP_TRY(Surveys(*m_db).setMinimumSample(year, *changes.minimumSample));
    if (changes.notice)
        LP_TRY(CampaignRepository(*m_db).setNotice(year, *changes.notice));
    LP_TRY(transaction.commit());
    emit campaignChanged(year);
    released();
    return {};
}

Result<void> Workbench::setCoverageTarget(int year, double target, const QString& typeCode) {
    LP_TRY(Coverage(*m_db).setTarget(year, target, typeCode));
    emit campaignChanged(year);
    released();
    return {};
}

Result<int> Workbench::enroll(int year, const UnitFilter& filter, const QStringList& unitCodes,
                              const Runner& runner) {
    Result<int> count = runWork<int>(runner, [year, filter, unitCodes](Database& db) {
        return CampaignRepository(db).enroll(year, filter, unitCodes);
    });
    if (count)
        emit enrollmentsChanged(year);
    released();
    return count;
}

Result<int> Workbench::enrollUnit(int year, const QString& unitCode) {
    CampaignRepository campaigns(*m_db);
    bool created = false;
    Result<int> enrolled = [&]() -> Result<int> {
        Transaction transaction(*m_db);
        LP_TRY(transaction.begun());
        if (!campaigns.find(year)) {
            LP_TRY(campaigns.create(year, CampaignSettings{}));
            created = true;
        }
        Result<int> count = campaigns.enroll(year, UnitFilter{}, {unitCode});
        if (!count)
            return count;
        LP_TRY(transaction.commit());
        return count;
    }();
    if (enrolled) {
        if (created)
            emit campaignChanged(year);
        emit enrollmentsChanged(year);
    }
    released();
    return enrolled;
}

// Scores, ballots and vetoes.

Result<void> Workbench::setScore(const Enrollment& enrollment, const QString& indicator,
                                 HalfPoints points, Step step, const QString& note) {
    LP_TRY(ScoreRepository(*m_db).setScore(enrollment, indicator, points, step, note));
    emit sheetChanged(enrollment.id, step);
    released();
    return {};
}

Result<void> Workbench::setScore(int year, const QString& unitCode, const QString& indicator,
                                 HalfPoints points, Step step, const QString& note) {
    LP_TRY(ScoreRepository(*m_db).setScore(year, unitCode, indicator, points, step, note));
    emit sheetChanged(enrollmentOf(year, unitCode), step);
    released();
    return {};
}

Result<void> Workbench::clearScore(const Enrollment& enrollment, const QString& indicator,
                                   Step step) {
    LP_TRY(ScoreRepository(*m_db).clearScore(enrollment, indicator, step));
    emit sheetChanged(enrollment.id, step);
    released();
    return {};
}

Result<void> Workbench::setSurvey(int year, const QString& unitCode, Step step,
                                  const Survey& survey) {
    LP_TRY(ScoreRepository(*m_db).setSurvey(year, unitCode, step, survey));
    emit sheetChanged(enrollmentOf(year, unitCode), step);
    released();
    return {};
}

Result<void> Workbench::setVeto(int year, const QString& unitCode, const QString& indicator,
                                Step step, const QString& reason) {
    LP_TRY(Assessment(*m_db).setVeto(year, unitCode, indicator, step, reason));
    emit sheetChanged(enrollmentOf(year, unitCode), step);
    released();
    return {};
}

Result<void> Workbench::clearVeto(int year, const QString& unitCode, const QString& indicator,
                                  Step step, const QString& reason) {
    LP_TRY(Assessment(*m_db).clearVeto(year, unitCode, indicator, step, reason));
    emit sheetChanged(enrollmentOf(year, unitCode), step);
    released();
    return {};
}

Result<int> Workbench::importScores(int year, const QString& file, Step step,
                                    const Runner& runner) {
    Result<int> count = runWork<int>(runner, [year, file, step](Database& db) {
        return ScoreImporter(db).importFile(year, file, step);
    });
    if (count)
        emit sheetsChanged(year);
    released();
    return count;
}

// The pipeline.

Result<void> Workbench::advance(int year, const QString& unitCode, State to, const QString& note) {
    LP_TRY(Pipeline(*m_db).advance(year, unitCode, to, note));
    emit stateChanged(enrollmentOf(year, unitCode));
    released();
    return {};
}

Result<void> Workbench::returnUnit(int year, const QString& unitCode, const QString& reason) {
    LP_TRY(Pipeline(*m_db).returnUnit(year, unitCode, reason));
    emit stateChanged(enrollmentOf(year, unitCode));
    released();
    return {};
}

Result<ReviewStep> Workbench::recordReviewStep(int year, const QString& unitCode,
                                               const QString& step, const QDate& date,
                                               const QString& note, const QStringList& files) {
    Result<ReviewStep> done =
        ReviewStepRecord(*m_db).record(year, unitCode, step, date, note, files);
    if (done) {
        const std::int64_t enrollment = enrollmentOf(year, unitCode);
        emit reviewStepsChanged(enrollment);
        if (!files.isEmpty())
            emit evidenceChanged(enrollment);
    }
    released();
    return done;
}

Result<Rubric> Workbench::addRubric(const Rubric& rubric) {
    Result<Rubric> stored = RubricRepository(*m_db).add(rubric);
    if (stored)
        emit rubricsChanged();
    released();
    return stored;
}

Result<int> Workbench::adoptRubric(int year, std::int64_t rubricId) {
    Result<int> moved = CampaignSetup(*m_db).adoptRubric(year, rubricId);
    if (moved) {
        emit campaignChanged(year);
        emit enrollmentsChanged(year);
    }
    released();
    return moved;
}

Result<std::int64_t> Workbench::name(const NamingBatch& batch) {
    Result<std::int64_t> named = Pipeline(*m_db).name(batch);
    if (named)
        emit namingChanged();
    released();
    return named;
}

Result<void> Workbench::revoke(const QString& unitCode, const QString& reason, const QString& date,
                               const QString& document) {
    LP_TRY(Pipeline(*m_db).revoke(unitCode, reason, date, document));
    emit namingChanged();
    emit followUpsChanged(); // a revoked naming has its follow-ups
    released();
    return {};
}

// Follow-ups and rectification items.

Result<void> Workbench::setFollowUpStatus(std::int64_t id, const QString& status,
                                          const QString& note) {
    LP_TRY(FollowUps(*m_db).setStatus(id, status, note));
    emit followUpsChanged();
    released();
    return {};
}

Result<std::int64_t> Workbench::addRectification(int year, const QString& unitCode,
                                                 const QString& text, const QString& deadline,
                                                 const QString& responsible) {
    Result<std::int64_t> added =
        Rectifications(*m_db).add(year, unitCode, text, deadline, responsible);
    if (added)
        emit followUpsChanged();
    released();
    return added;
}

Result<void> Workbench::closeRectification(std::int64_t id, const QString& status,
                                           const QString& note, const QStringList& evidenceFiles) {
    Findings findings(*m_db);
    LP_TRY(findings.closeRectification(id, status, note, evidenceFiles));
    emit followUpsChanged();
    if (const std::optional<Finding> finding = findings.ofRectification(id);
        finding && !evidenceFiles.isEmpty())
        emit evidenceChanged(enrollmentOf(finding->year, finding->unitCode));
    released();
    return {};
}

// Evidence and findings.

Result<std::vector<std::int64_t>> Workbench::addEvidence(const Enrollment& enrollment,
                                                         const QString& indicator,
                                                         const QStringList& files, Step step,
                                                         const QString& note) {
    Result<std::vector<std::int64_t>> added =
        EvidenceRepository(*m_db).add(enrollment, indicator, files, step, note);
    if (added)
        emit evidenceChanged(enrollment.id);
    released();
    return added;
}

Result<void> Workbench::removeEvidence(std::int64_t id, const QString& reason) {
    EvidenceRepository evidence(*m_db);
    const std::optional<EvidenceFile> file = evidence.find(id);
    LP_TRY(evidence.remove(id, reason));
    if (file)
        emit evidenceChanged(enrollmentOf(file->year, file->unitCode));
    released();
    return {};
}

Result<std::int64_t> Workbench::addFinding(const Enrollment& enrollment, const QString& indicator,
                                           Step step, const QString& text, HalfPoints deduct,
                                           std::optional<std::int64_t> evidenceId) {
    Result<std::int64_t> added =
        Findings(*m_db).add(enrollment, indicator, step, text, deduct, evidenceId);
    if (added) {
        emit findingsChanged(enrollment.id);
        emit sheetChanged(enrollment.id, step); // a deduction-scored indicator's points
    }
    released();
    return added;
}

Result<void> Workbench::removeFinding(std::int64_t id, const QString& reason) {
    Findings findings(*m_db);
    const std::optional<Finding> finding = findings.find(id);
    LP_TRY(findings.remove(id, reason));
    if (finding) {
        const std::int64_t enrollment = enrollmentOf(finding->year, finding->unitCode);
        emit findingsChanged(enrollment);
        emit sheetChanged(enrollment, finding->step);
    }
    released();
    return {};
}

Result<std::int64_t> Workbench::rectifyFinding(std::int64_t id, const QString& deadline,
                                               const QString& responsible) {
    Findings findings(*m_db);
    Result<std::int64_t> item = findings.rectify(id, deadline, responsible);
    if (item) {
        if (const std::optional<Finding> finding = findings.find(id))
            emit findingsChanged(enrollmentOf(finding->year, finding->unitCode));
        emit followUpsChanged();
    }
    released();
    return item;
}

} // namespace lianping
