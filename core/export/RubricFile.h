#pragma once
// A rubric file chosen by its name: .xlsx is the spreadsheet form (RubricXlsx), anything else
// the JSON contract (RubricJson). Both the CLI and the desktop import and export through here.

#include "core/common/Result.h"
#include "core/rubric/Rubric.h"

namespace lianping {

class RubricFile {
public:
    static bool isSpreadsheet(const QString& path);
    static Result<Rubric> read(const QString& path);
    static Result<void> write(const Rubric& rubric, const QString& path);
};

} // namespace lianping
