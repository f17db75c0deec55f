#include "Limits.h"

#include "core/common/CoreText.h"

namespace lianping {

Result<void> Limits::text(const QString& field, const QString& value, int max, bool multiline) {
    if (value.size() > max)
        return fail(CoreText::tr("%1 is %2 characters long; at most %3 are accepted")
                        .arg(field)
                        .arg(value.size())
                        .arg(max));
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool allowedBreak = multiline && (u == '\n' || u == '\r' || u == '\t');
        if ((u < 0x20 || u == 0x7F) && !allowedBreak)
            return fail(CoreText::tr("%1 contains a control character (code %2); remove it")
                            .arg(field)
                            .arg(static_cast<int>(u)));
    }
    return {};
}

} // namespace lianping
