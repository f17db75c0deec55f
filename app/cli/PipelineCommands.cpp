// advance, return, name, revoke.

#include "Context.h"
#include "core/pipeline/Pipeline.h"
#include "core/storage/Database.h"

namespace lianping::cli {

namespace {

int advance(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    const QString target = args.value(QStringLiteral("to"));
    const std::optional<State> to = parseState(target);
    if (!to ||
        (*to != State::Submitted && *to != State::CountyAccepted && *to != State::CityRechecked))
        return context.usage(
            QStringLiteral("--to must be submitted, county-accepted or city-rechecked"));
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    if (Result<void> done =
            bench->advance(*year, args.positional[1], *to, args.value(QStringLiteral("note")));
        !done)
        return context.error(done.error());
    context.print(QStringLiteral("%1 is now %2").arg(args.positional[1], target));
    return Ok;
}

int returnUnit(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    if (args.value(QStringLiteral("reason")).trimmed().isEmpty())
        return context.usage(QStringLiteral("return needs --reason TEXT"));
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    if (Result<void> done =
            bench->returnUnit(*year, args.positional[1], args.value(QStringLiteral("reason")));
        !done)
        return context.error(done.error());
    context.print(QStringLiteral("%1 returned: %2")
                      .arg(args.positional[1], args.value(QStringLiteral("reason"))));
    return Ok;
}

int name(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    if (!args.has(QStringLiteral("decision")) || !args.has(QStringLiteral("date")))
        return context.usage(QStringLiteral("name needs --decision NO and --date YYYY-MM-DD"));
    NamingBatch batch;
    batch.year = *year;
    batch.decision = args.value(QStringLiteral("decision"));
    batch.date = args.value(QStringLiteral("date"));
    batch.units = args.positional.mid(1);
    if (batch.units.isEmpty())
        return context.usage(QStringLiteral("name needs at least one unit code"));
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    Result<std::int64_t> named = bench->name(batch);
    if (!named)
        return context.error(named.error());
    context.print(QStringLiteral("named %1 units by %2 of %3")
                      .arg(batch.units.size())
                      .arg(batch.decision, batch.date));
    return Ok;
}

int revoke(Context& context, const ParsedArgs& args) {
    for (const char* option : {"reason", "date", "document"})
        if (args.value(QString::fromLatin1(option)).trimmed().isEmpty())
            return context.usage(QStringLiteral("revoke needs --reason, --date and --document"));
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    if (Result<void> done = bench->revoke(args.positional[0], args.value(QStringLiteral("reason")),
                                          args.value(QStringLiteral("date")),
                                          args.value(QStringLiteral("document")));
        !done)
        return context.error(done.error());
    context.print(QStringLiteral("revoked the naming of %1 (%2)")
                      .arg(args.positional[0], args.value(QStringLiteral("document"))));
    return Ok;
}

} // namespace

void addPipelineCommands(std::vector<Command>& commands) {
    commands.push_back(
        {{QStringLiteral("advance"),
          QStringLiteral("YEAR UNIT --to submitted|county-accepted|city-rechecked [--note TEXT]"),
          {QStringLiteral("to"), QStringLiteral("note")},
          {},
          {},
          2,
          2,
          {}},
         advance});
    commands.push_back({{QStringLiteral("return"),
                         QStringLiteral("YEAR UNIT --reason TEXT"),
                         {QStringLiteral("reason")},
                         {},
                         {},
                         2,
                         2,
                         {}},
                        returnUnit});
    commands.push_back({{QStringLiteral("name"),
                         QStringLiteral("YEAR --decision NO --date YYYY-MM-DD UNIT..."),
                         {QStringLiteral("decision"), QStringLiteral("date")},
                         {},
                         {},
                         1,
                         -1,
                         {}},
                        name});
    commands.push_back(
        {{QStringLiteral("revoke"),
          QStringLiteral("UNIT --reason TEXT --date YYYY-MM-DD --document NO"),
          {QStringLiteral("reason"), QStringLiteral("date"), QStringLiteral("document")},
          {},
          {},
          1,
          1,
          {}},
         revoke});
}

} // namespace lianping::cli
