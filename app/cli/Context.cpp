#include "Context.h"

#include "core/registry/TypeRepository.h"
#include "core/workspace/Workspace.h"

#include <QFileInfo>

#include <cstdio>

namespace lianping::cli {

Database* Context::db() {
    if (!m_workbench.isOpen()) {
        // A file this command creates has nothing to keep yet.
        const bool backUp = m_backups && QFileInfo::exists(m_dbPath);
        if (const Result<void> opened = m_workbench.open(m_dbPath, m_operator); !opened) {
            error(opened.error());
            return nullptr;
        }
        if (backUp) {
            if (const Result<QString> made = m_backups->makeIfDue(m_workbench.db()); !made)
                std::fprintf(stderr, "lianping-cli: warning: no automatic backup: %s\n",
                             made.error().message.toUtf8().constData());
        }
    }
    return &m_workbench.db();
}

int Context::usage(const QString& message) const {
    std::fprintf(stderr, "lianping-cli: %s\n(see lianping-cli --help)\n",
                 message.toUtf8().constData());
    return UsageError;
}

int Context::error(const QString& message) const {
    std::fprintf(stderr, "lianping-cli: error: %s\n", message.toUtf8().constData());
    return RuntimeError;
}

void Context::warn(const QString& text) const {
    std::fprintf(stderr, "lianping-cli: warning: %s\n", text.toUtf8().constData());
}

void Context::print(const QString& text) const {
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

std::optional<int> Context::year(const QString& text) const {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 2000 || value > 2200) {
        usage(QStringLiteral("'%1' is not a year such as 2026").arg(text));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> Context::required(const ParsedArgs& args, const QString& name) const {
    const QString value = args.value(name);
    if (value.isEmpty()) {
        usage(QStringLiteral("--%1 is required").arg(name));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> Context::typeCode(const ParsedArgs& args) {
    const QString text = args.value(QStringLiteral("type"));
    if (text.isEmpty())
        return QString();
    Database* database = db();
    if (!database)
        return std::nullopt;
    Result<UnitType> type = TypeRepository(*database).resolve(text);
    if (!type) {
        error(type.error());
        return std::nullopt;
    }
    return type->code;
}

std::optional<Format> Context::format(const ParsedArgs& args) const {
    const std::optional<Format> format = parseFormat(args.value(QStringLiteral("format")));
    if (!format)
        usage(QStringLiteral("--format must be table, csv or json"));
    return format;
}

} // namespace lianping::cli
