#pragma once
// Everything a rating report (考评报告) of one unit prints, gathered from the database: the
// rubric with the points of each step, the ballots, the result, vetoes, follow-ups and
// rectification items, the pipeline history and the naming decision. No layout here.

#include "core/campaign/ReviewSteps.h"
#include "core/common/Result.h"
#include "core/evidence/Evidence.h"
#include "core/followup/FollowUps.h"
#include "core/followup/Rectifications.h"
#include "core/history/History.h"
#include "core/model/Campaign.h"
#include "core/registry/Unit.h"
#include "core/scoring/ResultService.h"

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace lianping {

class Database;

struct ReportIndicator {
    QString code;
    QString text;
    std::optional<HalfPoints> max; // none for a veto
    bool veto = false;
    std::array<std::optional<HalfPoints>, 3> points; // by Step
    std::array<QString, 3> notes;                    // by Step; for a veto: its reason
};

struct ReportDimension {
    QString title;
    std::vector<ReportIndicator> indicators;
};

struct UnitReport {
    int year = 0;
    CampaignSettings settings;
    QString rubricTitle;
    int rubricVersion = 0;
    Unit unit;
    std::vector<ReportDimension> dimensions;
    std::array<bool, 3> entered{};                // a sheet exists for the step
    std::array<HalfPoints, 3> stepPoints{};       // scored points per step
    std::array<std::optional<Survey>, 3> surveys; // ballots per step
    UnitResult result;
    QString namingDecision; // 命名文号, when named
    QString namedOn;
    std::vector<FollowUp> followUps;
    std::vector<Rectification> rectifications;
    std::vector<HistoryEntry> pipeline;  // state changes, naming, revocation of this year
    std::vector<ReviewStep> reviewSteps; // the county review's sub-steps, recorded or not
    std::vector<Finding> findings;       // 发现问题, by step and indicator
    std::vector<EvidenceFile> evidence;  // 佐证材料 still attached, by step and indicator
};

// Loads reports; keeps the year's follow-ups so a batch of thousands reads them once.
class ReportLoader {
public:
    ReportLoader(Database& db, int year)
        : m_db(db)
        , m_year(year) {}
    Result<UnitReport> load(const QString& unitCode);
    // The unit codes of a county and/or type (empty: all), in code order.
    Result<QStringList> unitCodes(const QString& county, const QString& typeCode) const;

private:
    Database& m_db;
    int m_year;
    bool m_followUpsLoaded = false;
    std::map<QString, std::vector<FollowUp>> m_followUps;
};

} // namespace lianping
