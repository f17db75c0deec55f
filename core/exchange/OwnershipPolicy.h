#pragma once
// Who may send what (issue 12: the ownership policy out of PackageImporter): a county review
// only from that county, the city's recheck, naming and sample only from the city, a
// self-check from the unit or its county, the city's tasks from the city, evidence and
// findings as the sheets of their step. The county of a record's unit is read from this
// database or, for units new in the package, from the package's own unit records.

#include "core/exchange/Records.h"
#include "core/office/Office.h"

#include <map>
#include <memory>
#include <optional>

namespace lianping {

class Database;

class OwnershipPolicy {
public:
    explicit OwnershipPolicy(Database& db);
    ~OwnershipPolicy();
    OwnershipPolicy(const OwnershipPolicy&) = delete;
    OwnershipPolicy& operator=(const OwnershipPolicy&) = delete;

    // Units and tasks come first in a package: the later records find their county by them.
    void note(const Record& record);
    // Empty when `sender` owns the record (or records it on the unit's behalf), else why not.
    QString refusal(const Office& sender, const Record& record);

    class Counties; // the county of a unit or task (defined in the .cpp)

private:
    std::unique_ptr<Counties> m_counties;
};

} // namespace lianping
