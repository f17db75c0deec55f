#pragma once
// Turns a history entry into a line a person reads: "2026-11-21 10:02 张三 县区考评 得分 D1.1:9
// → 7.5(复核扣分)". Every code in it (step, state, status, field, ballots) goes through
// Labels, so no raw code reaches the screen.

#include "core/common/Labels.h"
#include "core/history/History.h"

namespace lianping {

class HistoryText {
public:
    static QString describe(const HistoryEntry& entry,
                            Labels::Language language = Labels::Language::Interface);
    // What changed, without time and operator: "县区考评 得分 D1.1".
    static QString what(const HistoryEntry& entry,
                        Labels::Language language = Labels::Language::Interface);
    // A stored value as a person reads it (a state's label, 是/否 for a flag, — for none).
    static QString value(const HistoryEntry& entry, const QString& text,
                         Labels::Language language = Labels::Language::Interface);
};

} // namespace lianping
