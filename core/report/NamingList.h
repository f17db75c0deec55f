#pragma once
// The naming list (命名名单) of a campaign: every named unit, by naming decision, then type,
// then county, with the decision number and date the notice quotes.

#include "core/common/Result.h"
#include "core/scoring/Scoring.h"

#include <QString>

#include <vector>

namespace lianping {

class Database;

struct NamedUnit {
    QString code;
    QString name;
    QString county;
    Grade grade = Grade::Qualified;
    double total = 0;
    bool revoked = false; // its naming was revoked later (listed only when asked for)
};

struct NamingGroup {
    QString typeName;
    QString county;
    std::vector<NamedUnit> units;
};

struct NamingDecision {
    QString decision; // 文号
    QString decidedOn;
    std::vector<NamingGroup> groups; // by type (rubric order), then county
    int units() const;
};

struct NamingList {
    int year = 0;
    QString issuer; // the office that names (the city), or empty
    std::vector<NamingDecision> decisions;
    int units() const;

    // Grades and totals as `result` computes them when withResults (the notice needs none);
    // withRevoked also lists the units whose naming was revoked since, under their decision.
    static Result<NamingList> load(Database& db, int year, bool withResults = true,
                                   bool withRevoked = false);
};

} // namespace lianping
