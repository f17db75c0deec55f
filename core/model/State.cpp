#include "State.h"

#include "core/common/Labels.h"

#include <array>
#include <utility>

namespace lianping {

namespace {

struct StateNames {
    State state;
    const char* name;
};

constexpr std::array<StateNames, 7> names = {{
    {State::Draft, "draft"},
    {State::Submitted, "submitted"},
    {State::CountyAccepted, "county-accepted"},
    {State::CityRechecked, "city-rechecked"},
    {State::Named, "named"},
    {State::Returned, "returned"},
    {State::Revoked, "revoked"},
}};

} // namespace

QString stateName(State state) {
    // Built once and shared: results print a state per unit, 200,000 at a time.
    static const std::array<QString, names.size()> shared = [] {
        std::array<QString, names.size()> texts;
        for (std::size_t i = 0; i < names.size(); ++i)
            texts[static_cast<std::size_t>(names[i].state)] = QString::fromLatin1(names[i].name);
        return texts;
    }();
    return shared[static_cast<std::size_t>(state)];
}

QString stateLabel(State state) {
    return Labels::state(stateName(state), Labels::Language::Chinese);
}

std::optional<State> parseState(const QString& name) {
    for (const StateNames& entry : names)
        if (name == QLatin1String(entry.name))
            return entry.state;
    return std::nullopt;
}

bool scoresFinal(State state) {
    return state == State::Named || state == State::Revoked;
}

} // namespace lianping
