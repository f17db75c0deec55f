// lianping-cli: the command-line front end of Lianping's core.

#include "ArgParser.h"
#include "Context.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <cstdio>

using namespace lianping;
using namespace lianping::cli;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lianping"));
    QCoreApplication::setApplicationName(QStringLiteral("lianping"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIANPING_VERSION));

    std::vector<Command> commands;
    addRegistryCommands(commands);
    addRubricCommands(commands);
    addCampaignCommands(commands);
    addScoreCommands(commands);
    addPipelineCommands(commands);
    addResultCommands(commands);
    addExportCommands(commands);
    std::vector<CommandSpec> specs;
    for (const Command& command : commands)
        specs.push_back(command.spec);
    ArgParser parser(specs);

    // Global options may stand anywhere; everything else goes to the command parser.
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QStringList words;
    QString dbPath;
    QString operatorName;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments[i];
        if (word == QStringLiteral("--help") || word == QStringLiteral("-h")) {
            std::fputs(parser.help().toUtf8().constData(), stdout);
            return Ok;
        }
        if (word == QStringLiteral("--version")) {
            std::printf("lianping-cli %s\n", LIANPING_VERSION);
            return Ok;
        }
        QString* target = nullptr;
        for (auto [name, slot] : {std::pair{QStringLiteral("--db"), &dbPath},
                                  std::pair{QStringLiteral("--operator"), &operatorName}}) {
            if (word == name) {
                if (i + 1 >= arguments.size()) {
                    std::fprintf(stderr, "lianping-cli: %s needs a value\n",
                                 word.toUtf8().constData());
                    return UsageError;
                }
                *slot = arguments[++i];
                target = slot;
            } else if (word.startsWith(name + QLatin1Char('='))) {
                *slot = word.mid(name.size() + 1);
                target = slot;
            }
        }
        if (!target)
            words << word;
    }
    if (dbPath.isEmpty())
        dbPath = Workspace::defaultPath();

    const ParseResult parsed = parser.parse(words);
    Context context(dbPath, operatorName);
    if (!parsed.error.isEmpty()) {
        if (parsed.spec)
            return context.usage(parsed.error + QStringLiteral("\nusage: ") +
                                 ArgParser::usageOf(*parsed.spec));
        return context.usage(parsed.error);
    }
    for (const Command& command : commands)
        if (&command.spec == parsed.spec || command.spec.name == parsed.spec->name)
            return command.handler(context, parsed.args);
    return context.usage(QStringLiteral("unknown command"));
}
