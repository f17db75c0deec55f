#pragma once
// Records a county review sub-step (考前公示 … 综合评定) and the files that prove it (the
// publicity notice, the minutes of the 述职述廉 meeting…) together or not at all: a refused
// file leaves the sub-step as it was.

#include "core/campaign/ReviewSteps.h"
#include "core/common/Result.h"

#include <QStringList>

namespace lianping {

class Database;
struct EvidenceFile;

class ReviewStepRecord {
public:
    explicit ReviewStepRecord(Database& db)
        : m_db(db) {}
    // STEP is a name of the campaign's list or its number; `files` may be empty.
    Result<ReviewStep> record(int year, const QString& unitCode, const QString& step,
                              const QDate& date, const QString& note, const QStringList& files);
    // The files attached to one sub-step of the unit (not removed), oldest first.
    std::vector<EvidenceFile> files(int year, const QString& unitCode,
                                    const QString& stepName) const;

private:
    Database& m_db;
};

} // namespace lianping
