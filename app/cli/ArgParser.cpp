#include "ArgParser.h"

namespace lianping::cli {

QString ParsedArgs::value(const QString& name, const QString& fallback) const {
    const QStringList list = options.value(name);
    return list.isEmpty() ? fallback : list.last();
}

QString ArgParser::usageOf(const CommandSpec& spec) {
    return QStringLiteral("lianping-cli %1%2")
        .arg(spec.name, spec.usage.isEmpty() ? QString() : QLatin1Char(' ') + spec.usage);
}

QString ArgParser::help() const {
    QString text = QStringLiteral(
        "Usage: lianping-cli [--db FILE] [--operator NAME] COMMAND ...\n"
        "The database is --db, else $LIANPING_DB, else lianping.lpdb in the user's data folder.\n\n"
        "Commands:\n");
    for (const CommandSpec& spec : m_specs)
        text +=
            QStringLiteral("  %1%2\n")
                .arg(spec.name, spec.usage.isEmpty() ? QString() : QLatin1Char(' ') + spec.usage);
    return text;
}

ParseResult ArgParser::parse(const QStringList& words) const {
    ParseResult result;
    // The longest command name that the words start with.
    int matched = 0;
    for (const CommandSpec& spec : m_specs) {
        const QStringList name = spec.name.split(QLatin1Char(' '));
        if (name.size() <= words.size() && words.mid(0, name.size()) == name &&
            name.size() > matched) {
            matched = static_cast<int>(name.size());
            result.spec = &spec;
        }
    }
    if (!result.spec) {
        if (words.isEmpty())
            result.error = QStringLiteral("no command given");
        else {
            QStringList near;
            for (const CommandSpec& spec : m_specs)
                if (spec.name.startsWith(words.front() + QLatin1Char(' ')))
                    near << spec.name;
            result.error =
                near.isEmpty()
                    ? QStringLiteral("unknown command '%1'").arg(words.front())
                    : QStringLiteral("'%1' needs one of: %2")
                          .arg(words.join(QLatin1Char(' ')), near.join(QStringLiteral(", ")));
        }
        return result;
    }
    const CommandSpec& spec = *result.spec;
    result.args.command = spec.name;
    for (int i = matched; i < words.size(); ++i) {
        QString word = words[i];
        if (!word.startsWith(QStringLiteral("--")) || word == QStringLiteral("--")) {
            result.args.positional << word;
            continue;
        }
        QString name = word.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (spec.flags.contains(name)) {
            if (inlineValue) {
                result.error = QStringLiteral("--%1 takes no value").arg(name);
                return result;
            }
            result.args.options[name] << QString();
        } else if (spec.valueOptions.contains(name)) {
            if (inlineValue) {
                result.args.options[name] << *inlineValue;
            } else if (i + 1 < words.size()) {
                result.args.options[name] << words[++i];
            } else {
                result.error = QStringLiteral("--%1 needs a value").arg(name);
                return result;
            }
        } else if (spec.multiOptions.contains(name)) {
            QStringList& values = result.args.options[name];
            if (inlineValue)
                values << *inlineValue;
            while (i + 1 < words.size() && !words[i + 1].startsWith(QStringLiteral("--")))
                values << words[++i];
            if (values.isEmpty()) {
                result.error = QStringLiteral("--%1 needs at least one value").arg(name);
                return result;
            }
        } else {
            result.error = QStringLiteral("unknown option --%1 for '%2'").arg(name, spec.name);
            return result;
        }
    }
    const auto count = result.args.positional.size();
    if (count < spec.minPositional) {
        result.error = QStringLiteral("missing arguments");
    } else if (spec.maxPositional >= 0 && count > spec.maxPositional) {
        result.error = QStringLiteral("unexpected argument '%1'")
                           .arg(result.args.positional[spec.maxPositional]);
    }
    return result;
}

} // namespace lianping::cli
