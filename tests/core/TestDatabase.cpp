#include "TestDatabase.h"

#include "core/io/UnitImporter.h"

#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Enrollments.h"
#include "core/pipeline/Pipeline.h"
#include "core/registry/UnitRepository.h"
#include "core/rubric/RubricRepository.h"
#include "core/scoring/ScoreRepository.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFile>

namespace lianping::test {

TestDatabase::TestDatabase() {
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.lpdb"));
    reopen();
}

void TestDatabase::reopen() {
    m_db.reset();
    Result<std::unique_ptr<Database>> opened = Workspace::open(m_path, QStringLiteral("tester"));
    INFO((opened.ok() ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    m_db = std::move(opened.value());
}

QString TestDatabase::write(const QString& name, const QByteArray& content) const {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

void TestDatabase::addUnit(const QString& code, const QString& name, const QString& type,
                           const QString& county) {
    Transaction transaction(*m_db);
    UnitInput input{code, name, type, county, {}, false, {}};
    require(UnitRepository(*m_db).add(input));
    require(transaction.commit());
}

void TestDatabase::createCampaign(int year) {
    require(CampaignRepository(*m_db).create(year, CampaignSettings{}));
}

void TestDatabase::enroll(int year, const QString& code) {
    REQUIRE(require(CampaignRepository(*m_db).enroll(year, UnitFilter{}, {code})) == 1);
}

void TestDatabase::scoreAll(int year, const QString& code, Step step, double points) {
    const Enrollment enrollment = require(Enrollments::find(*m_db, year, code));
    const Rubric rubric = *RubricRepository(*m_db).load(enrollment.rubricId);
    ScoreRepository scores(*m_db);
    for (const Dimension& dimension : rubric.dimensions)
        for (const Indicator& indicator : dimension.indicators)
            if (!indicator.veto)
                require(scores.setScore(enrollment, indicator.code, *toHalfPoints(points), step));
}

void TestDatabase::advanceTo(int year, const QString& code, const QString& state) {
    require(Pipeline(*m_db).advance(year, code, *parseState(state)));
}

QByteArray TestDatabase::snapshot() {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    Statement list = m_db->prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'units_fts%' ORDER BY name");
    while (list.step())
        tables << list.text(0);
    for (const QString& table : tables) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1, 2";
        Statement rows = m_db->prepare(sql.constData());
        hash.addData(table.toUtf8());
        while (rows.step())
            for (int column = 0; column < rows.columnCount(); ++column)
                hash.addData(rows.text(column).toUtf8() + '\x1f');
    }
    return hash.result().toHex();
}

int importUnits(Database& db, const QString& path) {
    UnitImportOptions options;
    options.allowNewCounties = true;
    const UnitImportReport report = require(UnitImporter(db).importFile(path, options));
    REQUIRE_FALSE(report.needsNewCounties);
    return report.added;
}

} // namespace lianping::test
