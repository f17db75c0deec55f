#pragma once
// The records the offline exchange carries, each with a natural key every laptop agrees on
// ("sheet/2026/U001/county"), a version (updated_at and a hash of its content) and its
// content as canonical JSON. RecordStore reads them from this database and writes incoming
// ones into it; every value it overwrites goes to history.

#include "core/common/Result.h"
#include "core/office/Office.h"
#include "core/storage/BulkWrite.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace lianping {

class Database;

enum class RecordKind {
    Unit,
    Naming,
    Enrollment,
    Sheet,
    Revocation,
    Rectification,
    Sample,
    Task,         // task/UID: a ledger task or part (owned by the office that made it)
    TaskProgress, // task_progress/UID: one progress entry (owned by the office that recorded it)
    IndexModel,   // index_model/YEAR/VERSION (the city's)
    SurveyRound,  // survey_round/UID with its scores and answers
    IndexInput,   // index_input/YEAR/COUNTY/ASPECT: a value entered by hand
    ReviewStep,   // review_step/YEAR/UNIT/POSITION: a county review sub-step
    Evidence,     // evidence/UID: an evidence file's row (its bytes travel beside the records)
    Finding,      // finding/UID: a finding behind a deduction
};
QString kindName(RecordKind kind); // unit, naming, enrollment, sheet, …
std::optional<RecordKind> parseKind(const QString& name);

struct Version {
    std::int64_t stamp = 0;
    QString hash;
    bool operator==(const Version&) const = default;
};

struct Record {
    RecordKind kind = RecordKind::Unit;
    QString key;
    Version version;
    QString owner; // office uid
    QJsonObject data;
    std::vector<Version> known; // earlier versions the sender has seen
    // The data as hashed (compact JSON), kept by seal() so a package line does not serialize
    // it a second time; empty for a record read from a package.
    QByteArray compactData;

    QString unitCode() const;
    int year() const;
    QJsonObject toJson() const;
    // The record's package line (an object with the fields of toJson(), compact, without the
    // newline). The record must be sealed.
    QByteArray toLine() const;
    static std::optional<Record> fromJson(const QJsonObject& json);
    static QString hashOf(const QJsonObject& data);
    // A record of this database: its version is (stamp, hash of data).
    static Record make(RecordKind kind, QString key, std::int64_t stamp, QString owner,
                       QJsonObject data);
    // The same without the hash yet (sealed later, perhaps on another thread: hashing means
    // serializing the data, the larger part of the work of a package line).
    static Record draft(RecordKind kind, QString key, std::int64_t stamp, QString owner,
                        QJsonObject data);
    // A draft whose data is given as its compact JSON text, exactly as QJsonDocument would
    // write it (see JsonText); `data` stays empty until unpack().
    static Record draftText(RecordKind kind, QString key, std::int64_t stamp, QString owner,
                            QByteArray compactData);
    // Serializes the data and hashes it, unless done already.
    void seal();
    // Fills `data` from the compact text of a draftText() record.
    void unpack();
    bool sealed() const { return !version.hash.isEmpty(); }
};

struct RecordScope {
    int year = 0;
    QString county;
    QString typeCode;
};

// The scope's county and type as SQL on units aliased `u` (" AND …", empty for all) and
// the parameters to bind after the query's own.
struct ScopeCondition {
    QByteArray sql;
    QStringList params;
};
ScopeCondition unitCondition(const RecordScope& scope);

// Ids looked up once per import: units by code, enrolments (id, rubric) by (year, code).
struct RecordCache {
    std::map<QString, std::int64_t> units;
    std::map<std::pair<int, QString>, std::pair<std::int64_t, std::int64_t>> enrollments;
    std::map<std::pair<std::int64_t, QString>, std::int64_t> indicators; // (rubric, code)
    std::map<QString, std::int64_t> counties, departments, types;        // by name / code
};

class RecordStore {
public:
    explicit RecordStore(Database& db)
        : m_db(db)
        , m_bulk(db) {}

    // Every record of the scope, in the order they must be applied (units first).
    Result<std::vector<Record>> collect(const RecordScope& scope);
    // The same, one record at a time: memory stays that of one record. The records come as
    // drafts: not yet sealed (the visitor seals them, where it likes), sheets with their data
    // as text only (see Record::unpack). Stops at the first error the visitor returns.
    using RecordVisitor = std::function<Result<void>(Record&&)>;
    Result<void> forEach(const RecordScope& scope, const RecordVisitor& visit);
    // The id of a unit's enrolment in a year's campaign (looked up once per import).
    std::optional<std::int64_t> findEnrollment(int year, const QString& unitCode);
    // This database's version of the record with that key, if it has one.
    Result<std::optional<Record>> local(RecordKind kind, const QString& key);
    // Stores an incoming record (new, or replacing `local`), owned by `ownerId`; overwritten
    // values are kept in history with the note.
    Result<void> write(const Record& incoming, const std::optional<Record>& local,
                       std::int64_t ownerId, const QString& note);

    // For large imports: sheets are written with their totals and new units' names indexed
    // once at the end, instead of by the per-row triggers (dropped and recreated inside the
    // caller's transaction; see BulkWrite).
    Result<void> beginBulkWrite();
    Result<void> settleBulkWrite();

    // Evidence files an import is bringing (checked, not yet in the store).
    void expectFiles(const std::set<QString>& hashes) { m_incomingFiles = &hashes; }

    // Versions this database has seen of a record.
    std::vector<Version> known(const QString& key);
    bool knows(const QString& key, const Version& version);
    Result<void> remember(const QString& key, const Version& version);

private:
    Result<std::optional<Record>> load(RecordKind kind, const QString& key); // a draft
    Result<bool> writeRecord(const Record& in, const std::optional<Record>& old,
                             std::int64_t ownerId, const QString& note);
    Database& m_db;
    RecordCache m_cache;
    const std::set<QString>* m_incomingFiles = nullptr;
    BulkWrite m_bulk; // while sheet totals are deferred
};

} // namespace lianping
