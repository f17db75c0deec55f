// Workbench, continued: the city office's programme (the task ledger, the integrity index)
// and the office with its exchange of packages.
#include "core/exchange/Conflicts.h"
#include "core/index/IndexStore.h"
#include "core/storage/Transaction.h"
#include "core/tasks/TaskRepository.h"
#include "core/workspace/Workbench.h"
#include "core/workspace/WorkbenchWork.h"

namespace lianping {

// The task ledger.

Result<std::int64_t> Workbench::addTask(const TaskInput& input) {
    Result<std::int64_t> added = TaskRepository(*m_db).add(input);
    if (added)
        emit tasksChanged();
    released();
    return added;
}

Result<void> Workbench::recordProgress(std::int64_t id, double percent, const QString& note,
                                       QDate date) {
    LP_TRY(TaskRepository(*m_db).progress(id, percent, note, date));
    emit tasksChanged();
    released();
    return {};
}

Result<void> Workbench::markTaskDone(std::int64_t id, QDate date, const QString& note) {
    LP_TRY(TaskRepository(*m_db).done(id, date, note));
    emit tasksChanged();
    released();
    return {};
}

Result<DivisionPlanReport> Workbench::importDivisionPlan(int year, const QString& path) {
    Result<DivisionPlanReport> report = DivisionPlanImporter(*m_db).importFile(year, path);
    if (report)
        emit tasksChanged();
    released();
    return report;
}

Result<void> Workbench::writeTaskDocuments(const std::function<Result<void>(Database&)>& write) {
    LP_TRY(write(*m_db));
    emit tasksChanged();
    released();
    return {};
}

// The integrity index.

Result<IndexModel> Workbench::importIndexModel(const QByteArray& json, const QString& source) {
    Result<IndexModel> model = IndexStore(*m_db).importModel(json, source);
    if (model)
        emit indexChanged();
    released();
    return model;
}

Result<SurveyImportReport> Workbench::importSurveys(const SurveyRound& round, const QString& path,
                                                    bool raw, const QString& questions) {
    Result<SurveyImportReport> imported = [&]() -> Result<SurveyImportReport> {
        Transaction transaction(*m_db);
        LP_TRY(transaction.begun());
        Surveys surveys(*m_db);
        Result<std::int64_t> id = surveys.addRound(round);
        if (!id)
            return id.error();
        Result<SurveyImportReport> report = surveys.importFile(*id, path, raw, questions);
        if (!report)
            return report;
        LP_TRY(transaction.commit());
        return report;
    }();
    if (imported)
        emit indexChanged();
    released();
    return imported;
}

Result<std::int64_t> Workbench::addSurveyRound(const SurveyRound& round) {
    Result<std::int64_t> id = Surveys(*m_db).addRound(round);
    if (id)
        emit indexChanged();
    released();
    return id;
}

Result<SurveyImportReport> Workbench::importSurveyRound(std::int64_t round, const QString& path,
                                                        bool raw, const QString& questions) {
    Result<SurveyImportReport> report = Surveys(*m_db).importFile(round, path, raw, questions);
    if (report)
        emit indexChanged();
    released();
    return report;
}

Result<void> Workbench::setIndexInput(int year, const QString& county, const QString& aspect,
                                      double value, const QString& note) {
    LP_TRY(IndexStore(*m_db).setInput(year, county, aspect, value, note));
    emit indexChanged();
    released();
    return {};
}

// The office and exchange.

Result<OfficeKey> Workbench::trustKey(const QByteArray& keyFile, const QString& source) {
    Result<OfficeKey> key = OfficeKeys::trust(*m_db, keyFile, source);
    if (key)
        emit officeChanged();
    released();
    return key;
}

Result<OfficeKey> Workbench::rotateKey(const KeyUnlock& current, const KeyUnlock& next) {
    Result<OfficeKey> key = OfficeKeys::rotate(*m_db, current, next);
    if (key)
        emit officeChanged();
    released();
    return key;
}

Result<OfficeKey> Workbench::configureOffice(const QString& name, Role role, const QString& county,
                                             const QString& unit, const KeyUnlock& unlock) {
    Result<OfficeKey> key = [&]() -> Result<OfficeKey> {
        Transaction transaction(*m_db);
        LP_TRY(transaction.begun());
        LP_TRY(Offices::configure(*m_db, name, role, county, unit));
        Result<OfficeKey> own = OfficeKeys::ensureOwn(*m_db, unlock);
        if (!own)
            return own;
        LP_TRY(transaction.commit());
        return own;
    }();
    if (key)
        emit officeChanged();
    released();
    return key;
}

Result<ImportReport> Workbench::importPackage(const QString& path, const QByteArray& passphrase,
                                              bool dryRun, const Runner& runner) {
    Result<ImportReport> report =
        runWork<ImportReport>(runner, [path, passphrase, dryRun](Database& db) {
            return PackageImporter::run(db, path, passphrase, dryRun);
        });
    if (report && !dryRun)
        emit recordsMerged();
    released();
    return report;
}

Result<void> Workbench::resolveConflict(std::int64_t id, bool keepTheirs) {
    LP_TRY(Conflicts(*m_db).resolve(id, keepTheirs));
    emit recordsMerged();
    released();
    return {};
}

} // namespace lianping
