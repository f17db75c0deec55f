#include "Passphrases.h"

#include "Context.h"

#include <QFile>

namespace lianping::cli {

std::optional<QByteArray> passphraseFile(Context& context, const ParsedArgs& args,
                                         const QString& option) {
    const QString path = args.value(option);
    if (path.isEmpty())
        return QByteArray();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.error(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QByteArray text = file.readLine(4096);
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    if (text.isEmpty()) {
        context.error(QStringLiteral("%1: the passphrase file is empty").arg(path));
        return std::nullopt;
    }
    return text;
}

std::optional<KeyUnlock> keyUnlock(Context& context, const ParsedArgs& args,
                                   const QString& option) {
    const std::optional<QByteArray> passphrase = passphraseFile(context, args, option);
    if (!passphrase)
        return std::nullopt;
    return KeyUnlock{*passphrase, true};
}

int keyError(Context& context, const Error& error) {
    if (error.message == KeyVault::lockedMessage() ||
        error.message == KeyVault::passphraseNeededMessage())
        return context.error(error.message +
                             QStringLiteral(" (--key-passphrase-file FILE, its first line)"));
    return context.error(error);
}

} // namespace lianping::cli
