#pragma once
// The only writer of the evidence table. Adding stores the bytes in the evidence store
// first (content-addressed, so the same file twice is stored once), then the rows in one
// transaction. Removing keeps the row and the bytes, marked removed with the reason, and a
// line in history. Who may add or remove follows the step, as for scores; a unit's own
// self-check evidence is the unit's, so a county office removes only what it added itself.

#include "core/common/Result.h"
#include "core/evidence/Evidence.h"
#include "core/evidence/EvidenceStore.h"

#include <QStringList>

#include <map>
#include <vector>

namespace lianping {

class Database;
struct Enrollment;

class EvidenceRepository {
public:
    explicit EvidenceRepository(Database& db);

    const EvidenceStore& store() const { return m_store; }

    // `indicator` is an indicator code of the unit's rubric, or "-" / empty for the sheet.
    Result<std::vector<std::int64_t>> add(int year, const QString& unitCode,
                                          const QString& indicator, const QStringList& files,
                                          Step step, const QString& note = {});
    Result<std::vector<std::int64_t>> add(const Enrollment& enrollment, const QString& indicator,
                                          const QStringList& files, Step step,
                                          const QString& note = {});
    Result<void> remove(std::int64_t id, const QString& reason);
    // The bytes, verified against their hash, written to `target`.
    Result<void> get(std::int64_t id, const QString& target) const;

    std::optional<EvidenceFile> find(std::int64_t id) const;
    // Files still attached (not removed), by step, indicator, time added.
    std::vector<EvidenceFile> list(std::int64_t enrollmentId) const;
    Result<std::vector<EvidenceFile>> list(int year, const QString& unitCode) const;
    // How many files each indicator ("" for the sheet) of one step has.
    std::map<QString, int> counts(std::int64_t enrollmentId, Step step) const;

    // Evidence of a county review sub-step is kept under "review:" and its name.
    static inline const QString ReviewStepPrefix = QStringLiteral("review:");
    // "-" and "" name the whole sheet, "review:NAME" a sub-step of the campaign; anything else
    // must be an indicator of the rubric.
    static Result<QString> indicatorCode(Database& db, const Enrollment& enrollment,
                                         const QString& indicator);

private:
    Result<void> mayChange(const Enrollment& enrollment, Step step) const;
    Database& m_db;
    EvidenceStore m_store;
};

} // namespace lianping
