#pragma once
// Parses `lianping-cli [global options] COMMAND [SUBCOMMAND] [options] [arguments]` against
// a table of command specifications; usage errors carry a message for exit code 2.

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace lianping::cli {

struct ParsedArgs {
    QString command;
    QStringList positional;
    QHash<QString, QStringList> options; // --name → values (flags: one empty value)

    bool has(const QString& name) const { return options.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const { return options.value(name); }
};

struct CommandSpec {
    QString name;             // "units import"
    QString usage;            // "FILE.csv"
    QStringList valueOptions; // take one value
    QStringList multiOptions; // take every following non-option word
    QStringList flags;        // take none
    int minPositional = 0;
    int maxPositional = 0; // -1: unlimited
    QString summary;
};

struct ParseResult {
    const CommandSpec* spec = nullptr;
    ParsedArgs args;
    QString error; // usage error
};

class ArgParser {
public:
    explicit ArgParser(const std::vector<CommandSpec>& specs)
        : m_specs(specs) {}
    // Parses the words after the global options.
    ParseResult parse(const QStringList& words) const;
    QString help() const;
    static QString usageOf(const CommandSpec& spec);

private:
    const std::vector<CommandSpec>& m_specs;
};

} // namespace lianping::cli
