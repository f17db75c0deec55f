#pragma once
// Sizes no office ever reaches, so that a damaged or hostile file is refused with the field
// named instead of filling the database (a 1 MB unit name, a 400 MiB cell, NUL bytes).

#include "core/common/Result.h"

#include <QString>

namespace lianping {

class Limits {
public:
    static constexpr int CodeLength = 64;
    static constexpr int NameLength = 200; // unit, county, department, contact names
    static constexpr int NoteLength = 4000;
    static constexpr qint64 TableFileBytes = 100ll * 1024 * 1024;
    static constexpr qint64 RubricFileBytes = 2ll * 1024 * 1024;

    // Refuses text longer than `max` characters or with control characters (a note may hold
    // line breaks and tabs); `field` names it in the message.
    static Result<void> text(const QString& field, const QString& value, int max,
                             bool multiline = false);
};

} // namespace lianping
