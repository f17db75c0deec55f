#pragma once
// The self-check template (自评表) of a unit type: an .xlsx a unit fills in — its code, then
// points per indicator in shaded cells that Excel validates (0 to the maximum, steps of 0.5)
// and notes — and that `score import --step self` reads back. Everything else is locked.

#include "core/common/Result.h"

#include <QString>

namespace lianping {

class Database;

struct TemplateOptions {
    QString typeCode; // code or Chinese name
    int year = 0;
    QString unitCode; // optional: filled in for one unit
};

class SelfCheckTemplate {
public:
    static Result<void> write(Database& db, const TemplateOptions& options, const QString& path);
};

} // namespace lianping
