#include "State.h"

#include <array>
#include <utility>

namespace lianping {

namespace {

struct StateNames {
    State state;
    const char* name;
    const char* label;
};

constexpr std::array<StateNames, 7> names = {{
    {State::Draft, "draft", "自查中"},
    {State::Submitted, "submitted", "已申报"},
    {State::CountyAccepted, "county-accepted", "县区已验收"},
    {State::CityRechecked, "city-rechecked", "市级已复查"},
    {State::Named, "named", "已命名"},
    {State::Returned, "returned", "已退回"},
    {State::Revoked, "revoked", "已撤销命名"},
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
    for (const StateNames& entry : names)
        if (entry.state == state)
            return QString::fromUtf8(entry.label);
    return {};
}

std::optional<State> parseState(const QString& name) {
    for (const StateNames& entry : names)
        if (name == QLatin1String(entry.name))
            return entry.state;
    return std::nullopt;
}

} // namespace lianping
