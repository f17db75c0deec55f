#include "RubricRepository.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/common/Ids.h"
#include "core/registry/TypeRepository.h"
#include "core/rubric/RubricJson.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>

namespace lianping {

Result<Rubric> RubricRepository::add(const Rubric& input) {
    LP_TRY(RubricJson::validate(
        input, QStringLiteral("rubric %1 %2").arg(input.typeCode).arg(input.year)));
    const std::optional<UnitType> type = TypeRepository(m_db).find(input.typeCode);
    if (!type)
        return fail(CoreText::tr("rubric for unknown type '%1': add the type first with "
                                 "`types add`")
                        .arg(input.typeCode));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& next = m_db.cached(
        "SELECT coalesce(max(version), 0) + 1 FROM rubrics WHERE type_id = ? AND year = ?");
    next.bind(1, type->id).bind(2, input.year).step();
    const int version = next.integer(0);
    Statement& insert =
        m_db.cached("INSERT INTO rubrics(uid, type_id, year, version, title, owner, updated_at) "
                    "VALUES (?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, type->id)
        .bind(3, input.year)
        .bind(4, version)
        .bind(5, input.title)
        .bind(6, m_db.officeId())
        .bind(7, nowMs());
    if (!insert.exec())
        return fail(m_db.lastError());
    const std::int64_t rubricId = m_db.lastInsertId();
    Statement& addDimension =
        m_db.cached("INSERT INTO dimensions(rubric_id, position, code, title) VALUES (?,?,?,?)");
    Statement& addIndicator = m_db.cached(
        "INSERT INTO indicators(rubric_id, dimension_id, position, code, text, max_half, "
        "guidance, evidence, kind, deduct) VALUES (?,?,?,?,?,?,?,?,?,?)");
    int position = 0;
    for (const Dimension& dimension : input.dimensions) {
        if (!addDimension.bind(1, rubricId)
                 .bind(2, ++position)
                 .bind(3, dimension.code)
                 .bind(4, dimension.title)
                 .exec())
            return fail(m_db.lastError());
        const std::int64_t dimensionId = m_db.lastInsertId();
        for (const Indicator& indicator : dimension.indicators) {
            addIndicator.bind(1, rubricId)
                .bind(2, dimensionId)
                .bind(3, ++position)
                .bind(4, indicator.code)
                .bind(5, indicator.text)
                .bind(6, indicator.max)
                .bind(7, orEmpty(indicator.guidance))
                .bind(8, orEmpty(indicator.evidence))
                .bind(9, indicator.veto ? "veto" : "scored")
                .bind(10, indicator.deduct ? 1 : 0);
            if (!addIndicator.exec())
                return fail(m_db.lastError());
        }
    }
    LP_TRY(transaction.commit());
    return *load(rubricId);
}

std::optional<Rubric> RubricRepository::load(std::int64_t id) const {
    Statement& head =
        m_db.cached("SELECT t.code, r.year, r.version, r.title, r.frozen FROM rubrics r "
                    "JOIN unit_types t ON t.id = r.type_id WHERE r.id = ?");
    if (!head.bind(1, id).step())
        return std::nullopt;
    Rubric rubric;
    rubric.id = id;
    rubric.typeCode = head.text(0);
    rubric.year = head.integer(1);
    rubric.version = head.integer(2);
    rubric.title = head.text(3);
    rubric.frozen = head.integer(4) != 0;
    Statement& items = m_db.cached(
        "SELECT d.code, d.title, i.id, i.code, i.text, i.max_half, i.guidance, i.evidence, i.kind, "
        "i.deduct "
        "FROM dimensions d LEFT JOIN indicators i ON i.dimension_id = d.id "
        "WHERE d.rubric_id = ? ORDER BY d.position, i.position");
    items.bind(1, id);
    while (items.step()) {
        if (rubric.dimensions.empty() || rubric.dimensions.back().code != items.text(0))
            rubric.dimensions.push_back(Dimension{items.text(0), items.text(1), {}});
        if (items.isNull(2))
            continue;
        Indicator indicator;
        indicator.id = items.int64(2);
        indicator.code = items.text(3);
        indicator.text = items.text(4);
        if (!items.isNull(5))
            indicator.max = items.integer(5);
        indicator.guidance = items.text(6);
        indicator.evidence = items.text(7);
        indicator.veto = items.text(8) == QStringLiteral("veto");
        indicator.deduct = items.integer(9) != 0;
        rubric.dimensions.back().indicators.push_back(std::move(indicator));
    }
    return rubric;
}

std::optional<Rubric> RubricRepository::find(const QString& typeCode, int year, int version) const {
    Statement& query = m_db.cached(
        "SELECT r.id FROM rubrics r JOIN unit_types t ON t.id = r.type_id "
        "WHERE (t.code = ?1 OR t.name = ?1) AND r.year = ?2 AND (?3 = 0 OR r.version = ?3) "
        "ORDER BY r.version DESC LIMIT 1");
    if (!query.bind(1, typeCode).bind(2, year).bind(3, version).step())
        return std::nullopt;
    return load(query.int64(0));
}

std::optional<std::int64_t> RubricRepository::resolveForYear(std::int64_t typeId, int year) const {
    Statement& query =
        m_db.cached("SELECT id FROM rubrics WHERE type_id = ?1 "
                    "ORDER BY (year <= ?2) DESC, CASE WHEN year <= ?2 THEN -year ELSE year END, "
                    "version DESC LIMIT 1");
    if (!query.bind(1, typeId).bind(2, year).step())
        return std::nullopt;
    return query.int64(0);
}

std::vector<RubricSummary> RubricRepository::list() const {
    Statement& query = m_db.cached(
        "SELECT r.id, t.code, r.year, r.version, r.title, r.frozen, "
        "(SELECT count(*) FROM indicators i WHERE i.rubric_id = r.id AND i.kind = 'scored'), "
        "(SELECT count(*) FROM indicators i WHERE i.rubric_id = r.id AND i.kind = 'veto') "
        "FROM rubrics r JOIN unit_types t ON t.id = r.type_id "
        "ORDER BY t.position, t.id, r.year, r.version");
    std::vector<RubricSummary> rubrics;
    while (query.step()) {
        rubrics.push_back(RubricSummary{query.int64(0), query.text(1), query.integer(2),
                                        query.integer(3), query.text(4), query.integer(5) != 0,
                                        query.integer(6), query.integer(7)});
    }
    return rubrics;
}

Result<void> RubricRepository::freeze(std::int64_t id) {
    Statement& update = m_db.cached("UPDATE rubrics SET frozen = 1 WHERE id = ? AND frozen = 0");
    if (!update.bind(1, id).exec())
        return fail(m_db.lastError());
    return {};
}

Result<int> RubricRepository::ensureDefaults() {
    const QDir folder(QStringLiteral(":/lianping/rubrics"));
    int added = 0;
    for (const QString& name :
         folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(CoreText::tr("cannot read the shipped rubric %1").arg(name));
        Result<Rubric> rubric = RubricJson::parse(file.readAll(), name);
        if (!rubric)
            return rubric.error();
        const std::optional<UnitType> type = TypeRepository(m_db).find(rubric->typeCode);
        if (!type || resolveForYear(type->id, rubric->year))
            continue;
        Result<Rubric> stored = add(*rubric);
        if (!stored)
            return stored.error();
        ++added;
    }
    return added;
}

} // namespace lianping
