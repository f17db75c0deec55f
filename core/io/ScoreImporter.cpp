#include "ScoreImporter.h"

#include <QCoreApplication>

#include "pipeline/Enrollment.h"
#include "scoring/ScoreRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <map>

namespace lianping {

Result<int> ScoreImporter::importFile(int year, const QString& path, Step step) {
    Result<CsvTable> table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    return importTable(year, *table, step);
}

Result<int> ScoreImporter::importTable(int year, const CsvTable& table, Step step) {
    const int unit = table.column({"unit", "单位编码", "单位"});
    const int indicator = table.column({"indicator", "指标", "指标编号"});
    const int points = table.column({"points", "得分", "分数"});
    const int note = table.column({"note", "备注", "说明"});
    const std::pair<int, const char*> required[] = {
        {unit, "unit/单位编码"}, {indicator, "indicator/指标"}, {points, "points/得分"}};
    for (const auto& [index, label] : required)
        if (index < 0)
            return fail(QCoreApplication::translate("lianping::core",
                                                    "%1: row 1: the header has no column %2")
                            .arg(table.source, QString::fromUtf8(label)));

    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    ScoreRepository scores(m_db);
    std::map<QString, Enrollment> enrollments;
    int stored = 0;
    for (const CsvRow& row : table.rows) {
        auto field = [&](int index) {
            return index >= 0 && index < row.fields.size() ? row.fields[index] : QString();
        };
        auto where = [&](int column) {
            return QCoreApplication::translate("lianping::core", "%1: row %2, field %3")
                .arg(table.source)
                .arg(row.line)
                .arg(table.header[column]);
        };
        const QString unitCode = field(unit);
        auto found = enrollments.find(unitCode);
        if (found == enrollments.end()) {
            Result<Enrollment> enrollment = Enrollment::find(m_db, year, unitCode);
            if (!enrollment)
                return fail(where(unit) + QStringLiteral(": ") + enrollment.error().message);
            found = enrollments.emplace(unitCode, *enrollment).first;
        }
        const std::optional<HalfPoints> half = parseHalfPoints(field(points));
        if (!half)
            return fail(where(points) +
                        QCoreApplication::translate("lianping::core",
                                                    ": '%1' is not a number in steps of 0.5")
                            .arg(field(points)));
        Result<void> set = scores.setScore(found->second, field(indicator), *half, step,
                                           note >= 0 ? field(note) : QString());
        if (!set) {
            // Blame the indicator column when the rubric has no scored indicator of that id,
            // else the points (range, a final state, the office).
            Statement& scored = m_db.cached(
                "SELECT 1 FROM indicators WHERE rubric_id = ? AND code = ? AND kind = 'scored'");
            const bool knownIndicator =
                scored.bind(1, found->second.rubricId).bind(2, field(indicator).trimmed()).step();
            scored.reset();
            return fail(where(knownIndicator ? points : indicator) + QStringLiteral(": ") +
                        set.error().message);
        }
        ++stored;
    }
    LP_TRY(transaction.commit());
    return stored;
}

} // namespace lianping
