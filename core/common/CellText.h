#pragma once
// Cells as people type them: full-width digits and points (１０, ８．５), surrounding spaces
// and full-width spaces, yes/no as 是/否/√/×/Y/N/1/0/yes/no, numbers typed as text.

#include <QString>

#include <optional>

namespace lianping {

class CellText {
public:
    // Trimmed of spaces of every width (ASCII, no-break, full-width U+3000).
    static QString clean(const QString& text);
    // clean(), and full-width digits, signs and points (U+FF10…, ．, －, ＋) made ASCII.
    static QString number(const QString& text);
    // 是/否, √/×, ✓/✗, Y/N, 1/0, yes/no, true/false, 有/无 (any case, any width); empty is no.
    static std::optional<bool> yesNo(const QString& text);
};

} // namespace lianping
