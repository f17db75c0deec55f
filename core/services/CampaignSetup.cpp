#include "CampaignSetup.h"

#include "core/campaign/CampaignRepository.h"
#include "core/campaign/ReviewSteps.h"
#include "core/common/CoreText.h"
#include "core/followup/FollowUps.h"
#include "core/followup/Rectifications.h"
#include "core/index/Surveys.h"
#include "core/scoring/ResultService.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace lianping {

QString CampaignSetup::carriedMark(int from) {
    return QStringLiteral("【%1年度结转】").arg(from);
}

int CampaignSetup::scoredSheets(int year) const {
    Statement& query = m_db.cached(
        "SELECT count(*) FROM sheets s JOIN enrollments e ON e.id = s.enrollment_id JOIN "
        "campaigns c ON c.id = e.campaign_id WHERE c.year = ? AND (s.scored > 0 OR "
        "s.satisfied IS NOT NULL OR EXISTS (SELECT 1 FROM vetoes v WHERE v.sheet_id = s.id))");
    query.bind(1, year).step();
    const int count = query.integer(0);
    query.reset();
    return count;
}

Result<void> CampaignSetup::updateSettings(int year, const CampaignSettings& settings) {
    if (const int scored = scoredSheets(year); scored > 0)
        return fail(CoreText::tr("campaign %1 already has scores on %2 sheets: its weights and "
                                 "thresholds are fixed once scoring has begun, so that every "
                                 "unit is judged by the same rule")
                        .arg(year)
                        .arg(scored));
    return CampaignRepository(m_db).updateSettings(year, settings);
}

int CampaignSetup::scoredSheetsOfType(int year, std::int64_t rubricId) const {
    Statement& scored = m_db.cached(
        "SELECT count(*) FROM sheets s JOIN enrollments e ON e.id = s.enrollment_id JOIN "
        "campaigns c ON c.id = e.campaign_id JOIN units u ON u.id = e.unit_id WHERE c.year = ?1 "
        "AND u.type_id = (SELECT type_id FROM rubrics WHERE id = ?2) AND (s.scored > 0 OR "
        "s.satisfied IS NOT NULL OR EXISTS (SELECT 1 FROM vetoes v WHERE v.sheet_id = s.id))");
    scored.bind(1, year).bind(2, rubricId).step();
    const int sheets = scored.integer(0);
    scored.reset();
    return sheets;
}

Result<int> CampaignSetup::adoptRubric(int year, std::int64_t rubricId) {
    if (const int sheets = scoredSheetsOfType(year, rubricId); sheets > 0)
        return fail(CoreText::tr("campaign %1 already has scores on %2 sheets of this type: "
                                 "its units keep the rubric version they are scored by")
                        .arg(year)
                        .arg(sheets));
    return CampaignRepository(m_db).useRubric(year, rubricId);
}

Result<CarryOver>
CampaignSetup::startFromLastYear(int year, int from,
                                 const std::optional<CampaignSettings>& settings) {
    CampaignRepository campaigns(m_db);
    const std::optional<Campaign> previous = campaigns.find(from);
    if (!previous)
        return fail(CoreText::tr("there is no campaign %1 to start %2 from").arg(from).arg(year));
    if (campaigns.find(year))
        return fail(CoreText::tr("campaign %1 already exists").arg(year));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Result<Campaign> created = campaigns.create(year, settings.value_or(previous->settings));
    if (!created)
        return created.error();
    // The sub-steps and survey minimum the office chose last year, unless they were default.
    ReviewSteps steps(m_db);
    if (const QStringList names = steps.names(from); names != ReviewSteps::defaults())
        LP_TRY(steps.setNames(year, names));
    Surveys surveys(m_db);
    if (const int minimum = surveys.minimumSample(from); minimum != 30)
        LP_TRY(surveys.setMinimumSample(year, minimum));
    if (!previous->notice.issuer.isEmpty() || !previous->notice.docPrefix.isEmpty() ||
        !previous->notice.addressees.isEmpty())
        LP_TRY(campaigns.setNotice(year, previous->notice));
    // The same units, each with its type's rubric in force for the new year.
    Statement units = m_db.prepare(
        "SELECT u.code FROM enrollments e JOIN campaigns c ON c.id = e.campaign_id JOIN units u "
        "ON u.id = e.unit_id WHERE c.year = ? AND u.active = 1 ORDER BY u.code");
    units.bind(1, from);
    QStringList codes;
    while (units.step())
        codes << units.text(0);
    units.reset();
    CarryOver carried;
    if (!codes.isEmpty()) {
        Result<int> enrolled = campaigns.enroll(year, UnitFilter{}, codes);
        if (!enrolled)
            return enrolled.error();
        carried.enrolled = *enrolled;
    }
    Result<int> items = Rectifications(m_db).carryOver(from, year, carriedMark(from));
    if (!items)
        return items.error();
    carried.rectifications = *items;
    Result<int> followUps = FollowUps(m_db).carryOver(from, year, carriedMark(from));
    if (!followUps)
        return followUps.error();
    carried.followUps = *followUps;
    LP_TRY(transaction.commit());
    return carried;
}

Result<std::map<QString, QString>> CampaignSetup::grades(int year) const {
    std::map<QString, QString> grades;
    if (!CampaignRepository(m_db).find(year))
        return grades;
    ResultQuery query;
    query.year = year;
    Result<std::vector<UnitResult>> results = ResultService(m_db).compute(query);
    if (!results)
        return results.error();
    for (const UnitResult& result : *results)
        if (result.finalStep)
            grades[result.unitCode] = gradeName(result.outcome.grade);
    return grades;
}

} // namespace lianping
