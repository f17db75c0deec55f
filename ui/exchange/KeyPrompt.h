#pragma once
// Opens this office's signing key for one signing: silently when this account's keyring holds
// it, otherwise by asking for the key passphrase (again, after a wrong one) until it opens or
// the person cancels.

#include "core/exchange/KeyVault.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace lianping {
class Database;
}

namespace lianping::ui {

class KeyPrompt {
    Q_DECLARE_TR_FUNCTIONS(lianping::ui::KeyPrompt)
public:
    // What opens the key; nothing when the person cancelled (they were told why it is needed).
    static std::optional<KeyUnlock> unlock(QWidget* parent, Database& db);
    // For tests: answer the passphrase question with this instead of asking (empty: ask).
    static void setAnswerForTests(const QByteArray& passphrase);
};

} // namespace lianping::ui
