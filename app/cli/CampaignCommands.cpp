// campaign create | set | enroll | show.

#include "Context.h"
#include "core/campaign/CampaignRepository.h"
#include "core/campaign/Coverage.h"
#include "core/campaign/ReviewSteps.h"
#include "core/index/Surveys.h"
#include "core/services/CampaignSetup.h"

#include "core/storage/Database.h"
#include <QRegularExpression>

namespace lianping::cli {

namespace {

// Reads a number option; a weight over 1 is taken as a percentage (70 → 0.7).
std::optional<double> number(Context& context, const ParsedArgs& args, const QString& name,
                             bool fraction) {
    QString text = args.value(name).trimmed();
    const bool percent = text.endsWith(QLatin1Char('%'));
    if (percent)
        text.chop(1);
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok) {
        context.usage(
            QStringLiteral("--%1 must be a number, not '%2'").arg(name, args.value(name)));
        return std::nullopt;
    }
    if (fraction && (percent || value > 1.0))
        value /= 100.0;
    return value;
}

// Applies the weight, threshold and quota options given onto `settings`; false after a usage
// error. `given` tells whether any was.
bool readSettings(Context& context, const ParsedArgs& args, CampaignSettings& settings,
                  bool& given) {
    given = false;
    const std::pair<const char*, double*> fields[] = {{"org-weight", &settings.orgWeight},
                                                      {"basic-weight", &settings.basicWeight},
                                                      {"excellent", &settings.excellent},
                                                      {"qualified", &settings.qualified}};
    for (const auto& [name, target] : fields) {
        const QString option = QString::fromLatin1(name);
        if (!args.has(option))
            continue;
        const bool fraction = option.endsWith(QStringLiteral("weight"));
        const std::optional<double> value = number(context, args, option, fraction);
        if (!value)
            return false;
        *target = *value;
        given = true;
    }
    if (args.has(QStringLiteral("excellent-quota"))) {
        given = true;
        if (args.value(QStringLiteral("excellent-quota")).trimmed().isEmpty() ||
            args.value(QStringLiteral("excellent-quota")).trimmed() == QStringLiteral("none")) {
            settings.excellentQuota.reset();
            return true;
        }
        const std::optional<double> quota =
            number(context, args, QStringLiteral("excellent-quota"), false);
        if (!quota)
            return false;
        settings.excellentQuota = *quota;
    }
    return true;
}

int campaignCreate(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    std::optional<int> from;
    if (args.has(QStringLiteral("from"))) {
        from = context.year(args.value(QStringLiteral("from")));
        if (!from)
            return UsageError;
    }
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    CampaignSettings settings;
    if (from)
        if (const std::optional<Campaign> previous = CampaignRepository(*db).find(*from))
            settings = previous->settings;
    bool given = false;
    if (!readSettings(context, args, settings, given))
        return UsageError;
    if (from) {
        Result<CarryOver> carried = context.workbench()->createCampaignFrom(
            *year, *from, given ? std::optional<CampaignSettings>(settings) : std::nullopt);
        if (!carried)
            return context.error(carried.error());
        context.print(QStringLiteral("created campaign %1 from %2: %3 units enrolled, %4 "
                                     "rectification items and %5 follow-ups carried over")
                          .arg(*year)
                          .arg(*from)
                          .arg(carried->enrolled)
                          .arg(carried->rectifications)
                          .arg(carried->followUps));
        return Ok;
    }
    Result<Campaign> campaign = context.workbench()->createCampaign(*year, settings);
    if (!campaign)
        return context.error(campaign.error());
    context.print(QStringLiteral("created campaign %1: T = %2·S_org + %3·S_mass, excellent ≥ %4, "
                                 "qualified ≥ %5%6")
                      .arg(*year)
                      .arg(settings.orgWeight)
                      .arg(1.0 - settings.orgWeight)
                      .arg(settings.excellent)
                      .arg(settings.qualified)
                      .arg(settings.excellentQuota
                               ? QStringLiteral(", at most %1 % excellent per county")
                                     .arg(*settings.excellentQuota)
                               : QString()));
    return Ok;
}

int campaignEnroll(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const std::optional<QString> type = context.typeCode(args);
    if (!type)
        return RuntimeError;
    UnitFilter filter;
    filter.typeCode = *type;
    filter.county = args.value(QStringLiteral("county"));
    QStringList units = args.values(QStringLiteral("unit"));
    units += args.positional.mid(1);
    Result<int> added = context.workbench()->enroll(*year, filter, units);
    if (!added)
        return context.error(added.error());
    context.print(QStringLiteral("enrolled %1 units in campaign %2").arg(*added).arg(*year));
    return Ok;
}

// The naming notice's issuer, document-number prefix and addressees.
int campaignSet(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    NoticeSettings notice;
    const std::pair<const char*, QString*> fields[] = {{"issuer", &notice.issuer},
                                                       {"doc-prefix", &notice.docPrefix},
                                                       {"addressees", &notice.addressees}};
    bool any = false;
    for (const auto& [name, target] : fields)
        if (args.has(QString::fromLatin1(name))) {
            *target = args.value(QString::fromLatin1(name));
            if (target->isNull())
                *target = QStringLiteral("");
            any = true;
        }
    const bool coverage = args.has(QStringLiteral("coverage-target"));
    const bool steps = args.has(QStringLiteral("review-steps"));
    const bool minimum = args.has(QStringLiteral("survey-min-sample"));
    bool scoring = false;
    for (const char* name :
         {"org-weight", "basic-weight", "excellent", "qualified", "excellent-quota"})
        scoring = scoring || args.has(QString::fromLatin1(name));
    if (!any && !coverage && !steps && !minimum && !scoring)
        return context.usage(QStringLiteral(
            "give at least one of --org-weight, --basic-weight, --excellent, --qualified, "
            "--excellent-quota, --issuer, --doc-prefix, --addressees, --coverage-target, "
            "--review-steps, --survey-min-sample"));
    if (scoring) {
        Database* db = context.db();
        if (!db)
            return RuntimeError;
        Result<Campaign> current = CampaignRepository(*db).require(*year);
        if (!current)
            return context.error(current.error());
        CampaignSettings settings = current->settings;
        bool given = false;
        if (!readSettings(context, args, settings, given))
            return UsageError;
        CampaignChanges changes;
        changes.settings = settings;
        if (Result<void> done = context.workbench()->configureCampaign(*year, changes); !done)
            return context.error(done.error());
        context.print(QStringLiteral("campaign %1: T = %2·S_org + %3·S_mass, basic %4, "
                                     "excellent ≥ %5, qualified ≥ %6%7")
                          .arg(*year)
                          .arg(settings.orgWeight)
                          .arg(1.0 - settings.orgWeight)
                          .arg(settings.basicWeight)
                          .arg(settings.excellent)
                          .arg(settings.qualified)
                          .arg(settings.excellentQuota
                                   ? QStringLiteral(", at most %1 % excellent per county")
                                         .arg(*settings.excellentQuota)
                                   : QString()));
        if (!any && !coverage && !steps && !minimum)
            return Ok;
    }
    std::optional<double> target;
    if (coverage) {
        // 50%, 50 or 0.5: a fraction of the registered units to be named this year
        target = number(context, args, QStringLiteral("coverage-target"), true);
        if (!target)
            return UsageError;
    }
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Workbench& bench = *context.workbench();
    if (any) {
        CampaignChanges changes;
        changes.notice = notice;
        if (Result<void> set = bench.configureCampaign(*year, changes); !set)
            return context.error(set.error());
    }
    if (steps) {
        // 考前公示,述职述廉,… (commas or 、); an empty list goes back to the six defaults
        const QStringList names =
            args.value(QStringLiteral("review-steps"))
                .split(QRegularExpression(QStringLiteral("[,，、;；\\n]")), Qt::SkipEmptyParts);
        CampaignChanges changes;
        changes.reviewSteps = names;
        if (Result<void> set = bench.configureCampaign(*year, changes); !set)
            return context.error(set.error());
        context.print(QStringLiteral("campaign %1: county review sub-steps %2")
                          .arg(*year)
                          .arg(ReviewSteps(*db).names(*year).join(QStringLiteral("、"))));
    }
    if (minimum) {
        bool ok = false;
        const int people = args.value(QStringLiteral("survey-min-sample")).toInt(&ok);
        CampaignChanges changes;
        changes.minimumSample = people;
        Result<void> set =
            ok ? bench.configureCampaign(*year, changes)
               : Result<void>(fail(QStringLiteral("--survey-min-sample must be a whole number")));
        if (!set)
            return context.error(set.error());
        context.print(
            QStringLiteral("campaign %1: survey figures from fewer than %2 answers are flagged")
                .arg(*year)
                .arg(people));
    }
    if ((steps || minimum) && !any && !coverage)
        return Ok;
    if (target) {
        const std::optional<QString> type = context.typeCode(args);
        if (!type)
            return RuntimeError;
        Result<void> set = bench.setCoverageTarget(*year, *target, *type);
        if (!set)
            return context.error(set.error());
        context.print(QStringLiteral("campaign %1: coverage target %2 %%3")
                          .arg(*year)
                          .arg(*target * 100.0)
                          .arg(type->isEmpty() ? QString() : QStringLiteral(" for ") + *type));
        if (!any)
            return Ok;
    }
    const Campaign campaign = *CampaignRepository(*db).find(*year);
    context.print(
        QStringLiteral("campaign %1: issuer %2, document prefix %3, addressees %4")
            .arg(*year)
            .arg(campaign.notice.issuer, campaign.notice.docPrefix, campaign.notice.addressees));
    return Ok;
}

int campaignShow(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    if (!year)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<Campaign> campaign = CampaignRepository(*db).require(*year);
    if (!campaign)
        return context.error(campaign.error());
    const CampaignSettings& s = campaign->settings;
    context.print(QStringLiteral("campaign %1\norg weight %2\nbasic weight %3\nexcellent "
                                 "%4\nqualified %5\nexcellent quota %6")
                      .arg(*year)
                      .arg(s.orgWeight)
                      .arg(s.basicWeight)
                      .arg(s.excellent)
                      .arg(s.qualified)
                      .arg(s.excellentQuota ? QStringLiteral("%1 %").arg(*s.excellentQuota)
                                            : QStringLiteral("none")));
    context.print(
        QStringLiteral("issuer %1\ndocument prefix %2\naddressees %3")
            .arg(campaign->notice.issuer, campaign->notice.docPrefix, campaign->notice.addressees));
    for (const CampaignRubric& rubric : CampaignRepository(*db).rubrics(campaign->id))
        context.print(QStringLiteral("rubric %1: %2 version %3, %4 units enrolled")
                          .arg(rubric.typeCode)
                          .arg(rubric.rubricYear)
                          .arg(rubric.version)
                          .arg(rubric.enrolled));
    return Ok;
}

} // namespace

void addCampaignCommands(std::vector<Command>& commands) {
    commands.push_back(
        {{QStringLiteral("campaign create"),
          QStringLiteral("YEAR [--from LAST_YEAR] [--org-weight W] [--basic-weight B] "
                         "[--excellent X] [--qualified Y] [--excellent-quota P]"),
          {QStringLiteral("org-weight"), QStringLiteral("basic-weight"),
           QStringLiteral("excellent"), QStringLiteral("qualified"),
           QStringLiteral("excellent-quota"), QStringLiteral("from")},
          {},
          {},
          1,
          1,
          QStringLiteral("creates a campaign; --from starts it from an earlier year: the same "
                         "units, its settings, open rectification items and follow-ups")},
         campaignCreate});
    commands.push_back(
        {{QStringLiteral("campaign set"),
          QStringLiteral(
              "YEAR [--org-weight W] [--basic-weight B] [--excellent X] [--qualified Y] "
              "[--excellent-quota P|none] [--issuer OFFICE] [--doc-prefix PREFIX] "
              "[--addressees TEXT] [--coverage-target P [--type T]] [--review-steps A,B,…] "
              "[--survey-min-sample N]"),
          {QStringLiteral("issuer"), QStringLiteral("doc-prefix"), QStringLiteral("addressees"),
           QStringLiteral("coverage-target"), QStringLiteral("type"),
           QStringLiteral("review-steps"), QStringLiteral("survey-min-sample"),
           QStringLiteral("org-weight"), QStringLiteral("basic-weight"),
           QStringLiteral("excellent"), QStringLiteral("qualified"),
           QStringLiteral("excellent-quota")},
          {},
          {},
          1,
          1,
          QStringLiteral("the naming notice's issuing office, document-number "
                         "prefix (广委 in 广委〔2026〕12号) and addressees; the coverage roadmap's "
                         "target for the year")},
         campaignSet});
    commands.push_back({{QStringLiteral("campaign enroll"),
                         QStringLiteral("YEAR [--type T] [--county C] [--unit CODE ...]"),
                         {QStringLiteral("type"), QStringLiteral("county")},
                         {QStringLiteral("unit")},
                         {},
                         1,
                         -1,
                         {}},
                        campaignEnroll});
    commands.push_back(
        {{QStringLiteral("campaign show"), QStringLiteral("YEAR"), {}, {}, {}, 1, 1, {}},
         campaignShow});
}

} // namespace lianping::cli
