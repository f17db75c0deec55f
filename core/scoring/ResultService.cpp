#include "ResultService.h"

#include "campaign/CampaignRepository.h"
#include "pipeline/Enrollment.h"
#include "storage/Database.h"

#include <map>
#include <unordered_map>

namespace lianping {

namespace {

struct SheetInfo {
    std::int64_t enrollmentId = 0;
    Step step = Step::County;
    std::optional<Survey> survey;
    HalfPoints points = 0;
    int scored = 0;
};

struct Assessed {
    std::int64_t county = 0;
    std::int64_t city = 0;
};

// Restricts a statement over enrollments `e` joined with units `u` to the query.
constexpr const char* scope =
    " e.campaign_id = ?1 AND (?2 IS NULL OR u.code = ?2) AND (?3 IS NULL OR u.county_id = "
    "(SELECT id FROM counties WHERE name = ?3)) AND (?4 IS NULL OR u.type_id = (SELECT id FROM "
    "unit_types WHERE code = ?4 OR name = ?4)) ";

void bindScope(Statement& statement, std::int64_t campaignId, const ResultQuery& query)
{
    statement.bind(1, campaignId);
    statement.bind(2, query.unitCode.isEmpty() ? QString() : query.unitCode);
    statement.bind(3, query.county.isEmpty() ? QString() : query.county);
    statement.bind(4, query.typeCode.isEmpty() ? QString() : query.typeCode);
}

QByteArray scoped(const char* head, const char* tail = "")
{
    return QByteArray(head) + scope + tail;
}

} // namespace

Result<std::vector<UnitResult>> ResultService::compute(const ResultQuery& query) const
{
    Result<Campaign> campaign = CampaignRepository(m_db).require(query.year);
    if (!campaign)
        return campaign.error();
    const CampaignSettings& settings = campaign->settings;
    if (!query.unitCode.isEmpty())
        LP_TRY(Enrollment::find(m_db, query.year, query.unitCode));

    // 1. The enrolled units, in code order.
    std::vector<UnitResult> results;
    std::unordered_map<std::int64_t, std::size_t> byEnrollment;
    std::vector<std::int64_t> rubricOf;
    std::vector<std::int64_t> countyOf;
    {
        static const QByteArray sql = scoped(
            "SELECT e.id, u.id, u.code, u.name, t.code, c.name, e.state, e.rubric_id, u.county_id "
            "FROM enrollments e JOIN units u ON u.id = e.unit_id "
            "JOIN unit_types t ON t.id = u.type_id JOIN counties c ON c.id = u.county_id WHERE",
            "ORDER BY u.code");
        Statement& units = m_db.cached(sql.constData());
        bindScope(units, campaign->id, query);
        while (units.step()) {
            UnitResult row;
            row.enrollmentId = units.int64(0);
            row.unitId = units.int64(1);
            row.unitCode = units.text(2);
            row.name = units.text(3);
            row.typeCode = units.text(4);
            row.county = units.text(5);
            row.state = parseState(units.text(6)).value_or(State::Draft);
            byEnrollment.emplace(row.enrollmentId, results.size());
            rubricOf.push_back(units.int64(7));
            countyOf.push_back(units.int64(8));
            results.push_back(std::move(row));
        }
    }

    // 2. County and city sheets with their surveys and point sums.
    std::unordered_map<std::int64_t, SheetInfo> sheets;
    std::vector<Assessed> assessed(results.size());
    {
        static const QByteArray sql = scoped(
            "SELECT sh.id, sh.enrollment_id, sh.step, sh.satisfied, sh.basic, sh.unsatisfied, "
            "(SELECT coalesce(sum(s.half_points), 0) FROM scores s WHERE s.sheet_id = sh.id), "
            "(SELECT count(*) FROM scores s WHERE s.sheet_id = sh.id) "
            "FROM enrollments e JOIN units u ON u.id = e.unit_id "
            "JOIN sheets sh ON sh.enrollment_id = e.id WHERE sh.step > 0 AND");
        Statement& query_ = m_db.cached(sql.constData());
        bindScope(query_, campaign->id, query);
        while (query_.step()) {
            SheetInfo info;
            info.enrollmentId = query_.int64(1);
            info.step = static_cast<Step>(query_.integer(2));
            if (!query_.isNull(3))
                info.survey = Survey{query_.integer(3), query_.integer(4), query_.integer(5)};
            info.points = query_.integer(6);
            info.scored = query_.integer(7);
            const auto found = byEnrollment.find(info.enrollmentId);
            if (found == byEnrollment.end())
                continue;
            (info.step == Step::City ? assessed[found->second].city
                                     : assessed[found->second].county) = query_.int64(0);
            sheets.emplace(query_.int64(0), info);
        }
    }

    // 3. Vetoes of either step.
    std::vector<bool> vetoed(results.size(), false);
    {
        static const QByteArray sql = scoped(
            "SELECT sh.enrollment_id, group_concat(v.reason, ';') FROM enrollments e "
            "JOIN units u ON u.id = e.unit_id JOIN sheets sh ON sh.enrollment_id = e.id "
            "JOIN vetoes v ON v.sheet_id = sh.id WHERE sh.step > 0 AND",
            "GROUP BY sh.enrollment_id");
        Statement& vetoes = m_db.cached(sql.constData());
        bindScope(vetoes, campaign->id, query);
        while (vetoes.step()) {
            const auto found = byEnrollment.find(vetoes.int64(0));
            if (found == byEnrollment.end())
                continue;
            vetoed[found->second] = true;
            results[found->second].vetoReason = vetoes.text(1);
        }
    }

    // 4. Scored indicators per rubric, to spot a city recheck that changed only some scores.
    std::map<std::int64_t, int> scoredPerRubric;
    {
        Statement& counts = m_db.cached(
            "SELECT rubric_id, count(*) FROM indicators WHERE kind = 'scored' GROUP BY rubric_id");
        while (counts.step())
            scoredPerRubric[counts.int64(0)] = counts.integer(1);
    }
    Statement& overlay = m_db.cached(
        "SELECT coalesce(sum(half_points), 0) FROM scores WHERE sheet_id = ?1 AND indicator_id "
        "NOT IN (SELECT indicator_id FROM scores WHERE sheet_id = ?2)");

    // 5. Outcomes.
    for (std::size_t i = 0; i < results.size(); ++i) {
        UnitResult& row = results[i];
        const Assessed& steps = assessed[i];
        if (!steps.county && !steps.city) {
            if (vetoed[i]) {
                row.outcome = Scoring::evaluate(0, std::nullopt, true, settings);
                row.finalStep = Step::County;
            }
            continue;
        }
        HalfPoints points = 0;
        std::optional<Survey> survey;
        if (steps.city) {
            const SheetInfo& city = sheets[steps.city];
            row.finalStep = Step::City;
            points = city.points;
            survey = city.survey;
            if (steps.county) {
                const SheetInfo& county = sheets[steps.county];
                if (!survey)
                    survey = county.survey;
                if (city.scored < scoredPerRubric[rubricOf[i]]) {
                    overlay.bind(1, steps.county).bind(2, steps.city);
                    if (overlay.step())
                        points += overlay.integer(0);
                    overlay.reset();
                }
            }
        } else {
            const SheetInfo& county = sheets[steps.county];
            row.finalStep = Step::County;
            points = county.points;
            survey = county.survey;
        }
        if (survey && survey->ballots() == 0)
            survey.reset();
        row.outcome = Scoring::evaluate(points, survey, vetoed[i], settings);
    }

    // 6. The excellence quota, county by county over all the county's enrolled units.
    if (settings.excellentQuota) {
        std::map<std::int64_t, std::vector<Outcome*>> perCounty;
        std::map<std::int64_t, int> unitsPerCounty;
        for (std::size_t i = 0; i < results.size(); ++i)
            if (results[i].finalStep)
                perCounty[countyOf[i]].push_back(&results[i].outcome);
        Statement& counts = m_db.cached(
            "SELECT u.county_id, count(*) FROM enrollments e JOIN units u ON u.id = e.unit_id "
            "WHERE e.campaign_id = ? GROUP BY u.county_id");
        counts.bind(1, campaign->id);
        while (counts.step())
            unitsPerCounty[counts.int64(0)] = counts.integer(1);
        const bool partial = !query.unitCode.isEmpty() || !query.typeCode.isEmpty();
        if (partial) {
            // The quota ranks a whole county: compute it in full and copy the grades back.
            ResultQuery whole;
            whole.year = query.year;
            std::unordered_map<std::int64_t, Grade> grades;
            for (auto& [countyId, outcomes] : perCounty) {
                Q_UNUSED(outcomes);
                Statement& name = m_db.cached("SELECT name FROM counties WHERE id = ?");
                name.bind(1, countyId).step();
                whole.county = name.text(0);
                Result<std::vector<UnitResult>> full = compute(whole);
                if (!full)
                    return full.error();
                for (const UnitResult& row : *full)
                    grades[row.enrollmentId] = row.outcome.grade;
            }
            for (UnitResult& row : results)
                if (row.finalStep)
                    row.outcome.grade = grades[row.enrollmentId];
        } else {
            for (auto& [countyId, outcomes] : perCounty)
                Scoring::applyQuota(outcomes, unitsPerCounty[countyId], *settings.excellentQuota);
        }
    }
    return results;
}

Result<UnitResult> ResultService::forEnrollment(std::int64_t enrollmentId) const
{
    Result<Enrollment> enrollment = Enrollment::findById(m_db, enrollmentId);
    if (!enrollment)
        return enrollment.error();
    ResultQuery query;
    query.year = enrollment->year;
    query.unitCode = enrollment->unitCode;
    Result<std::vector<UnitResult>> rows = compute(query);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return fail(QStringLiteral("no result for unit %1").arg(enrollment->unitCode));
    return rows->front();
}

} // namespace lianping
