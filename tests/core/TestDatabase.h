#pragma once
// A fresh Lianping database in a temporary folder, with helpers to set up units, a campaign
// and scores, and a snapshot of every table to prove that a failed change changed nothing.

#include "core/common/Result.h"
#include "core/exchange/KeyVault.h"
#include "core/model/Step.h"
#include "core/storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace lianping::test {

// The signing-key passphrase of every office the tests set up (the keyring is off in tests).
inline KeyUnlock testKey() {
    return KeyUnlock{QByteArrayLiteral("test key passphrase"), false};
}

class TestDatabase {
public:
    TestDatabase();
    Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString write(const QString& name, const QByteArray& content) const;
    void reopen();

    // Adds a unit (type code, county) and returns its code.
    void addUnit(const QString& code, const QString& name,
                 const QString& type = QStringLiteral("agency"),
                 const QString& county = QStringLiteral("利州区"));
    void createCampaign(int year);
    void enroll(int year, const QString& code);
    // Scores every scored indicator of the unit's rubric with the same points.
    void scoreAll(int year, const QString& code, Step step, double points);
    void advanceTo(int year, const QString& code, const QString& state);

    // Every row of every table, in order: equal snapshots mean nothing changed.
    QByteArray snapshot();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// Returns a copy: callers often pass a temporary Result, which must not be referenced after.
template <typename T> T require(const Result<T>& result) {
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

inline void require(const Result<void>& result) {
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
}

// Asserts failure and returns the message for matching.
template <typename T> std::string failure(const Result<T>& result) {
    REQUIRE_FALSE(result.ok());
    return result.error().message.toStdString();
}

// Takes a current database back to schema version 5 (tests of older files build them so).
inline constexpr const char* undoSchemaV6 =
    "DROP TABLE evidence_sent; DROP TABLE findings; DROP TABLE evidence; "
    "ALTER TABLE indicators DROP COLUMN deduct; "
    "DROP TABLE index_models; DROP TABLE survey_scores; DROP TABLE survey_answers; "
    "DROP TABLE survey_rounds; DROP TABLE index_inputs; DROP TABLE review_steps; "
    "ALTER TABLE campaigns DROP COLUMN survey_min_sample; "
    "ALTER TABLE campaigns DROP COLUMN review_steps; "
    "DROP TABLE task_documents; DROP TABLE task_milestones; DROP TABLE task_progress; "
    "DROP TABLE tasks; DROP TABLE coverage_targets; "
    "ALTER TABLE campaigns DROP COLUMN coverage_target; PRAGMA user_version = 5;";

// Imports a unit list, new counties allowed; returns how many units were added.
int importUnits(Database& db, const QString& path);

} // namespace lianping::test
