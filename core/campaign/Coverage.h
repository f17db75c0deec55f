#pragma once
// The coverage roadmap (seed 000: 一年试点、两年深化、三年全覆盖): per county and type, the
// registered units, those enrolled in the year's campaign and those it named, the coverage
// rate named ÷ registered, and the campaign's target for the year (one for every type, or
// one per type).

#include "core/common/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace lianping {

class Database;

struct CoverageRow {
    QString county; // 全市 in totals()
    QString typeCode;
    QString typeName;
    int registered = 0;
    int enrolled = 0;
    int named = 0;
    std::optional<double> target; // a fraction: 0.5 for 50 %
    double rate() const { return registered == 0 ? 0.0 : static_cast<double>(named) / registered; }
};

class Coverage {
public:
    explicit Coverage(Database& db)
        : m_db(db) {}
    // Counties by name, types in their order; only pairs with registered units.
    Result<std::vector<CoverageRow>> compute(int year) const;
    // The whole city per type (county 全市), from compute()'s rows.
    static std::vector<CoverageRow> totals(const std::vector<CoverageRow>& rows);
    // The year's target (a fraction) for every type, or for one type (its code); refused
    // outside 0..1.
    Result<void> setTarget(int year, double target, const QString& typeCode = {});

private:
    Database& m_db;
};

} // namespace lianping
