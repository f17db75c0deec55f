#include "DimensionScores.h"

#include "campaign/CampaignRepository.h"
#include "storage/Database.h"

namespace lianping {

namespace {

struct Slot {
    int dimension = 0; // column
    int index = 0;     // position among the rubric's scored indicators
    std::int64_t rubricId = 0;
};

struct Entry {
    std::int64_t rubricId = 0;
    std::vector<std::int16_t> county; // half-points per indicator slot, -1: none
    std::vector<std::int16_t> city;
    bool hasCity = false;
};

} // namespace

Result<DimensionScores> DimensionScores::load(Database& db, int year) {
    Result<Campaign> campaign = CampaignRepository(db).require(year);
    if (!campaign)
        return campaign.error();
    DimensionScores result;

    // Indicator → (column, slot), for the rubrics of this campaign.
    std::unordered_map<std::int64_t, Slot> indicatorSlots;
    std::unordered_map<std::int64_t, int> slotsPerRubric;
    Statement& indicators = db.cached(
        "SELECT i.id, i.rubric_id, d.id, d.title, t.code FROM indicators i "
        "JOIN dimensions d ON d.id = i.dimension_id JOIN rubrics r ON r.id = i.rubric_id "
        "JOIN unit_types t ON t.id = r.type_id "
        "WHERE i.kind = 'scored' AND i.rubric_id IN (SELECT DISTINCT rubric_id FROM enrollments "
        "WHERE campaign_id = ?) ORDER BY i.rubric_id, d.position, i.position");
    indicators.bind(1, campaign->id);
    std::int64_t lastRubric = -1;
    std::int64_t lastDimension = -1;
    int column = -1;
    while (indicators.step()) {
        const std::int64_t rubricId = indicators.int64(1);
        if (rubricId != lastRubric) {
            lastRubric = rubricId;
            lastDimension = -1;
            column = -1;
        }
        if (indicators.int64(2) != lastDimension) {
            lastDimension = indicators.int64(2);
            ++column;
            QStringList& titles = result.m_titles[indicators.text(4)];
            if (titles.size() <= column)
                titles << indicators.text(3);
        }
        int& count = slotsPerRubric[rubricId];
        indicatorSlots[indicators.int64(0)] = Slot{column, count++, rubricId};
        result.m_columns = std::max(result.m_columns, column + 1);
    }
    indicators.reset();

    // Sheet → (enrollment, step).
    std::unordered_map<std::int64_t, Entry> entries;
    std::unordered_map<std::int64_t, std::pair<std::int64_t, bool>>
        sheets; // id → (enrollment, city)
    Statement& sheetRows = db.cached(
        "SELECT sh.id, sh.enrollment_id, sh.step, e.rubric_id FROM sheets sh "
        "JOIN enrollments e ON e.id = sh.enrollment_id WHERE sh.step > 0 AND e.campaign_id = ?");
    sheetRows.bind(1, campaign->id);
    while (sheetRows.step()) {
        const std::int64_t enrollmentId = sheetRows.int64(1);
        const bool city = sheetRows.integer(2) == 2;
        sheets.emplace(sheetRows.int64(0), std::pair{enrollmentId, city});
        Entry& entry = entries[enrollmentId];
        if (entry.county.empty()) {
            entry.rubricId = sheetRows.int64(3);
            const int count = slotsPerRubric[entry.rubricId];
            entry.county.assign(static_cast<std::size_t>(count), -1);
            entry.city.assign(static_cast<std::size_t>(count), -1);
        }
        entry.hasCity = entry.hasCity || city;
    }
    sheetRows.reset();

    // Every score once, in storage order.
    Statement& scores = db.cached("SELECT sheet_id, indicator_id, half_points FROM scores");
    std::int64_t lastSheet = -1;
    Entry* entry = nullptr;
    bool city = false;
    while (scores.step()) {
        const std::int64_t sheetId = scores.int64(0);
        if (sheetId != lastSheet) {
            lastSheet = sheetId;
            const auto found = sheets.find(sheetId);
            entry = found == sheets.end() ? nullptr : &entries[found->second.first];
            city = found != sheets.end() && found->second.second;
        }
        if (!entry)
            continue;
        const auto slot = indicatorSlots.find(scores.int64(1));
        if (slot == indicatorSlots.end() ||
            slot->second.index >= static_cast<int>(entry->county.size()))
            continue;
        (city ? entry->city : entry->county)[static_cast<std::size_t>(slot->second.index)] =
            static_cast<std::int16_t>(scores.integer(2));
    }
    scores.reset();

    // Slot → column per rubric.
    std::unordered_map<std::int64_t, std::vector<int>> columnOfSlot;
    for (const auto& [indicatorId, slot] : indicatorSlots) {
        std::vector<int>& columns = columnOfSlot[slot.rubricId];
        if (static_cast<int>(columns.size()) <= slot.index)
            columns.resize(static_cast<std::size_t>(slot.index) + 1, 0);
        columns[static_cast<std::size_t>(slot.index)] = slot.dimension;
    }

    result.m_points.reserve(entries.size());
    for (const auto& [enrollmentId, item] : entries) {
        std::vector<HalfPoints> points(static_cast<std::size_t>(result.m_columns), 0);
        const std::vector<int>& columns = columnOfSlot[item.rubricId];
        for (std::size_t i = 0; i < item.county.size() && i < columns.size(); ++i) {
            const std::int16_t value = item.city[i] >= 0 ? item.city[i] : item.county[i];
            if (value > 0)
                points[static_cast<std::size_t>(columns[i])] += value;
        }
        result.m_points.emplace(enrollmentId, std::move(points));
    }
    return result;
}

const std::vector<HalfPoints>* DimensionScores::find(std::int64_t enrollmentId) const {
    const auto found = m_points.find(enrollmentId);
    return found == m_points.end() ? nullptr : &found->second;
}

} // namespace lianping
