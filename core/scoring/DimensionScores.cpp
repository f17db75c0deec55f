#include "DimensionScores.h"

#include "core/campaign/CampaignRepository.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace lianping {

namespace {

struct Slot {
    int dimension = -1; // column; -1: not a scored indicator of this campaign
    int index = 0;      // position among the rubric's scored indicators
};

} // namespace

std::optional<HalfPoints> DimensionScores::finalPoints(std::optional<HalfPoints> self,
                                                       std::optional<HalfPoints> county,
                                                       std::optional<HalfPoints> city,
                                                       bool countyScoredSheet) {
    if (city)
        return city;
    if (county || countyScoredSheet)
        return county;
    return self;
}

Result<DimensionScores> DimensionScores::load(Database& db, int year) {
    Result<Campaign> campaign = CampaignRepository(db).require(year);
    if (!campaign)
        return campaign.error();
    DimensionScores result;

    // Indicator id → (column, slot); slot → column per rubric.
    std::vector<Slot> slotOf;
    std::map<std::int64_t, std::vector<int>> columnsOfRubric;
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
    int stride = 0;
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
        std::vector<int>& columns = columnsOfRubric[rubricId];
        const auto id = static_cast<std::size_t>(indicators.int64(0));
        if (slotOf.size() <= id)
            slotOf.resize(id + 1);
        slotOf[id] = Slot{column, static_cast<int>(columns.size())};
        columns.push_back(column);
        stride = std::max(stride, static_cast<int>(columns.size()));
        result.m_columns = std::max(result.m_columns, column + 1);
    }
    indicators.reset();

    // Enrollment id → row (dense), with its rubric.
    Statement& bounds = db.cached("SELECT min(id), max(id) FROM enrollments WHERE campaign_id = ?");
    bounds.bind(1, campaign->id).step();
    const std::int64_t first = bounds.int64(0);
    const std::int64_t last = bounds.int64(1);
    bounds.reset();
    const std::size_t rows = last >= first ? static_cast<std::size_t>(last - first + 1) : 0;
    result.m_firstEnrollment = first;
    std::vector<const std::vector<int>*> rubricOfRow(rows, nullptr);
    Statement& enrollments =
        db.cached("SELECT id, rubric_id FROM enrollments NOT INDEXED WHERE campaign_id = ?");
    enrollments.bind(1, campaign->id);
    while (enrollments.step()) {
        const auto found = columnsOfRubric.find(enrollments.int64(1));
        if (found != columnsOfRubric.end())
            rubricOfRow[static_cast<std::size_t>(enrollments.int64(0) - first)] = &found->second;
    }
    enrollments.reset();

    // Sheet id → row × 2 + (city ? 1 : 0), dense; -1 for self-check and other campaigns.
    Statement& sheetBounds = db.cached("SELECT min(id), max(id) FROM sheets");
    sheetBounds.step();
    const std::int64_t firstSheet = sheetBounds.int64(0);
    const std::int64_t lastSheet = sheetBounds.int64(1);
    sheetBounds.reset();
    std::vector<std::int32_t> sheetTarget(
        lastSheet >= firstSheet ? static_cast<std::size_t>(lastSheet - firstSheet + 1) : 0, -1);
    Statement& sheets =
        db.cached("SELECT id, enrollment_id, step FROM sheets NOT INDEXED WHERE step > 0");
    while (sheets.step()) {
        const std::int64_t enrollment = sheets.int64(1);
        if (enrollment < first || enrollment > last ||
            !rubricOfRow[static_cast<std::size_t>(enrollment - first)])
            continue;
        sheetTarget[static_cast<std::size_t>(sheets.int64(0) - firstSheet)] =
            static_cast<std::int32_t>((enrollment - first) * 2 + (sheets.integer(2) == 2 ? 1 : 0));
    }
    sheets.reset();

    // Every score once, in storage order, into county and city points per slot.
    const auto width = static_cast<std::size_t>(stride);
    std::vector<std::int16_t> county(rows * width, -1);
    std::vector<std::int16_t> city(rows * width, -1);
    result.m_entered.assign(rows, 0);
    Statement& scores = db.cached("SELECT sheet_id, indicator_id, half_points FROM scores");
    std::int64_t currentSheet = -1;
    std::int32_t target = -1;
    while (scores.step()) {
        const std::int64_t sheetId = scores.int64(0);
        if (sheetId != currentSheet) {
            currentSheet = sheetId;
            target = sheetId >= firstSheet && sheetId <= lastSheet
                         ? sheetTarget[static_cast<std::size_t>(sheetId - firstSheet)]
                         : -1;
        }
        if (target < 0)
            continue;
        const auto indicator = static_cast<std::size_t>(scores.int64(1));
        if (indicator >= slotOf.size() || slotOf[indicator].dimension < 0)
            continue;
        const auto row = static_cast<std::size_t>(target / 2);
        (target % 2 ? city
                    : county)[row * width + static_cast<std::size_t>(slotOf[indicator].index)] =
            static_cast<std::int16_t>(scores.integer(2));
        result.m_entered[row] = 1;
    }
    scores.reset();

    const auto columns = static_cast<std::size_t>(result.m_columns);
    result.m_points.assign(rows * columns, 0);
    for (std::size_t row = 0; row < rows; ++row) {
        if (!result.m_entered[row] || !rubricOfRow[row])
            continue;
        const std::vector<int>& columnOfSlot = *rubricOfRow[row];
        for (std::size_t slot = 0; slot < columnOfSlot.size(); ++slot) {
            const std::int16_t c = city[row * width + slot];
            const std::int16_t value = c >= 0 ? c : county[row * width + slot];
            if (value > 0)
                result.m_points[row * columns + static_cast<std::size_t>(columnOfSlot[slot])] +=
                    value;
        }
    }
    return result;
}

std::span<const HalfPoints> DimensionScores::find(std::int64_t enrollmentId) const {
    const std::int64_t row = enrollmentId - m_firstEnrollment;
    if (row < 0 || row >= static_cast<std::int64_t>(m_entered.size()) ||
        !m_entered[static_cast<std::size_t>(row)])
        return {};
    const auto columns = static_cast<std::size_t>(m_columns);
    return {m_points.data() + static_cast<std::size_t>(row) * columns, columns};
}

} // namespace lianping
