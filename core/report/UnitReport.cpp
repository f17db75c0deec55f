#include "UnitReport.h"

#include "core/evidence/EvidenceRepository.h"
#include "core/evidence/Findings.h"

#include "core/common/CoreText.h"

#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Enrollments.h"
#include "core/registry/UnitRepository.h"
#include "core/rubric/RubricRepository.h"
#include "core/scoring/ScoreRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace lianping {

Result<UnitReport> ReportLoader::load(const QString& unitCode) {
    Result<Enrollment> enrollment = Enrollments::find(m_db, m_year, unitCode);
    if (!enrollment)
        return enrollment.error();
    Result<Campaign> campaign = CampaignRepository(m_db).require(m_year);
    if (!campaign)
        return campaign.error();
    const std::optional<Unit> unit = UnitRepository(m_db).findById(enrollment->unitId);
    const std::optional<Rubric> rubric = RubricRepository(m_db).load(enrollment->rubricId);
    if (!unit || !rubric)
        return fail(CoreText::tr("no result for unit %1").arg(unitCode));
    Result<UnitResult> result = ResultService(m_db).forEnrollment(enrollment->id);
    if (!result)
        return result.error();

    UnitReport report;
    report.year = m_year;
    report.settings = campaign->settings;
    report.rubricTitle = rubric->title;
    report.rubricVersion = rubric->version;
    report.unit = *unit;
    report.result = std::move(*result);

    ScoreRepository scores(m_db);
    std::array<Sheet, 3> sheets;
    for (int step = 0; step < 3; ++step) {
        sheets[step] = scores.load(enrollment->id, static_cast<Step>(step));
        report.entered[step] = sheets[step].id != 0;
        report.surveys[step] = sheets[step].survey;
    }
    for (const Dimension& dimension : rubric->dimensions) {
        ReportDimension out;
        out.title = dimension.title;
        for (const Indicator& indicator : dimension.indicators) {
            ReportIndicator line;
            line.code = indicator.code;
            line.text = indicator.text;
            line.max = indicator.max;
            line.veto = indicator.veto;
            for (int step = 0; step < 3; ++step) {
                const Sheet& sheet = sheets[step];
                if (indicator.veto) {
                    const auto veto = sheet.vetoes.find(indicator.id);
                    if (veto != sheet.vetoes.end())
                        line.notes[step] = veto->second;
                    continue;
                }
                const auto score = sheet.scores.find(indicator.id);
                if (score == sheet.scores.end())
                    continue;
                line.points[step] = score->second.points;
                line.notes[step] = score->second.note;
                report.stepPoints[step] += score->second.points;
            }
            out.indicators.push_back(std::move(line));
        }
        report.dimensions.push_back(std::move(out));
    }

    Statement& naming = m_db.cached(
        "SELECT n.decision, n.decided_on FROM enrollments e JOIN namings n ON n.id = e.naming_id "
        "WHERE e.id = ?");
    if (naming.bind(1, enrollment->id).step()) {
        report.namingDecision = naming.text(0);
        report.namedOn = naming.text(1);
    }
    naming.reset();

    if (!m_followUpsLoaded) {
        for (FollowUp& item : FollowUps(m_db).list(m_year))
            m_followUps[item.unitCode].push_back(std::move(item));
        m_followUpsLoaded = true;
    }
    const auto followUps = m_followUps.find(unitCode);
    if (followUps != m_followUps.end())
        report.followUps = followUps->second;
    report.rectifications = Rectifications(m_db).list(m_year, unitCode);
    report.reviewSteps = ReviewSteps(m_db).forUnit(m_year, unitCode);
    if (const Result<Enrollment> enrollment = Enrollments::find(m_db, m_year, unitCode)) {
        report.findings = Findings(m_db).forEnrollment(enrollment->id);
        report.evidence = EvidenceRepository(m_db).list(enrollment->id);
    }
    for (HistoryEntry& entry : History::forUnit(m_db, unit->id))
        if (entry.year == m_year && (entry.entity == QLatin1String("enrollment") ||
                                     entry.entity == QLatin1String("naming") ||
                                     entry.entity == QLatin1String("revocation")))
            report.pipeline.push_back(std::move(entry));
    return report;
}

Result<QStringList> ReportLoader::unitCodes(const QString& county, const QString& typeCode) const {
    Result<Campaign> campaign = CampaignRepository(m_db).require(m_year);
    if (!campaign)
        return campaign.error();
    QByteArray sql = "SELECT u.code FROM enrollments e JOIN units u ON u.id = e.unit_id "
                     "WHERE e.campaign_id = ?";
    QStringList params;
    if (!county.isEmpty()) {
        sql += " AND u.county_id = (SELECT id FROM counties WHERE name = ?)";
        params << county;
    }
    if (!typeCode.isEmpty()) {
        sql += " AND u.type_id = (SELECT id FROM unit_types WHERE code = ? OR name = ?)";
        params << typeCode << typeCode;
    }
    sql += " ORDER BY u.code";
    Statement& query = m_db.cached(sql.constData());
    query.bind(1, campaign->id);
    for (int i = 0; i < params.size(); ++i)
        query.bind(i + 2, params[i]);
    QStringList codes;
    while (query.step())
        codes << query.text(0);
    query.reset();
    return codes;
}

} // namespace lianping
