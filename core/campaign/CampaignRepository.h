#pragma once
// Campaigns per year and the units enrolled in them.

#include "core/common/Result.h"
#include "core/model/Campaign.h"
#include "core/registry/Unit.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace lianping {

class Database;

class CampaignRepository {
public:
    explicit CampaignRepository(Database& db)
        : m_db(db) {}

    // Creates the campaign with the rubric version in force for each type, and freezes them.
    Result<Campaign> create(int year, const CampaignSettings& settings);
    // New weights, thresholds and quota, each change kept in history (callers check that no
    // score is entered yet: CampaignSetup).
    Result<void> updateSettings(int year, const CampaignSettings& settings);
    std::optional<Campaign> find(int year) const;
    QList<int> years() const;                 // every campaign, newest first
    Result<Campaign> require(int year) const; // find, or an error telling how to create it
    // Sets the naming notice's issuer, prefix and addressees (each kept in history). A field
    // given as a null QString is left as it is; an empty one clears it.
    Result<void> setNotice(int year, const NoticeSettings& notice);
    // The smallest sample whose survey score is not flagged (callers check the range).
    Result<void> setSurveyMinimum(int year, int minimum);
    // The rubric the campaign uses for a type; a type without one gets the version in force now.
    Result<std::int64_t> rubricFor(const Campaign& campaign, std::int64_t typeId);
    // Every type's rubric in the campaign, in the types' order.
    std::vector<CampaignRubric> rubrics(std::int64_t campaignId) const;
    // The campaign scores a type by another rubric version (of that type): its entry and the
    // type's enrolments move to it, kept in history. Callers check nothing is scored yet.
    Result<int> useRubric(int year, std::int64_t rubricId);

    // Enrols active units matching the filter, or exactly the given codes; returns how many
    // were newly enrolled (already enrolled units are left as they are).
    Result<int> enroll(int year, const UnitFilter& filter, const QStringList& unitCodes);

private:
    Result<bool> enrollUnit(const Campaign& campaign, std::int64_t unitId, std::int64_t typeId);
    Database& m_db;
};

} // namespace lianping
