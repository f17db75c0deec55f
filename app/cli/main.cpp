// lianping-cli: the command-line front end of Lianping's core.

#include "ArgParser.h"
#include "Context.h"
#include "core/storage/Backups.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace lianping;
using namespace lianping::cli;

namespace {

// PDF commands lay text out with Qt Gui's fonts: they run under a QGuiApplication on the
// offscreen platform (no display needed); every other command stays a QCoreApplication.
bool needsGui(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "report") == 0 || std::strcmp(argv[i], "naming-list") == 0)
            return true;
        if (std::strcmp(argv[i], "task") == 0 && i + 1 < argc &&
            (std::strcmp(argv[i + 1], "bulletin") == 0 || std::strcmp(argv[i + 1], "letter") == 0))
            return true;
        if (std::strcmp(argv[i], "index") == 0 && i + 1 < argc &&
            std::strcmp(argv[i + 1], "report") == 0)
            return true;
    }
    return false;
}

// The commands that only read. Every other command may write, and the first write of a day
// makes the day's backup first: a new command left out of this list costs at most one
// snapshot a day, while a writer wrongly listed here would go without.
bool writes(const CommandSpec& spec, const ParsedArgs& args) {
    static const QStringList readers = {QStringLiteral("check"),
                                        QStringLiteral("office show"),
                                        QStringLiteral("office keys"),
                                        QStringLiteral("types list"),
                                        QStringLiteral("units list"),
                                        QStringLiteral("counties list"),
                                        QStringLiteral("campaign show"),
                                        QStringLiteral("rubric export"),
                                        QStringLiteral("rubric list"),
                                        QStringLiteral("rubric show"),
                                        QStringLiteral("result"),
                                        QStringLiteral("followups"),
                                        QStringLiteral("rectify list"),
                                        QStringLiteral("history"),
                                        QStringLiteral("export-excel"),
                                        QStringLiteral("template"),
                                        QStringLiteral("deviations"),
                                        QStringLiteral("report"),
                                        QStringLiteral("naming-list"),
                                        QStringLiteral("package inspect"),
                                        QStringLiteral("conflicts list"),
                                        QStringLiteral("task list"),
                                        QStringLiteral("task rates"),
                                        QStringLiteral("ledger export"),
                                        QStringLiteral("coverage"),
                                        QStringLiteral("index model export"),
                                        QStringLiteral("index model show"),
                                        QStringLiteral("evidence list"),
                                        QStringLiteral("evidence get"),
                                        QStringLiteral("evidence export"),
                                        QStringLiteral("finding list")};
    if (spec.name == QStringLiteral("package import"))
        return !args.has(QStringLiteral("dry-run"));
    return !readers.contains(spec.name);
}

} // namespace

int main(int argc, char* argv[]) {
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt's note about a missing XDG_RUNTIME_DIR is noise on a command line.
        qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext& context, const QString& message) {
                if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths:")))
                    return;
                std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
            });
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
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
    addReportCommands(commands);
    addExchangeCommands(commands);
    addTaskCommands(commands);
    addIndexCommands(commands);
    addEvidenceCommands(commands);
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
    if (writes(*parsed.spec, parsed.args))
        context.backUpBeforeWriting(Backups(Backups::defaultFolder()));
    for (const Command& command : commands)
        if (&command.spec == parsed.spec || command.spec.name == parsed.spec->name)
            return command.handler(context, parsed.args);
    return context.usage(QStringLiteral("unknown command"));
}
