// report, naming-list: PDF documents (run under a QGuiApplication, see main.cpp).

#include "Context.h"
#include "core/campaign/CampaignRepository.h"
#include "core/report/NamingNotice.h"
#include "core/report/ReportDocx.h"
#include "core/report/ReportPdf.h"
#include "core/report/UnitReport.h"

#include <QDir>

#include <cstdio>

namespace lianping::cli {

namespace {

int report(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<QString> out =
        year ? context.required(args, QStringLiteral("out")) : std::nullopt;
    if (!out)
        return UsageError;
    const QString county = args.value(QStringLiteral("county"));
    const QString type = args.value(QStringLiteral("type"));
    const bool single = args.positional.size() == 2;
    if (single == (!county.isEmpty() || !type.isEmpty()))
        return context.usage(QStringLiteral("give either a UNIT or --county/--type"));
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    if (single) {
        // FILE.docx: the same report as a Word document, to amend and sign.
        const bool word = out->endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive);
        Result<void> written = word ? ReportDocx::writeUnit(*db, *year, args.positional[1], *out)
                                    : ReportPdf::writeUnit(*db, *year, args.positional[1], *out);
        if (!written)
            return context.error(written.error());
        context.print(QStringLiteral("wrote %1").arg(*out));
        return Ok;
    }
    const std::optional<QString> typeCode = context.typeCode(args);
    if (!typeCode)
        return RuntimeError;
    ReportLoader loader(*db, *year);
    Result<QStringList> codes = loader.unitCodes(county, *typeCode);
    if (!codes)
        return context.error(codes.error());
    if (codes->isEmpty())
        return context.error(QStringLiteral("no enrolled units match"));
    // Progress on stderr, so stdout stays the result line.
    const ReportProgress progress = [](int done, int total) {
        if (done % 50 == 0 || done == total)
            std::fprintf(stderr, "\r%d/%d reports", done, total);
        if (done == total)
            std::fputc('\n', stderr);
        return true;
    };
    const bool combined = out->endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    Result<int> written = combined ? ReportPdf::writeCombined(*db, *year, *codes, *out, progress)
                                   : ReportPdf::writeEach(*db, *year, *codes, *out, progress);
    if (!written)
        return context.error(written.error());
    context.print(combined ? QStringLiteral("wrote %1 reports into %2").arg(*written).arg(*out)
                           : QStringLiteral("wrote %1 reports to %2").arg(*written).arg(*out));
    return Ok;
}

int namingList(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<QString> out =
        year ? context.required(args, QStringLiteral("out")) : std::nullopt;
    if (!out)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const std::optional<Campaign> campaign = CampaignRepository(*db).find(*year);
    Result<int> written =
        NamingNotice::writePdf(*db, *year, *out, args.value(QStringLiteral("decision")));
    if (!written)
        return context.error(written.error());
    context.print(QStringLiteral("wrote %1 (%2 pages)").arg(*out).arg(*written));
    if (campaign && campaign->notice.issuer.trimmed().isEmpty())
        context.warn(QStringLiteral("the notice leaves the issuing office blank: set it with "
                                    "`campaign set %1 --issuer OFFICE --doc-prefix PREFIX`")
                         .arg(*year));
    return Ok;
}

} // namespace

void addReportCommands(std::vector<Command>& commands) {
    commands.push_back(
        {{QStringLiteral("report"),
          QStringLiteral(
              "YEAR UNIT --out FILE.pdf|FILE.docx | YEAR --county C|--type T --out DIR|FILE.pdf"),
          {QStringLiteral("out"), QStringLiteral("county"), QStringLiteral("type")},
          {},
          {},
          1,
          2,
          QStringLiteral("rating reports as PDF: one unit (or as a Word document: FILE.docx), "
                         "or every unit of a county/type (one file each into DIR, or all in one "
                         "FILE.pdf)")},
         report});
    commands.push_back(
        {{QStringLiteral("naming-list"),
          QStringLiteral("YEAR --out FILE.pdf [--decision NO]"),
          {QStringLiteral("out"), QStringLiteral("decision")},
          {},
          {},
          1,
          1,
          QStringLiteral("the naming notice (GB/T 9704) of each decision, or of one, "
                         "with the list of named units by type and county")},
         namingList});
}

} // namespace lianping::cli
