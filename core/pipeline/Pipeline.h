#pragma once
// The four steps as legal state transitions: submit, county acceptance, city recheck,
// return (one step back, with a reason), batch naming and revocation. Each records who,
// when and a note in history.

#include "core/common/Result.h"
#include "core/model/Enrollment.h"
#include "core/model/Step.h"

#include <QStringList>

namespace lianping {

class Database;

struct NamingBatch {
    int year = 0;
    QString decision; // e.g. 广委〔2026〕12号
    QString date;     // YYYY-MM-DD
    QStringList units;
};

class Pipeline {
public:
    explicit Pipeline(Database& db)
        : m_db(db) {}

    // The state a unit may advance to from where it stands, if any.
    static std::optional<State> nextState(const Enrollment& enrollment);
    // Whether a unit in this state can be returned to the step before it.
    static bool mayReturn(State state);
    // The step whose sheet is being worked on: the self-check until submitted, then the
    // county's review, then the city's recheck (a returned unit: the step it was returned from).
    static Step stepOf(const Enrollment& enrollment);
    // The step a unit's sheet opens on: stepOf, but for a named or revoked unit the step of
    // its final result (the city's recheck if it recorded one, else the county's review).
    static Step stepShown(Database& db, const Enrollment& enrollment);

    Result<void> advance(int year, const QString& unitCode, State to, const QString& note = {});
    Result<void> returnUnit(int year, const QString& unitCode, const QString& reason);
    // All or nothing: every unit must be accepted or rechecked with a final grade of
    // qualified or better. Returns the naming's id.
    Result<std::int64_t> name(const NamingBatch& batch);
    // Revokes the unit's most recent naming.
    Result<void> revoke(const QString& unitCode, const QString& reason, const QString& date,
                        const QString& document);
    Result<void> revokeEnrollment(const Enrollment& enrollment, const QString& reason,
                                  const QString& date, const QString& document);

private:
    Result<void> setState(const Enrollment& enrollment, State to, std::optional<State> returnedFrom,
                          const QString& note);
    Database& m_db;
};

} // namespace lianping
