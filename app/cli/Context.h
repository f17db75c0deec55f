#pragma once
// What a command runs with: the database (opened on first use), the operator, and helpers
// that turn errors into messages and exit codes (0 ok, 1 runtime error, 2 usage).

#include "ArgParser.h"
#include "Output.h"
#include "core/common/Result.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/workspace/Workbench.h"

#include <functional>
#include <memory>
#include <optional>

namespace lianping::cli {

enum Exit { Ok = 0, RuntimeError = 1, UsageError = 2 };

class Context {
public:
    Context(QString dbPath, QString operatorName)
        : m_dbPath(std::move(dbPath))
        , m_operator(std::move(operatorName)) {}

    // Opens the database on first use; nullptr after printing the error.
    Database* db();
    // The same file through the facade the desktop writes through: writes go here.
    Workbench* workbench() { return db() ? &m_workbench : nullptr; }
    // For a command that writes: db() first makes the day's backup into `backups` if one is
    // due. A backup that fails is a warning on stderr; the command goes on.
    void backUpBeforeWriting(Backups backups) { m_backups = std::move(backups); }
    const QString& dbPath() const { return m_dbPath; }

    int usage(const QString& message) const;
    int error(const QString& message) const;
    int error(const Error& error) const { return this->error(error.message); }
    void print(const QString& text) const;
    // A warning on stderr; the command goes on.
    void warn(const QString& text) const;

    // Argument helpers: nullopt after printing a usage error.
    std::optional<int> year(const QString& text) const;
    std::optional<Format> format(const ParsedArgs& args) const;
    std::optional<QString> required(const ParsedArgs& args, const QString& name) const;
    // --type as the code of the type it names (机关, 廉洁机关, agency …): empty when absent,
    // nullopt after printing why it names no type or two.
    std::optional<QString> typeCode(const ParsedArgs& args);

private:
    QString m_dbPath;
    QString m_operator;
    Workbench m_workbench;
    std::optional<Backups> m_backups;
};

using Handler = std::function<int(Context&, const ParsedArgs&)>;

struct Command {
    CommandSpec spec;
    Handler handler;
};

void addRegistryCommands(std::vector<Command>& commands);
void addRubricCommands(std::vector<Command>& commands);
void addCampaignCommands(std::vector<Command>& commands);
void addScoreCommands(std::vector<Command>& commands);
void addPipelineCommands(std::vector<Command>& commands);
void addResultCommands(std::vector<Command>& commands);
void addExportCommands(std::vector<Command>& commands);
void addReportCommands(std::vector<Command>& commands);
void addExchangeCommands(std::vector<Command>& commands);
void addTaskCommands(std::vector<Command>& commands);
void addIndexCommands(std::vector<Command>& commands);
void addEvidenceCommands(std::vector<Command>& commands);

} // namespace lianping::cli
