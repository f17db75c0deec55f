#pragma once
// Turns a history entry into a line a person reads: "2026-11-21 10:02 张三 县区打分 D1.1:9
// → 7.5(复核扣分)".

#include "history/History.h"

namespace lianping::ui {

QString describeHistory(const HistoryEntry& entry);

} // namespace lianping::ui
