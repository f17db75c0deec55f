#include "ReviewStepRecord.h"

#include "core/evidence/EvidenceRepository.h"
#include "core/storage/Transaction.h"

namespace lianping {

Result<ReviewStep> ReviewStepRecord::record(int year, const QString& unitCode, const QString& step,
                                            const QDate& date, const QString& note,
                                            const QStringList& files) {
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    Result<ReviewStep> recorded = ReviewSteps(m_db).record(year, unitCode, step, date, note);
    if (!recorded)
        return recorded.error();
    if (!files.isEmpty()) {
        Result<std::vector<std::int64_t>> added = EvidenceRepository(m_db).add(
            year, unitCode, EvidenceRepository::ReviewStepPrefix + recorded->name, files,
            Step::County);
        if (!added)
            return added.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return recorded;
}

std::vector<EvidenceFile> ReviewStepRecord::files(int year, const QString& unitCode,
                                                  const QString& stepName) const {
    std::vector<EvidenceFile> found;
    Result<std::vector<EvidenceFile>> all = EvidenceRepository(m_db).list(year, unitCode);
    if (!all)
        return found;
    const QString indicator = EvidenceRepository::ReviewStepPrefix + stepName;
    for (EvidenceFile& file : *all)
        if (file.indicator == indicator)
            found.push_back(std::move(file));
    return found;
}

} // namespace lianping
