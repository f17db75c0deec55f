#pragma once
// The states of a unit in a campaign (the four steps of seed 000) and their names.

#include <QString>

#include <optional>

namespace lianping {

enum class State { Draft, Submitted, CountyAccepted, CityRechecked, Named, Returned, Revoked };

QString stateName(State state); // draft, submitted, county-accepted, …
std::optional<State> parseState(const QString& name);
// Named or revoked: the unit's scores are final and no sheet of it takes an entry.
bool scoresFinal(State state);
QString stateLabel(State state); // 草稿, 已申报, 县区已验收, …

} // namespace lianping
