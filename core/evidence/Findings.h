#pragma once
// The only writer of the findings table: the problems (发现问题) behind deductions, per
// indicator and step (county review or city recheck). On a deduction-scored indicator
// ("scoring":"deduct") the step's points follow the findings: max − Σ deductions, never below
// 0, written through ScoreRepository so history keeps every value. A finding becomes a
// rectification item (整改) with `rectify`, linked both ways.

#include "core/common/Result.h"
#include "core/evidence/Evidence.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace lianping {

class Database;
struct Enrollment;

class Findings {
public:
    explicit Findings(Database& db)
        : m_db(db) {}

    Result<std::int64_t> add(int year, const QString& unitCode, const QString& indicator, Step step,
                             const QString& text, HalfPoints deduct = 0,
                             std::optional<std::int64_t> evidenceId = std::nullopt);
    Result<std::int64_t> add(const Enrollment& enrollment, const QString& indicator, Step step,
                             const QString& text, HalfPoints deduct = 0,
                             std::optional<std::int64_t> evidenceId = std::nullopt);
    // Removes a finding (kept in history with the reason); a deduct-scored indicator's points
    // are recomputed.
    Result<void> remove(std::int64_t id, const QString& reason);
    // Makes a rectification item of the finding; returns its id.
    Result<std::int64_t> rectify(std::int64_t id, const QString& deadline,
                                 const QString& responsible);

    // Marks a rectification item done or verified with the evidence of the fix attached (to
    // its finding's indicator and step, or the sheet), all in one transaction.
    Result<void> closeRectification(std::int64_t rectificationId, const QString& status,
                                    const QString& note, const QStringList& evidenceFiles);

    std::optional<Finding> find(std::int64_t id) const;
    std::vector<Finding> list(std::optional<int> year, const QString& unitCode = {}) const;
    std::vector<Finding> forEnrollment(std::int64_t enrollmentId) const;
    // The finding a rectification item was made from.
    std::optional<Finding> ofRectification(std::int64_t rectificationId) const;

    // Sets a deduction-scored indicator's points from its findings (no-op for others).
    static Result<void> applyDeductions(Database& db, const Enrollment& enrollment,
                                        const QString& indicator, Step step);

private:
    Database& m_db;
};

} // namespace lianping
