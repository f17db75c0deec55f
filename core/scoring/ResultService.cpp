#include "ResultService.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Enrollments.h"
#include "core/storage/Database.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace lianping {

namespace {

struct SheetInfo {
    std::int64_t id = 0; // 0: no such sheet
    std::optional<Survey> survey;
    HalfPoints points = 0; // sheets.points, kept by triggers on scores
    int scored = 0;
};

// What the outcome of one enrolled unit is computed from.
struct Row {
    UnitResult result;
    std::int64_t rubricId = 0;
    std::int64_t countyId = 0;
    SheetInfo county;
    SheetInfo city;
};

SheetInfo readSheet(const Statement& row, int column) {
    SheetInfo info;
    info.id = row.int64(column);
    if (!row.isNull(column + 1))
        info.survey =
            Survey{row.integer(column + 1), row.integer(column + 2), row.integer(column + 3)};
    info.points = row.integer(column + 4);
    info.scored = row.integer(column + 5);
    return info;
}

// State names repeat: parse each distinct text once.
class StateCache {
public:
    State parse(const Statement& row, int column) {
        const QString text = row.text(column);
        if (text != m_last) {
            m_state = parseState(text).value_or(State::Draft);
            m_last = text;
        }
        return m_state;
    }

private:
    QString m_last;
    State m_state = State::Draft;
};

} // namespace

// Maps record ids to row positions. Ids are dense integers, so a vector beats a hash map.
class DenseIndex {
public:
    void reserve(std::int64_t minId, std::int64_t maxId) {
        m_min = minId;
        m_slots.assign(static_cast<std::size_t>(std::max<std::int64_t>(0, maxId - minId + 1)), -1);
    }
    void set(std::int64_t id, std::size_t position) {
        if (id >= m_min && id - m_min < static_cast<std::int64_t>(m_slots.size()))
            m_slots[static_cast<std::size_t>(id - m_min)] = static_cast<std::int32_t>(position);
    }
    std::int32_t find(std::int64_t id) const {
        if (id < m_min || id - m_min >= static_cast<std::int64_t>(m_slots.size()))
            return -1;
        return m_slots[static_cast<std::size_t>(id - m_min)];
    }

private:
    std::int64_t m_min = 0;
    std::vector<std::int32_t> m_slots;
};

// Loads the rows of a whole campaign with sequential scans (no per-row index lookups):
// 200,000 units in a few hundred milliseconds.
static Result<std::vector<Row>>
loadCampaign(Database& db, std::int64_t campaignId,
             const std::unordered_map<std::int64_t, QString>& types,
             const std::unordered_map<std::int64_t, QString>& counties) {
    Statement& bounds =
        db.cached("SELECT count(*), min(id), max(id), min(unit_id), max(unit_id) FROM enrollments "
                  "WHERE campaign_id = ?");
    bounds.bind(1, campaignId).step();
    std::vector<Row> rows;
    rows.reserve(static_cast<std::size_t>(bounds.int64(0)));
    DenseIndex byEnrollment;
    DenseIndex byUnit;
    byEnrollment.reserve(bounds.int64(1), bounds.int64(2));
    byUnit.reserve(bounds.int64(3), bounds.int64(4));
    bounds.reset();

    StateCache states;
    Statement& enrollments = db.cached(
        "SELECT id, unit_id, state, rubric_id FROM enrollments NOT INDEXED WHERE campaign_id = ?");
    enrollments.bind(1, campaignId);
    while (enrollments.step()) {
        Row row;
        row.result.enrollmentId = enrollments.int64(0);
        row.result.unitId = enrollments.int64(1);
        row.result.state = states.parse(enrollments, 2);
        row.rubricId = enrollments.int64(3);
        byEnrollment.set(row.result.enrollmentId, rows.size());
        byUnit.set(row.result.unitId, rows.size());
        rows.push_back(std::move(row));
    }
    Statement& units = db.cached("SELECT id, code, name, type_id, county_id FROM units");
    while (units.step()) {
        const std::int32_t found = byUnit.find(units.int64(0));
        if (found < 0)
            continue;
        Row& row = rows[static_cast<std::size_t>(found)];
        row.result.unitCode = units.text(1);
        row.result.name = units.text(2);
        row.result.typeCode = types.at(units.int64(3));
        row.countyId = units.int64(4);
        row.result.county = counties.at(row.countyId);
    }
    Statement& sheets = db.cached(
        "SELECT enrollment_id, step, id, satisfied, basic, unsatisfied, points, scored FROM sheets "
        "WHERE step > 0");
    while (sheets.step()) {
        const std::int32_t found = byEnrollment.find(sheets.int64(0));
        if (found < 0)
            continue;
        Row& row = rows[static_cast<std::size_t>(found)];
        (sheets.integer(1) == static_cast<int>(Step::City) ? row.city : row.county) =
            readSheet(sheets, 2);
    }
    const auto byCode = [](const Row& a, const Row& b) {
        return a.result.unitCode < b.result.unitCode;
    };
    if (!std::is_sorted(rows.begin(), rows.end(), byCode))
        std::sort(rows.begin(), rows.end(), byCode);
    return rows;
}

// Loads the rows of part of a campaign (one unit, a county, a type) through the indexes.
static Result<std::vector<Row>>
loadPart(Database& db, std::int64_t campaignId, const ResultQuery& query,
         const std::unordered_map<std::int64_t, QString>& types,
         const std::unordered_map<std::int64_t, QString>& counties) {
    // Only the conditions present, so SQLite can use the code, county and type indexes
    // (an "?2 IS NULL OR u.code = ?2" would make it scan the whole campaign).
    QByteArray sql =
        "SELECT e.id, u.id, u.code, u.name, u.type_id, u.county_id, e.state, e.rubric_id, "
        "c1.id, c1.satisfied, c1.basic, c1.unsatisfied, c1.points, c1.scored, "
        "c2.id, c2.satisfied, c2.basic, c2.unsatisfied, c2.points, c2.scored "
        "FROM enrollments e JOIN units u ON u.id = e.unit_id "
        "LEFT JOIN sheets c1 ON c1.enrollment_id = e.id AND c1.step = 1 "
        "LEFT JOIN sheets c2 ON c2.enrollment_id = e.id AND c2.step = 2 WHERE e.campaign_id = ?";
    QStringList params;
    if (!query.unitCode.isEmpty()) {
        sql += " AND u.code = ?";
        params << query.unitCode;
    }
    if (!query.county.isEmpty()) {
        sql += " AND u.county_id = (SELECT id FROM counties WHERE name = ?)";
        params << query.county;
    }
    if (!query.typeCode.isEmpty()) {
        sql += " AND u.type_id = (SELECT id FROM unit_types WHERE code = ? OR name = ?)";
        params << query.typeCode << query.typeCode;
    }
    sql += " ORDER BY u.code";
    Statement& select = db.cached(sql.constData());
    select.bind(1, campaignId);
    for (int i = 0; i < params.size(); ++i)
        select.bind(i + 2, params[i]);
    std::vector<Row> rows;
    StateCache states;
    while (select.step()) {
        Row row;
        row.result.enrollmentId = select.int64(0);
        row.result.unitId = select.int64(1);
        row.result.unitCode = select.text(2);
        row.result.name = select.text(3);
        row.result.typeCode = types.at(select.int64(4));
        row.countyId = select.int64(5);
        row.result.county = counties.at(row.countyId);
        row.result.state = states.parse(select, 6);
        row.rubricId = select.int64(7);
        if (!select.isNull(8))
            row.county = readSheet(select, 8);
        if (!select.isNull(14))
            row.city = readSheet(select, 14);
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<UnitResult>> ResultService::compute(const ResultQuery& query) const {
    Result<Campaign> campaign = CampaignRepository(m_db).require(query.year);
    if (!campaign)
        return campaign.error();
    const CampaignSettings& settings = campaign->settings;
    if (!query.unitCode.isEmpty())
        LP_TRY(Enrollments::find(m_db, query.year, query.unitCode));

    // Types and counties are few: their names are shared strings, not 200,000 copies.
    std::unordered_map<std::int64_t, QString> types;
    std::unordered_map<std::int64_t, QString> counties;
    Statement& typeNames = m_db.cached("SELECT id, code FROM unit_types");
    while (typeNames.step())
        types.emplace(typeNames.int64(0), typeNames.text(1));
    Statement& countyNames = m_db.cached("SELECT id, name FROM counties");
    while (countyNames.step())
        counties.emplace(countyNames.int64(0), countyNames.text(1));

    const bool whole =
        query.unitCode.isEmpty() && query.county.isEmpty() && query.typeCode.isEmpty();
    Result<std::vector<Row>> loaded = whole ? loadCampaign(m_db, campaign->id, types, counties)
                                            : loadPart(m_db, campaign->id, query, types, counties);
    if (!loaded)
        return loaded.error();
    std::vector<Row>& rows = *loaded;

    // Vetoes of either step (few).
    std::map<std::int64_t, QString> vetoes;
    Statement& vetoQuery =
        m_db.cached("SELECT sh.enrollment_id, v.reason FROM vetoes v CROSS JOIN sheets sh ON sh.id "
                    "= v.sheet_id "
                    "CROSS JOIN enrollments e ON e.id = sh.enrollment_id WHERE sh.step > 0 AND "
                    "e.campaign_id = ? "
                    "ORDER BY sh.enrollment_id, sh.step"); // CROSS JOIN: start from the few vetoes
    vetoQuery.bind(1, campaign->id);
    while (vetoQuery.step()) {
        QString& reason = vetoes[vetoQuery.int64(0)];
        reason += (reason.isEmpty() ? QString() : QStringLiteral(";")) + vetoQuery.text(1);
    }

    // A city recheck that scored only some indicators keeps the county's points for the rest.
    std::map<std::int64_t, int> scoredPerRubric;
    Statement& counts = m_db.cached(
        "SELECT rubric_id, count(*) FROM indicators WHERE kind = 'scored' GROUP BY rubric_id");
    while (counts.step())
        scoredPerRubric[counts.int64(0)] = counts.integer(1);
    Statement& overlay = m_db.cached(
        "SELECT coalesce(sum(half_points), 0) FROM scores WHERE sheet_id = ?1 AND indicator_id "
        "NOT IN (SELECT indicator_id FROM scores WHERE sheet_id = ?2)");

    for (Row& row : rows) {
        UnitResult& result = row.result;
        const auto veto = vetoes.find(result.enrollmentId);
        const bool vetoed = veto != vetoes.end();
        if (vetoed)
            result.vetoReason = veto->second;
        if (!row.county.id && !row.city.id) {
            if (vetoed) {
                result.outcome = Scoring::evaluate(0, std::nullopt, true, settings);
                result.finalStep = Step::County;
            }
            continue;
        }
        HalfPoints points = 0;
        std::optional<Survey> survey;
        if (row.city.id) {
            result.finalStep = Step::City;
            points = row.city.points;
            survey = row.city.survey ? row.city.survey : row.county.survey;
            if (row.county.id && row.city.scored < scoredPerRubric[row.rubricId]) {
                overlay.bind(1, row.county.id).bind(2, row.city.id);
                if (overlay.step())
                    points += overlay.integer(0);
                overlay.reset();
            }
        } else {
            result.finalStep = Step::County;
            points = row.county.points;
            survey = row.county.survey;
        }
        if (survey && survey->ballots() == 0)
            survey.reset();
        result.outcome = Scoring::evaluate(points, survey, vetoed, settings);
    }

    // The excellence quota ranks a whole county; a partial query takes the grades from it.
    if (settings.excellentQuota) {
        std::map<std::int64_t, int> unitsPerCounty;
        Statement& perCounty = m_db.cached(
            "SELECT u.county_id, count(*) FROM enrollments e JOIN units u ON u.id = e.unit_id "
            "WHERE e.campaign_id = ? GROUP BY u.county_id");
        perCounty.bind(1, campaign->id);
        while (perCounty.step())
            unitsPerCounty[perCounty.int64(0)] = perCounty.integer(1);
        if (query.unitCode.isEmpty() && query.typeCode.isEmpty()) {
            std::map<std::int64_t, std::vector<Outcome*>> outcomes;
            for (Row& row : rows)
                if (row.result.finalStep)
                    outcomes[row.countyId].push_back(&row.result.outcome);
            for (auto& [countyId, list] : outcomes)
                Scoring::applyQuota(list, unitsPerCounty[countyId], *settings.excellentQuota);
        } else {
            std::map<QString, std::unordered_map<std::int64_t, Grade>> graded;
            for (Row& row : rows) {
                if (!row.result.finalStep)
                    continue;
                auto& grades = graded[row.result.county];
                if (grades.empty()) {
                    ResultQuery county;
                    county.year = query.year;
                    county.county = row.result.county;
                    Result<std::vector<UnitResult>> full = compute(county);
                    if (!full)
                        return full.error();
                    for (const UnitResult& other : *full)
                        grades[other.enrollmentId] = other.outcome.grade;
                }
                row.result.outcome.grade = grades[row.result.enrollmentId];
            }
        }
    }

    std::vector<UnitResult> results;
    results.reserve(rows.size());
    for (Row& row : rows)
        results.push_back(std::move(row.result));
    return results;
}

Result<UnitResult> ResultService::forEnrollment(std::int64_t enrollmentId) const {
    Result<Enrollment> enrollment = Enrollments::findById(m_db, enrollmentId);
    if (!enrollment)
        return enrollment.error();
    ResultQuery query;
    query.year = enrollment->year;
    query.unitCode = enrollment->unitCode;
    Result<std::vector<UnitResult>> rows = compute(query);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return fail(CoreText::tr("no result for unit %1").arg(enrollment->unitCode));
    return rows->front();
}

} // namespace lianping
