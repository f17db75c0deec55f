#include "RecheckSampler.h"

#include "core/common/CoreText.h"

#include "core/campaign/CampaignRepository.h"
#include "core/common/Hash.h"
#include "core/common/Ids.h"
#include "core/office/Office.h"
#include "core/scoring/Scoring.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace lianping {

namespace {} // namespace

std::vector<QString> RecheckSampler::pick(const std::vector<QString>& candidates, double percent,
                                          const QString& seed, const QString& county) {
    std::vector<QString> pool = candidates;
    std::sort(pool.begin(), pool.end());
    const auto wanted = static_cast<std::size_t>(
        std::min<double>(static_cast<double>(pool.size()),
                         std::ceil(percent / 100.0 * static_cast<double>(pool.size()) - 1e-9)));
    // mt19937_64 is specified exactly by the standard; the draw below uses only its output.
    const QString digest = crypto::contentHash((seed + QLatin1Char('/') + county).toUtf8());
    std::mt19937_64 random(digest.left(16).toULongLong(nullptr, 16));
    for (std::size_t i = 0; i < wanted; ++i) {
        const std::size_t j = i + static_cast<std::size_t>(random() % (pool.size() - i));
        std::swap(pool[i], pool[j]);
    }
    pool.resize(wanted);
    std::sort(pool.begin(), pool.end());
    return pool;
}

Result<RecheckSample> RecheckSampler::draw(Database& db, int year, double percent, QString seed) {
    if (!(percent >= 0 && percent <= 100))
        return fail(CoreText::tr("the percentage must be between 0 and 100"));
    const Office office = Offices::current(db);
    if (office.role != Role::All && office.role != Role::City)
        return fail(CoreText::tr("%1 cannot draw the recheck sample: that is the city office's")
                        .arg(office.describe()));
    Result<Campaign> campaign = CampaignRepository(db).require(year);
    if (!campaign)
        return campaign.error();
    if (seed.isEmpty())
        seed = QString::number(QRandomGenerator::system()->generate64(), 16)
                   .rightJustified(16, QLatin1Char('0'));

    // County-accepted units with the county's own outcome.
    struct Candidate {
        std::int64_t enrollmentId = 0;
        QString code;
        QString name;
        std::optional<double> total;
        bool excellent = false;
    };
    std::map<QString, std::vector<Candidate>> counties;
    Statement& query = db.cached(
        "SELECT e.id, u.code, u.name, c.name, s.points, s.satisfied, s.basic, s.unsatisfied, "
        "s.id, (SELECT count(*) FROM vetoes v WHERE v.sheet_id = s.id) FROM enrollments e "
        "JOIN units u ON u.id = e.unit_id JOIN counties c ON c.id = u.county_id "
        "LEFT JOIN sheets s ON s.enrollment_id = e.id AND s.step = 1 "
        "WHERE e.campaign_id = ? AND e.state = 'county-accepted' ORDER BY u.code");
    query.bind(1, campaign->id);
    int candidates = 0;
    while (query.step()) {
        Candidate candidate;
        candidate.enrollmentId = query.int64(0);
        candidate.code = query.text(1);
        candidate.name = query.text(2);
        if (!query.isNull(8)) {
            std::optional<Survey> survey;
            if (!query.isNull(5))
                survey = Survey{query.integer(5), query.integer(6), query.integer(7)};
            if (survey && survey->ballots() == 0)
                survey.reset();
            const Outcome outcome = Scoring::evaluate(query.integer(4), survey,
                                                      query.integer(9) > 0, campaign->settings);
            candidate.total = outcome.total;
            candidate.excellent = outcome.grade == Grade::Excellent;
        }
        counties[query.text(3)].push_back(std::move(candidate));
        ++candidates;
    }
    query.reset();

    RecheckSample sample;
    sample.uid = newUid();
    sample.year = year;
    sample.percent = percent;
    sample.seed = seed;
    sample.candidates = candidates;
    std::vector<std::pair<std::int64_t, QString>> chosen;
    for (const auto& [county, list] : counties) {
        std::vector<QString> rest;
        for (const Candidate& candidate : list)
            if (!candidate.excellent)
                rest.push_back(candidate.code);
        const std::vector<QString> drawn = pick(rest, percent, seed, county);
        for (const Candidate& candidate : list) {
            const bool random = std::binary_search(drawn.begin(), drawn.end(), candidate.code);
            if (!candidate.excellent && !random)
                continue;
            sample.units.push_back(SampledUnit{candidate.code, candidate.name, county,
                                               candidate.excellent ? QStringLiteral("excellent")
                                                                   : QStringLiteral("random"),
                                               candidate.total});
            chosen.emplace_back(candidate.enrollmentId, sample.units.back().reason);
        }
    }
    std::sort(sample.units.begin(), sample.units.end(),
              [](const SampledUnit& a, const SampledUnit& b) { return a.code < b.code; });

    Transaction transaction(db);
    LP_TRY(transaction.begun());
    const std::int64_t now = nowMs();
    Statement& insert = db.cached(
        "INSERT INTO recheck_samples(uid, campaign_id, percent, seed, created_at, operator, owner, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?)");
    if (!insert.bind(1, sample.uid)
             .bind(2, campaign->id)
             .bind(3, percent)
             .bind(4, seed)
             .bind(5, now)
             .bind(6, db.operatorName())
             .bind(7, db.officeId())
             .bind(8, now)
             .exec())
        return fail(db.lastError());
    const std::int64_t sampleId = db.lastInsertId();
    Statement& unit = db.cached(
        "INSERT INTO recheck_sample_units(sample_id, enrollment_id, reason) VALUES (?,?,?)");
    for (const auto& [enrollment, reason] : chosen)
        if (!unit.bind(1, sampleId).bind(2, enrollment).bind(3, reason).exec())
            return fail(db.lastError());
    LP_TRY(transaction.commit());
    return sample;
}

} // namespace lianping
