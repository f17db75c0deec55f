#pragma once
// The rubric as the spreadsheet offices circulate (one sheet 考评细则):
//   row 1–4   细则名称 | title;  单位类型 | type code;  年度 | year;  分值合计 | =SUM(…)
//   row 6     维度 | 指标编号 | 考评内容 | 分值 | 评分标准 | 佐证材料 | 否决项 | 扣分制
//   row 7…    one indicator a row. 维度 is "D1 组织领导" (a code, a space, the title) or only
//             the title (codes D1, D2… are then given in order); an empty 维度 continues the
//             one above (merged cells), a row with only 维度 starts a dimension. A veto row
//             has 否决项 = 是 and no 分值; 扣分制 = 是 marks a deduction-scored indicator.
// Reading takes the header wherever it is, full-width digits, 是/否/√/×, and a file saved by
// LibreOffice; it refuses what RubricJson refuses, naming the file, row and field.

#include "core/common/Result.h"
#include "core/rubric/Rubric.h"

namespace lianping {

class RubricXlsx {
public:
    static Result<void> write(const Rubric& rubric, const QString& path);
    static Result<Rubric> read(const QString& path);
};

} // namespace lianping
