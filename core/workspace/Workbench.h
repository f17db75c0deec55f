#pragma once
// The open database, the campaign year, and every write the desktop and the CLI make, each
// announced by a typed signal once it is stored (Kid3's shared core object, Tiled's Document):
// screens listen to what they show and never refresh each other by hand.

#include "core/campaign/ReviewSteps.h"
#include "core/common/Points.h"
#include "core/common/Result.h"
#include "core/exchange/KeyVault.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageImporter.h"
#include "core/index/IndexModel.h"
#include "core/index/Surveys.h"
#include "core/io/UnitImporter.h"
#include "core/model/Campaign.h"
#include "core/model/Enrollment.h"
#include "core/model/State.h"
#include "core/model/Step.h"
#include "core/office/Office.h"
#include "core/pipeline/Pipeline.h"
#include "core/registry/Unit.h"
#include "core/registry/UnitRepository.h"
#include "core/rubric/Rubric.h"
#include "core/scoring/Scoring.h"
#include "core/services/CampaignSetup.h"
#include "core/storage/Database.h"
#include "core/tasks/DivisionPlanImporter.h"
#include "core/tasks/Task.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace lianping {

// What a campaign's settings dialog (or `campaign set`) changes; what is absent stays as it is.
struct CampaignChanges {
    std::optional<CampaignSettings> settings;
    std::optional<QStringList> reviewSteps; // empty: the six default ones
    std::optional<int> minimumSample;       // ballots a survey needs
    std::optional<NoticeSettings> notice;   // the naming notice's issuer, prefix, addressees
};

class Workbench : public QObject {
    Q_OBJECT
public:
    // Runs long work that opens its own connection; the desktop passes one that runs it on a
    // worker thread with a progress dialog. Without one the work runs here on this connection.
    using Job = std::function<Result<QString>()>;
    using Runner = std::function<Result<QString>(const Job&)>;

    explicit Workbench(QObject* parent = nullptr);
    ~Workbench() override;

    // Opens (or creates) a database file and chooses its newest campaign year.
    Result<void> open(const QString& path, const QString& operatorName);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    Database& db() { return *m_db; }
    QString path() const { return m_db ? m_db->path() : QString(); }

    int year() const { return m_year; }
    void setYear(int year);
    QList<int> years() const; // campaigns in the file, newest first

    // Registry.
    Result<std::int64_t> addUnit(const UnitInput& input);
    // Unit types and the other ways offices write their names (类别 = 机关 → agency).
    Result<UnitType> addType(const QString& code, const QString& name, const QString& lead);
    Result<UnitType> addTypeAliases(const QString& type, const QStringList& aliases);
    // Fields as UnitRepository::update names them; all or none are stored.
    Result<void> updateUnit(const QString& code,
                            const std::vector<std::pair<QString, QString>>& fields);
    Result<void> retireUnit(const QString& code, const QString& reason);
    Result<UnitImportReport> importUnits(const QString& file, const UnitImportOptions& options,
                                         const Runner& runner = {});

    // Campaigns and enrolment.
    Result<Campaign> createCampaign(int year, const CampaignSettings& settings);
    Result<CarryOver> createCampaignFrom(int year, int from,
                                         const std::optional<CampaignSettings>& settings,
                                         const Runner& runner = {});
    Result<void> configureCampaign(int year, const CampaignChanges& changes);
    Result<void> setCoverageTarget(int year, double target, const QString& typeCode = {});
    Result<int> enroll(int year, const UnitFilter& filter, const QStringList& unitCodes,
                       const Runner& runner = {});
    // One unit into the year's campaign, creating the campaign with default settings if the
    // year has none; both or neither are stored.
    Result<int> enrollUnit(int year, const QString& unitCode);

    // Scores, ballots and vetoes of one sheet.
    Result<void> setScore(const Enrollment& enrollment, const QString& indicator, HalfPoints points,
                          Step step, const QString& note = {});
    Result<void> setScore(int year, const QString& unitCode, const QString& indicator,
                          HalfPoints points, Step step, const QString& note = {});
    Result<void> clearScore(const Enrollment& enrollment, const QString& indicator, Step step);
    Result<void> setSurvey(int year, const QString& unitCode, Step step, const Survey& survey);
    Result<void> setVeto(int year, const QString& unitCode, const QString& indicator, Step step,
                         const QString& reason);
    Result<void> clearVeto(int year, const QString& unitCode, const QString& indicator, Step step,
                           const QString& reason);
    Result<int> importScores(int year, const QString& file, Step step, const Runner& runner = {});

    // The pipeline: steps, county sub-steps, naming.
    Result<void> advance(int year, const QString& unitCode, State to, const QString& note = {});
    Result<void> returnUnit(int year, const QString& unitCode, const QString& reason);
    Result<ReviewStep> recordReviewStep(int year, const QString& unitCode, const QString& step,
                                        const QDate& date, const QString& note,
                                        const QStringList& files = {});
    Result<std::int64_t> name(const NamingBatch& batch);
    Result<void> revoke(const QString& unitCode, const QString& reason, const QString& date,
                        const QString& document);

    // Rubrics: a new version of a type's rubric for a year (the versions before stay).
    Result<Rubric> addRubric(const Rubric& rubric);
    // The year's campaign scores the rubric's type by it from now on (nothing scored yet).
    Result<int> adoptRubric(int year, std::int64_t rubricId);

    // Follow-ups and rectification items.
    Result<void> setFollowUpStatus(std::int64_t id, const QString& status, const QString& note);
    Result<std::int64_t> addRectification(int year, const QString& unitCode, const QString& text,
                                          const QString& deadline, const QString& responsible);
    Result<void> closeRectification(std::int64_t id, const QString& status, const QString& note,
                                    const QStringList& evidenceFiles);

    // Evidence files and findings of a sheet.
    Result<std::vector<std::int64_t>> addEvidence(const Enrollment& enrollment,
                                                  const QString& indicator,
                                                  const QStringList& files, Step step,
                                                  const QString& note = {});
    Result<void> removeEvidence(std::int64_t id, const QString& reason);
    Result<std::int64_t> addFinding(const Enrollment& enrollment, const QString& indicator,
                                    Step step, const QString& text, HalfPoints deduct = 0,
                                    std::optional<std::int64_t> evidenceId = std::nullopt);
    Result<void> removeFinding(std::int64_t id, const QString& reason);
    Result<std::int64_t> rectifyFinding(std::int64_t id, const QString& deadline,
                                        const QString& responsible);

    // The task ledger.
    Result<std::int64_t> addTask(const TaskInput& input);
    Result<void> recordProgress(std::int64_t id, double percent, const QString& note, QDate date);
    Result<void> markTaskDone(std::int64_t id, QDate date, const QString& note = {});
    Result<DivisionPlanReport> importDivisionPlan(int year, const QString& path);
    // A supervision letter or bulletin written by the report library, which records it on its
    // tasks through `write` on this connection.
    Result<void> writeTaskDocuments(const std::function<Result<void>(Database&)>& write);

    // The integrity index.
    Result<IndexModel> importIndexModel(const QByteArray& json, const QString& source);
    // A survey round and its results together: a refused file leaves no empty round behind.
    Result<SurveyImportReport> importSurveys(const SurveyRound& round, const QString& path,
                                             bool raw, const QString& questions = {});
    // The same in two steps (the CLI's survey-round add, then import).
    Result<std::int64_t> addSurveyRound(const SurveyRound& round);
    Result<SurveyImportReport> importSurveyRound(std::int64_t round, const QString& path, bool raw,
                                                 const QString& questions = {});
    Result<void> setIndexInput(int year, const QString& county, const QString& aspect, double value,
                               const QString& note);

    // The office this database belongs to and its signing key, both or neither.
    Result<OfficeKey> configureOffice(const QString& name, Role role, const QString& county,
                                      const QString& unit, const KeyUnlock& unlock);
    // Trusts another office's key file; a new signing key for this office, signed by the old.
    Result<OfficeKey> trustKey(const QByteArray& keyFile, const QString& source);
    Result<OfficeKey> rotateKey(const KeyUnlock& current, const KeyUnlock& next);
    Result<ImportReport> importPackage(const QString& path, const QByteArray& passphrase,
                                       bool dryRun, const Runner& runner = {});
    Result<void> resolveConflict(std::int64_t id, bool keepTheirs);

signals:
    void opened(); // a file was opened: everything is new, and so is the year
    void closed();
    void yearChanged(int year);

    // Each is emitted once a write is committed, never after a refused one.
    void unitChanged(qint64 unitId); // a unit added, edited or retired
    void unitsChanged();             // a unit list imported
    void typesChanged();             // a unit type or an alias added
    void campaignChanged(int year);  // created, its settings, sub-steps or coverage target
    void enrollmentsChanged(int year);
    void sheetChanged(qint64 enrollmentId, lianping::Step step); // scores, ballots, vetoes
    void sheetsChanged(int year);                                // scores imported in bulk
    void stateChanged(qint64 enrollmentId);       // advanced or returned in the pipeline
    void reviewStepsChanged(qint64 enrollmentId); // a county sub-step recorded
    void namingChanged();                         // units named or a naming revoked
    void followUpsChanged();                      // follow-ups and rectification items
    void evidenceChanged(qint64 enrollmentId);
    void findingsChanged(qint64 enrollmentId);
    void tasksChanged();
    void indexChanged(); // the index model, survey rounds or entered values
    void officeChanged();
    void rubricsChanged();
    void recordsMerged(); // a package merged or a conflict resolved: any record may differ

private:
    template <typename T, typename Work> Result<T> runWork(const Runner& runner, const Work& work);
    // After a commit (here or on a worker connection): no statement of ours keeps reading
    // the snapshot from before, nor blocks the next writer (see NOTES.md on SQLite locking).
    void released() const;
    std::int64_t enrollmentOf(int year, const QString& unitCode);

    std::unique_ptr<Database> m_db;
    int m_year = 0;
};

} // namespace lianping
