#include "KeyPrompt.h"
#include "ui/common/Ask.h"

#include "core/exchange/OfficeKeys.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace lianping::ui {

namespace {
std::optional<QByteArray> testAnswer;
} // namespace

void KeyPrompt::setAnswerForTests(const QByteArray& passphrase) {
    testAnswer = passphrase.isEmpty() ? std::nullopt : std::optional<QByteArray>(passphrase);
}

std::optional<KeyUnlock> KeyPrompt::unlock(QWidget* parent, Database& db) {
    KeyUnlock unlock;
    Result<QByteArray> opened = OfficeKeys::secretKey(db, unlock);
    if (opened)
        return unlock;
    if (opened.error().message != KeyVault::lockedMessage()) {
        Ask::warn(parent, tr("Signing key"), opened.error().message);
        return std::nullopt;
    }
    QString question =
        tr("This office's signing key is locked on this computer.\nKey passphrase (chosen when the "
           "office was set up):");
    for (;;) {
        const std::optional<QString> answer =
            testAnswer ? std::optional<QString>(QString::fromUtf8(*testAnswer))
                       : Ask::text(parent, tr("Signing key"), question, true);
        if (!answer || answer->isEmpty())
            return std::nullopt;
        unlock.passphrase = answer->toUtf8();
        opened = OfficeKeys::secretKey(db, unlock);
        if (opened)
            return unlock;
        if (testAnswer)
            return std::nullopt;
        question = opened.error().message + QLatin1Char('\n') + tr("Key passphrase:");
    }
}

} // namespace lianping::ui
