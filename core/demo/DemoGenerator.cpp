#include "DemoGenerator.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/campaign/CampaignRepository.h"
#include "core/campaign/EnrollmentRows.h"
#include "core/common/Ids.h"
#include "core/demo/DemoNames.h"
#include "core/followup/FollowUps.h"
#include "core/history/History.h"
#include "core/model/State.h"
#include "core/pipeline/NamingRows.h"
#include "core/registry/LookupTables.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRows.h"
#include "core/rubric/RubricRepository.h"
#include "core/scoring/Scoring.h"
#include "core/scoring/SheetRows.h"
#include "core/storage/BulkWrite.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QStringList>

#include <algorithm>
#include <random>

namespace lianping {

namespace {

struct TypePlan {
    UnitType type;
    double weight = 0;
    std::int64_t rubricId = 0;
    std::optional<std::int64_t> leadId;
    std::vector<std::pair<std::int64_t, HalfPoints>> scored; // indicator id, max
    std::int64_t vetoIndicator = 0;
};

// Shares of each type among the units (families and villages are the most numerous).
double typeWeight(const QString& code) {
    static const std::pair<const char*, double> weights[] = {
        {"agency", 12},      {"school", 10},  {"hospital", 5},   {"enterprise", 8},
        {"intermediary", 4}, {"village", 22}, {"community", 10}, {"family", 29}};
    for (const auto& [name, weight] : weights)
        if (code == QLatin1String(name))
            return weight;
    return 3;
}

// Foreign keys off for the one bulk transaction: the generator builds every reference from ids
// it has just inserted, and the per-row checks cost a third of the run. Restored on any exit.
class ForeignKeysSuspended {
public:
    explicit ForeignKeysSuspended(Database& db)
        : m_db(db) {
        (void)m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysSuspended() { (void)m_db.exec("PRAGMA foreign_keys = ON"); }
    ForeignKeysSuspended(const ForeignKeysSuspended&) = delete;
    ForeignKeysSuspended& operator=(const ForeignKeysSuspended&) = delete;

private:
    Database& m_db;
};

} // namespace

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options, const Progress& progress) {
    if (options.units < 1 || options.units > 5'000'000)
        return fail(CoreText::tr("--units must be between 1 and 5000000"));
    std::mt19937_64 rng(options.seed);
    std::normal_distribution<double> quality(0.86, 0.075);
    std::normal_distribution<double> noise(0.0, 0.06);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);

    const ForeignKeysSuspended noForeignKeys(m_db);
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    // Sheets are written with their totals; the name index is filled once at the end.
    BulkWrite bulk(m_db);
    LP_TRY(bulk.begin());
    LP_TRY(TypeRepository(m_db).ensureBuiltins());
    LP_TRY(RubricRepository(m_db).ensureDefaults());
    CampaignRepository campaigns(m_db);
    std::optional<Campaign> campaign = campaigns.find(options.year);
    if (!campaign) {
        Result<Campaign> created = campaigns.create(options.year, CampaignSettings{});
        if (!created)
            return created.error();
        campaign = *created;
    }

    std::vector<TypePlan> plans;
    for (const UnitType& type : TypeRepository(m_db).list()) {
        Result<std::int64_t> rubricId = campaigns.rubricFor(*campaign, type.id);
        if (!rubricId)
            continue; // an office's own type without a rubric gets no demo units
        const std::optional<Rubric> rubric = RubricRepository(m_db).load(*rubricId);
        TypePlan plan;
        plan.type = type;
        plan.weight = typeWeight(type.code);
        plan.rubricId = *rubricId;
        if (!type.lead.isEmpty()) {
            Result<std::int64_t> lead = LookupTables::ensureDepartment(m_db, type.lead);
            if (!lead)
                return lead.error();
            plan.leadId = *lead;
        }
        for (const Dimension& dimension : rubric->dimensions)
            for (const Indicator& indicator : dimension.indicators) {
                if (indicator.veto && !plan.vetoIndicator)
                    plan.vetoIndicator = indicator.id;
                else if (!indicator.veto)
                    plan.scored.emplace_back(indicator.id, *indicator.max);
            }
        plans.push_back(std::move(plan));
    }
    if (plans.empty())
        return fail(CoreText::tr("no unit type has a rubric"));
    std::vector<double> weights;
    for (const TypePlan& plan : plans)
        weights.push_back(plan.weight);
    std::discrete_distribution<std::size_t> pickType(weights.begin(), weights.end());

    const QStringList& countyNames = DemoNames::counties();
    const int countyCount = static_cast<int>(
        std::min<qsizetype>(countyNames.size(), std::max(3, std::min(12, options.units / 50 + 3))));
    std::vector<std::int64_t> countyIds;
    for (int i = 0; i < countyCount; ++i) {
        Result<std::int64_t> id = LookupTables::ensureCounty(m_db, countyNames[i]);
        if (!id)
            return id.error();
        countyIds.push_back(*id);
    }

    Statement& maxCode =
        m_db.cached("SELECT coalesce(max(CAST(substr(code, 2) AS INTEGER)), 0) FROM units "
                    "WHERE code GLOB 'U[0-9][0-9][0-9][0-9][0-9][0-9][0-9]'");
    maxCode.step();
    const int firstCode = maxCode.integer(0) + 1;
    maxCode.reset();

    Result<std::int64_t> named =
        NamingRows::insert(m_db, {.campaignId = campaign->id,
                                  .decision = QStringLiteral("示委〔%1〕1号").arg(options.year + 1),
                                  .decidedOn = QStringLiteral("%1-03-15").arg(options.year + 1),
                                  .operatorName = m_db.operatorName(),
                                  .owner = m_db.officeId(),
                                  .updatedAt = nowMs()});
    if (!named)
        return named.error();
    const std::int64_t namingId = *named;

    FollowUps followUps(m_db);
    const std::int64_t office = m_db.officeId();
    const QString demoNote = QStringLiteral("演示数据");
    DemoSummary summary;
    summary.counties = countyCount;
    // A unit's sheets are drawn first, so each row is inserted once with its final values
    // (totals, state, naming): no second statement per row.
    struct Drawn {
        std::vector<ScoreFields> scores;
        HalfPoints total = 0;
    };
    auto draw = [&](const TypePlan& plan, double level, double coverage, const Drawn* base) {
        Drawn sheet;
        for (std::size_t i = 0; i < plan.scored.size(); ++i) {
            if (coverage < 1.0 && uniform(rng) > coverage)
                continue;
            const HalfPoints max = plan.scored[i].second;
            HalfPoints half;
            if (base) {
                // A recheck keeps most county scores and moves a few by half a point or a point.
                half = base->scores[i].halfPoints;
                if (uniform(rng) < 0.25)
                    half = std::clamp<HalfPoints>(half + static_cast<HalfPoints>(rng() % 5) - 2, 0,
                                                  max);
            } else {
                const double share = std::clamp(level + noise(rng), 0.0, 1.0);
                half = static_cast<HalfPoints>(std::lround(share * max));
            }
            sheet.total += half;
            sheet.scores.push_back({plan.scored[i].first, half, {}});
        }
        return sheet;
    };
    auto write = [&](std::int64_t enrollmentId, int step, const std::optional<Survey>& survey,
                     const Drawn& sheet) -> Result<std::int64_t> {
        const auto ballots = [&](int Survey::*count) {
            return survey ? std::optional<int>((*survey).*count) : std::nullopt;
        };
        const SheetFields row{.enrollmentId = enrollmentId,
                              .step = step,
                              .satisfied = ballots(&Survey::satisfied),
                              .basic = ballots(&Survey::basic),
                              .unsatisfied = ballots(&Survey::unsatisfied),
                              .points = sheet.total,
                              .scored = static_cast<int>(sheet.scores.size()),
                              .owner = office,
                              .updatedAt = nowMs()};
        Result<std::int64_t> sheetId = SheetRows::insert(m_db, row);
        if (!sheetId)
            return sheetId.error();
        LP_TRY(SheetRows::insertScores(m_db, *sheetId, sheet.scores));
        summary.scores += static_cast<std::int64_t>(sheet.scores.size());
        return *sheetId;
    };

    for (int n = 0; n < options.units; ++n) {
        if (progress && n % 2000 == 0 && !progress(n, options.units))
            return fail(CoreText::tr("demo generation cancelled; nothing was stored"));
        const TypePlan& plan = plans[pickType(rng)];
        const std::size_t countyIndex = rng() % countyIds.size();
        const std::int64_t countyId = countyIds[countyIndex];
        const QString& county = countyNames[static_cast<qsizetype>(countyIndex)];
        const QString code = QStringLiteral("U%1").arg(firstCode + n, 7, 10, QLatin1Char('0'));
        const QString name = DemoNames::unitName(plan.type.code, county, rng);
        const std::int64_t now = nowMs();
        Result<std::int64_t> unit = UnitRows::insert(m_db, {.code = code,
                                                            .name = name,
                                                            .typeId = plan.type.id,
                                                            .countyId = countyId,
                                                            .leadId = plan.leadId,
                                                            .demo = uniform(rng) < 0.01,
                                                            .contact = DemoNames::personName(rng),
                                                            .active = true,
                                                            .owner = office,
                                                            .updatedAt = now});
        if (!unit)
            return unit.error();
        const std::int64_t unitId = *unit;

        // Where the unit stands, and its scores at every step up to there.
        const double level = std::clamp(quality(rng), 0.35, 1.0);
        const double stage = uniform(rng);
        State state = stage < 0.03   ? State::Draft
                      : stage < 0.07 ? State::Submitted
                                     : State::CountyAccepted;
        const bool returned = state == State::Submitted && uniform(rng) < 0.2;
        const Drawn self =
            draw(plan, std::min(1.0, level + 0.04), state == State::Draft ? 0.6 : 1.0, nullptr);
        std::optional<Drawn> countySheet;
        std::optional<Drawn> citySheet;
        std::optional<Survey> survey;
        bool veto = false;
        if (state == State::CountyAccepted) {
            const int ballots = 20 + static_cast<int>(rng() % 41);
            const double happy = std::clamp(level + noise(rng), 0.3, 1.0);
            Survey s;
            s.satisfied = static_cast<int>(ballots * happy);
            s.unsatisfied = static_cast<int>((ballots - s.satisfied) * uniform(rng) * 0.5);
            s.basic = ballots - s.satisfied - s.unsatisfied;
            survey = s;
            veto = uniform(rng) < 0.004;
            countySheet = draw(plan, level, 1.0, nullptr);
            const Outcome reviewed =
                Scoring::evaluate(countySheet->total, survey, veto, campaign->settings);
            if (reviewed.grade == Grade::Excellent || uniform(rng) < 0.12) {
                citySheet = draw(plan, level, 1.0, &*countySheet);
                state = State::CityRechecked;
            }
        }
        const HalfPoints finalPoints = citySheet     ? citySheet->total
                                       : countySheet ? countySheet->total
                                                     : 0;
        const Outcome outcome = Scoring::evaluate(finalPoints, survey, veto, campaign->settings);
        std::optional<std::int64_t> namedBy;
        if (countySheet && outcome.grade != Grade::Unqualified && uniform(rng) < 0.6) {
            state = State::Named;
            namedBy = namingId;
            ++summary.named;
        }
        const State shown = returned ? State::Returned : state;
        Result<std::int64_t> enrolled = EnrollmentRows::insert(
            m_db,
            {.campaignId = campaign->id,
             .unitId = unitId,
             .rubricId = plan.rubricId,
             .state = stateName(shown),
             .returnedFrom = returned ? stateName(State::Submitted) : QString(),
             .returnReason =
                 returned ? QStringLiteral("自查材料不全,请补充佐证资料后重新申报") : QString(),
             .namingId = namedBy,
             .owner = office,
             .updatedAt = now});
        if (!enrolled)
            return enrolled.error();
        const std::int64_t enrollmentId = *enrolled;
        if (Result<std::int64_t> written = write(enrollmentId, 0, std::nullopt, self); !written)
            return written.error();
        if (countySheet) {
            Result<std::int64_t> written = write(enrollmentId, 1, survey, *countySheet);
            if (!written)
                return written.error();
            if (veto)
                LP_TRY(SheetRows::insertVeto(m_db, *written, plan.vetoIndicator,
                                             QStringLiteral("本年度发生违纪违法案件,经查属实")));
        }
        if (citySheet) {
            if (Result<std::int64_t> written = write(enrollmentId, 2, std::nullopt, *citySheet);
                !written)
                return written.error();
        }
        // One history line per demo unit says where it came from and where it stands.
        LP_TRY(History::record(m_db, {unitId, options.year, QStringLiteral("enrollment"),
                                      QStringLiteral("state"), QString(), stateName(shown),
                                      demoNote + QLatin1Char(' ') + name}));
        if (survey && outcome.grade == Grade::Unqualified)
            LP_TRY(followUps.insertOpen(
                unitId, campaign->id, QStringLiteral("admonition"),
                QStringLiteral("%1年度考评不合格,对主要负责人进行诫勉谈话").arg(options.year),
                now));
        ++summary.units;
    }
    if (progress && !progress(options.units, options.units))
        return fail(CoreText::tr("demo generation cancelled; nothing was stored"));
    LP_TRY(bulk.settle());
    LP_TRY(transaction.commit());
    return summary;
}

} // namespace lianping
