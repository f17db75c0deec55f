#pragma once
// Registry records: a unit type, a unit, and the filter used to list units page by page.

#include <QStringList>

#include <cstdint>
#include <optional>

namespace lianping {

struct UnitType {
    std::int64_t id = 0;
    QString code; // agency, school, … or an office's own, e.g. township
    QString name; // 廉洁机关 …
    QString lead; // city-level lead department
    bool builtin = false;
    QStringList aliases; // other names offices write for it (村居, 国企 …)
};

struct Unit {
    std::int64_t id = 0;
    QString uid;
    QString code;
    QString name;
    QString typeCode;
    QString typeName;
    QString county;
    QString lead;
    bool demo = false;
    QString contact;
    bool active = true;
};

struct UnitFilter {
    QString typeCode;
    QString county;
    QString search; // substring of the name, any length, Chinese or not
    std::optional<bool> demo;
    bool includeRetired = true;
    int year = 0;  // with state: units in that state in the year's campaign
    QString state; // a pipeline state name, or "unenrolled"
};

// A unit with its state in a campaign, as the registry table shows it.
struct UnitRow {
    Unit unit;
    QString state; // empty: not enrolled in the campaign
};

} // namespace lianping
