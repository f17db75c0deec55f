#pragma once
// Due dates as division plans write them: 2026-06-30, 2026/6/30, 2026.6.30, 2026年6月30日,
// 2026年6月底, 6月底前, 年底前, 上半年, 第三季度, 三季度末, an Excel date serial (46203), and
// 长期坚持 / 持续推进 / 常态化 for work with no due date.

#include <QDate>
#include <QString>

#include <optional>

namespace lianping {

class TaskDates {
public:
    // nullopt: not a date anyone would write; a null QDate: ongoing work without a due date.
    // `year` is the task's year, for dates written without one (6月底前).
    static std::optional<QDate> parse(const QString& text, int year);
};

} // namespace lianping
