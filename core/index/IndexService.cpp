#include "IndexService.h"

#include "core/index/IndexStore.h"
#include "core/index/Surveys.h"
#include "core/registry/LookupTables.h"
#include "core/scoring/ResultService.h"
#include "core/storage/Database.h"
#include "core/tasks/Ledger.h"

#include <QHash>

#include <algorithm>
#include <set>

namespace lianping {

namespace {

const QString cityName = QStringLiteral("全市");

// The assessed units of a county (or the city) and the measures taken from them.
struct Assessed {
    struct Unit {
        QString type;
        double total;
        Grade grade;
    };
    std::vector<Unit> units;

    std::optional<double> measure(MeasureSource source, const QStringList& types) const {
        double sum = 0;
        int count = 0;
        int passed = 0;
        int excellent = 0;
        for (const Unit& unit : units) {
            if (!types.isEmpty() && !types.contains(unit.type))
                continue;
            sum += unit.total;
            ++count;
            passed += unit.grade != Grade::Unqualified ? 1 : 0;
            excellent += unit.grade == Grade::Excellent ? 1 : 0;
        }
        if (count == 0)
            return std::nullopt;
        switch (source) {
        case MeasureSource::Assessment:
            return sum / count;
        case MeasureSource::PassRate:
            return 100.0 * passed / count;
        case MeasureSource::ExcellentRate:
            return 100.0 * excellent / count;
        default:
            return std::nullopt;
        }
    }
};

// A weighted mean over the present values; nullopt when none is present.
std::optional<double> weighted(const std::vector<std::pair<double, std::optional<double>>>& parts,
                               bool& partial) {
    double sum = 0;
    double weights = 0;
    for (const auto& [weight, value] : parts) {
        if (!value) {
            partial = partial || weight > 0;
            continue;
        }
        sum += weight * *value;
        weights += weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return sum / weights;
}

} // namespace

Result<std::vector<IndexResult>> IndexService::compute(int year, bool freeze, QDate today) {
    IndexStore store(m_db);
    IndexModel model = store.model(year);
    if (freeze)
        LP_TRY(store.freeze(model));
    Result<std::vector<IndexResult>> results = computeWith(model, year, today);
    if (!results)
        return results;
    // Change from last year, where last year has figures of its own.
    const IndexModel previousModel = store.model(year - 1);
    Statement& campaign = m_db.cached("SELECT 1 FROM campaigns WHERE year = ?");
    const bool previous = campaign.bind(1, year - 1).step();
    campaign.reset();
    if (previous) {
        Result<std::vector<IndexResult>> before =
            computeWith(previousModel, year - 1, QDate(year - 1, 12, 31));
        if (before) {
            QHash<QString, double> last;
            for (const IndexResult& r : *before)
                if (r.index)
                    last.insert(r.county, *r.index);
            for (IndexResult& r : *results)
                if (r.index && last.contains(r.county))
                    r.change = *r.index - last.value(r.county);
        }
    }
    return results;
}

Result<std::vector<IndexResult>> IndexService::computeWith(const IndexModel& model, int year,
                                                           QDate today) {
    // Units with a final result, by county.
    std::map<QString, Assessed> assessed;
    Statement& campaign = m_db.cached("SELECT 1 FROM campaigns WHERE year = ?");
    const bool hasCampaign = campaign.bind(1, year).step();
    campaign.reset();
    if (hasCampaign) {
        ResultQuery query;
        query.year = year;
        Result<std::vector<UnitResult>> units = ResultService(m_db).compute(query);
        if (!units)
            return units.error();
        for (const UnitResult& unit : *units) {
            if (!unit.finalStep)
                continue;
            const Assessed::Unit entry{unit.typeCode, unit.outcome.total, unit.outcome.grade};
            assessed[unit.county].units.push_back(entry);
            assessed[cityName].units.push_back(entry);
        }
    }
    // The task ledger's completion rates by county, and the city's.
    QHash<QString, double> taskRates;
    const Ledger ledger = Ledger::load(m_db, year, today);
    for (const LedgerRate& rate : ledger.rates(LedgerGrouping::County))
        if (!rate.group.isEmpty() && rate.tasks > 0)
            taskRates.insert(rate.group, 100.0 * rate.rate());
    if (ledger.total().tasks > 0)
        taskRates.insert(cityName, 100.0 * ledger.total().rate());
    const QHash<QPair<QString, QString>, double> inputs = IndexStore(m_db).inputs(year);
    Surveys surveys(m_db);

    // Counties: those with units, inputs or surveys.
    std::set<QString> counties;
    for (const QString& county : LookupTables::counties(m_db))
        counties.insert(county);
    counties.erase(cityName);

    const auto manual = [&](const QString& county, const QString& aspect) -> std::optional<double> {
        const auto found = inputs.constFind({county, aspect});
        if (found != inputs.constEnd())
            return *found;
        if (county != cityName)
            return std::nullopt;
        // The city without its own value: the mean of the counties' values.
        double sum = 0;
        int count = 0;
        for (auto it = inputs.constBegin(); it != inputs.constEnd(); ++it)
            if (it.key().second == aspect && it.key().first != cityName) {
                sum += it.value();
                ++count;
            }
        return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
    };

    std::vector<QString> order(counties.begin(), counties.end());
    order.push_back(cityName);
    std::vector<IndexResult> results;
    for (const QString& county : order) {
        IndexResult result;
        result.county = county;
        std::vector<std::pair<double, std::optional<double>>> dimensionParts;
        for (const IndexDimension& dimension : model.dimensions) {
            std::vector<std::pair<double, std::optional<double>>> aspectParts;
            for (const IndexAspect& aspect : dimension.aspects) {
                AspectResult aspectResult;
                std::vector<std::pair<double, std::optional<double>>> measureParts;
                for (const IndexMeasure& measure : aspect.measures) {
                    std::optional<double> value;
                    switch (measure.source) {
                    case MeasureSource::Assessment:
                    case MeasureSource::PassRate:
                    case MeasureSource::ExcellentRate: {
                        const auto found = assessed.find(county);
                        if (found != assessed.end())
                            value = found->second.measure(measure.source, measure.types);
                        break;
                    }
                    case MeasureSource::TaskRate:
                        if (taskRates.contains(county))
                            value = taskRates.value(county);
                        break;
                    case MeasureSource::Survey:
                        if (const std::optional<SurveyFigure> figure =
                                surveys.figure(year, county, aspect.name)) {
                            value = figure->score;
                            aspectResult.n = figure->n;
                            aspectResult.ciLow = figure->ciLow;
                            aspectResult.ciHigh = figure->ciHigh;
                            aspectResult.flagged = figure->flagged;
                        }
                        break;
                    case MeasureSource::Manual:
                        value = manual(county, aspect.name);
                        break;
                    }
                    measureParts.emplace_back(measure.weight, value);
                }
                aspectResult.score = weighted(measureParts, result.partial);
                if (!aspectResult.score)
                    result.missing << aspect.name;
                aspectParts.emplace_back(aspect.weight, aspectResult.score);
                result.aspects.emplace_back(aspect.name, aspectResult);
            }
            const std::optional<double> score = weighted(aspectParts, result.partial);
            result.dimensions.emplace_back(dimension.name, score);
            dimensionParts.emplace_back(dimension.weight, score);
        }
        result.index = weighted(dimensionParts, result.partial);
        results.push_back(std::move(result));
    }
    // Rank among counties: 1 for the highest index, equal indices sharing a rank.
    std::vector<IndexResult*> ranked;
    for (IndexResult& r : results)
        if (r.county != cityName && r.index)
            ranked.push_back(&r);
    std::sort(ranked.begin(), ranked.end(),
              [](const IndexResult* a, const IndexResult* b) { return *a->index > *b->index; });
    for (std::size_t i = 0; i < ranked.size(); ++i)
        ranked[i]->rank = i > 0 && std::abs(*ranked[i]->index - *ranked[i - 1]->index) < 1e-9
                              ? *ranked[i - 1]->rank
                              : static_cast<int>(i) + 1;
    return results;
}

} // namespace lianping
