#pragma once
// Passphrases reach the CLI in files (first line), never on the command line where `ps` and
// the shell's history would show them: --passphrase-file for a package's encryption,
// --key-passphrase-file (and --new-key-passphrase-file) for this office's signing key.

#include "ArgParser.h"
#include "core/exchange/KeyVault.h"

#include <QByteArray>

#include <optional>

namespace lianping::cli {

class Context;

// The first line of the file named by --OPTION; empty when the option is absent; nothing
// (an error printed) when the file cannot be read or is empty.
std::optional<QByteArray> passphraseFile(Context& context, const ParsedArgs& args,
                                         const QString& option);
// What opens the signing key: the OS keyring, and the key passphrase when given.
std::optional<KeyUnlock> keyUnlock(Context& context, const ParsedArgs& args,
                                   const QString& option = QStringLiteral("key-passphrase-file"));
// An error from opening the key, with the option that unlocks it.
int keyError(Context& context, const Error& error);

} // namespace lianping::cli
