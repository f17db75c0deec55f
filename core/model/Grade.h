#pragma once
// The three grades of a unit's result.

#include <QString>

namespace lianping {

enum class Grade { Excellent, Qualified, Unqualified };
QString gradeName(Grade grade);  // excellent, qualified, unqualified
QString gradeLabel(Grade grade); // 优秀, 合格, 不合格

} // namespace lianping
