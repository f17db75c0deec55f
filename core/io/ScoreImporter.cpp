#include "ScoreImporter.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/campaign/Enrollments.h"
#include "core/common/CellText.h"
#include "core/io/TableFile.h"
#include "core/scoring/ScoreRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <map>

namespace lianping {

Result<int> ScoreImporter::importFile(int year, const QString& path, Step step) {
    Result<Table> table = TableFile::read(path);
    if (!table)
        return table.error();
    return importTable(year, *table, step);
}

Result<int> ScoreImporter::importTable(int year, Table table, Step step) {
    // A filled self-check template has a title and 单位编码 above its header row and no
    // unit column: the unit comes from the preamble and unfilled indicators are skipped.
    table.promoteHeader({"indicator", "指标", "指标编号"});
    const QString templateUnit = table.preambleValue({"单位编码", "unit"});
    const bool fromTemplate = !templateUnit.isEmpty();
    const int unit = table.column({"unit", "单位编码", "单位"});
    const int indicator = table.column({"indicator", "指标", "指标编号"});
    const int points = table.column({"points", "得分", "自评得分", "分数"});
    const int note = table.column({"note", "备注", "说明"});
    if (unit < 0 && !fromTemplate && !table.preamble.empty())
        return fail(CoreText::tr("%1: the unit code (单位编码) above the table is empty")
                        .arg(table.source));
    const std::pair<int, const char*> required[] = {{fromTemplate ? 0 : unit, "unit/单位编码"},
                                                    {indicator, "indicator/指标"},
                                                    {points, "points/得分"}};
    for (const auto& [index, label] : required)
        if (index < 0)
            return fail(CoreText::tr("%1: row %2: the header has no column %3")
                            .arg(table.source)
                            .arg(table.headerLine)
                            .arg(QString::fromUtf8(label)));

    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    ScoreRepository scores(m_db);
    std::map<QString, Enrollment> enrollments;
    std::map<std::pair<QString, QString>, int> seen; // (unit, indicator) → first row
    int stored = 0;
    for (const TableRow& row : table.rows) {
        auto field = [&](int index) {
            return index >= 0 && index < row.fields.size() ? CellText::clean(row.fields[index])
                                                           : QString();
        };
        auto where = [&](int column) {
            return CoreText::tr("%1: row %2, field %3")
                .arg(table.source)
                .arg(row.line)
                .arg(table.header[column]);
        };
        const QString unitCode = unit >= 0 ? field(unit) : templateUnit;
        if (fromTemplate && (field(points).isEmpty() || field(indicator).isEmpty()))
            continue; // unfilled, a total or a heading
        auto found = enrollments.find(unitCode);
        if (found == enrollments.end()) {
            Result<Enrollment> enrollment = Enrollments::find(m_db, year, unitCode);
            if (!enrollment)
                return fail((unit >= 0
                                 ? where(unit)
                                 : CoreText::tr("%1: unit code %2").arg(table.source, unitCode)) +
                            QStringLiteral(": ") + enrollment.error().message);
            found = enrollments.emplace(unitCode, *enrollment).first;
        }
        const auto [first, isNew] =
            seen.emplace(std::make_pair(unitCode, field(indicator)), row.line);
        if (!isNew)
            return fail(where(indicator) +
                        CoreText::tr(": %1 of unit %2 appears twice in the file (also row %3)")
                            .arg(field(indicator), unitCode)
                            .arg(first->second));
        const std::optional<HalfPoints> half = parseHalfPoints(field(points));
        if (!half)
            return fail(where(points) +
                        CoreText::tr(": '%1' is not a number in steps of 0.5").arg(field(points)));
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
