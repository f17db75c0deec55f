// score import | set | clear, survey set, veto.

#include "Context.h"
#include "core/campaign/Enrollments.h"
#include "core/storage/Database.h"

namespace lianping::cli {

namespace {

std::optional<Step> stepOption(Context& context, const ParsedArgs& args, bool allowSelf,
                               const char* fallback = nullptr) {
    const QString name =
        args.value(QStringLiteral("step"), fallback ? QString::fromLatin1(fallback) : QString());
    const std::optional<Step> step = parseStep(name);
    if (!step || (!allowSelf && *step == Step::Self)) {
        context.usage(allowSelf ? QStringLiteral("--step must be self, county or city")
                                : QStringLiteral("--step must be county or city"));
        return std::nullopt;
    }
    return step;
}

int scoreImport(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<Step> step = year ? stepOption(context, args, true) : std::nullopt;
    if (!step)
        return UsageError;
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    Result<int> stored = bench->importScores(*year, args.positional[1], *step);
    if (!stored)
        return context.error(stored.error());
    context.print(QStringLiteral("imported %1 %2 scores from %3")
                      .arg(*stored)
                      .arg(stepName(*step), args.positional[1]));
    return Ok;
}

int scoreSet(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<Step> step = year ? stepOption(context, args, true) : std::nullopt;
    if (!step)
        return UsageError;
    const std::optional<HalfPoints> points = parseHalfPoints(args.positional[3]);
    if (!points)
        return context.error(QStringLiteral("indicator %1: '%2' is not a number in steps of 0.5")
                                 .arg(args.positional[2], args.positional[3]));
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    const QString note =
        args.has(QStringLiteral("note")) ? args.value(QStringLiteral("note")) : QString();
    if (Result<void> done =
            bench->setScore(*year, args.positional[1], args.positional[2], *points, *step, note);
        !done)
        return context.error(done.error());
    context.print(
        QStringLiteral("%1 %2 %3: %4")
            .arg(args.positional[1], stepName(*step), args.positional[2], formatPoints(*points)));
    return Ok;
}

int scoreClear(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<Step> step = year ? stepOption(context, args, true) : std::nullopt;
    if (!step)
        return UsageError;
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    Result<Enrollment> enrollment = Enrollments::find(bench->db(), *year, args.positional[1]);
    if (!enrollment)
        return context.error(enrollment.error());
    if (Result<void> done = bench->clearScore(*enrollment, args.positional[2], *step); !done)
        return context.error(done.error());
    context.print(QStringLiteral("cleared %1 %2 %3")
                      .arg(args.positional[1], stepName(*step), args.positional[2]));
    return Ok;
}

int surveySet(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<Step> step =
        year ? stepOption(context, args, false, "county") : std::nullopt;
    if (!step)
        return UsageError;
    Survey survey;
    const std::pair<const char*, int*> fields[] = {{"satisfied", &survey.satisfied},
                                                   {"basic", &survey.basic},
                                                   {"unsatisfied", &survey.unsatisfied}};
    for (const auto& [name, target] : fields) {
        const QString option = QString::fromLatin1(name);
        bool ok = false;
        *target = args.value(option, QStringLiteral("0")).toInt(&ok);
        if (!ok || *target < 0)
            return context.usage(
                QStringLiteral("--%1 must be a whole number of ballots").arg(option));
    }
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    if (Result<void> done = bench->setSurvey(*year, args.positional[1], *step, survey); !done)
        return context.error(done.error());
    context.print(
        QStringLiteral("%1 survey (%2): %3 satisfied, %4 basically satisfied, %5 unsatisfied")
            .arg(args.positional[1], stepName(*step))
            .arg(survey.satisfied)
            .arg(survey.basic)
            .arg(survey.unsatisfied));
    return Ok;
}

int veto(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<Step> step = year ? stepOption(context, args, false) : std::nullopt;
    if (!step)
        return UsageError;
    Workbench* bench = context.workbench();
    if (!bench)
        return RuntimeError;
    const QString reason = args.value(QStringLiteral("reason"));
    if (args.has(QStringLiteral("clear"))) {
        if (Result<void> done =
                bench->clearVeto(*year, args.positional[1], args.positional[2], *step, reason);
            !done)
            return context.error(done.error());
        context.print(
            QStringLiteral("cleared veto %1 of %2").arg(args.positional[2], args.positional[1]));
        return Ok;
    }
    if (reason.trimmed().isEmpty())
        return context.usage(QStringLiteral("veto needs --reason TEXT"));
    if (Result<void> done =
            bench->setVeto(*year, args.positional[1], args.positional[2], *step, reason);
        !done)
        return context.error(done.error());
    context.print(QStringLiteral("veto %1 recorded for %2: the unit is unqualified")
                      .arg(args.positional[2], args.positional[1]));
    return Ok;
}

} // namespace

void addScoreCommands(std::vector<Command>& commands) {
    commands.push_back({{QStringLiteral("score import"),
                         QStringLiteral("YEAR FILE.csv|FILE.xlsx --step self|county|city"),
                         {QStringLiteral("step")},
                         {},
                         {},
                         2,
                         2,
                         {}},
                        scoreImport});
    commands.push_back(
        {{QStringLiteral("score set"),
          QStringLiteral("YEAR UNIT INDICATOR POINTS --step self|county|city [--note TEXT]"),
          {QStringLiteral("step"), QStringLiteral("note")},
          {},
          {},
          4,
          4,
          {}},
         scoreSet});
    commands.push_back({{QStringLiteral("score clear"),
                         QStringLiteral("YEAR UNIT INDICATOR --step self|county|city"),
                         {QStringLiteral("step")},
                         {},
                         {},
                         3,
                         3,
                         {}},
                        scoreClear});
    commands.push_back(
        {{QStringLiteral("survey set"),
          QStringLiteral("YEAR UNIT --satisfied N --basic N --unsatisfied N [--step county|city]"),
          {QStringLiteral("satisfied"), QStringLiteral("basic"), QStringLiteral("unsatisfied"),
           QStringLiteral("step")},
          {},
          {},
          2,
          2,
          {}},
         surveySet});
    commands.push_back(
        {{QStringLiteral("veto"),
          QStringLiteral("YEAR UNIT INDICATOR --step county|city --reason TEXT [--clear]"),
          {QStringLiteral("step"), QStringLiteral("reason")},
          {},
          {QStringLiteral("clear")},
          3,
          3,
          {}},
         veto});
}

} // namespace lianping::cli
