// evidence add | list | get | remove | export, finding add | list | rectify: the files behind
// every score and the problems behind every deduction (issue 15).

#include "Context.h"
#include "core/campaign/Enrollments.h"
#include "core/evidence/EvidenceExport.h"
#include "core/evidence/EvidenceRepository.h"
#include "core/evidence/Findings.h"
#include "core/storage/Database.h"

#include <QDateTime>

namespace lianping::cli {

namespace {

// self|county|city, or as offices write them: 自评/自查, 县级/县区, 市级.
std::optional<Step> stepArgument(const QString& text) {
    const QString word = text.trimmed().toLower();
    if (const std::optional<Step> step = parseStep(word))
        return step;
    if (word == QStringLiteral("自评") || word == QStringLiteral("自查") ||
        word == QStringLiteral("自评自查"))
        return Step::Self;
    if (word == QStringLiteral("县级") || word == QStringLiteral("县区") ||
        word == QStringLiteral("县") || word == QStringLiteral("县级审核"))
        return Step::County;
    if (word == QStringLiteral("市级") || word == QStringLiteral("市") ||
        word == QStringLiteral("市级复核"))
        return Step::City;
    return std::nullopt;
}

std::optional<Step> requiredStep(Context& context, const ParsedArgs& args) {
    if (!args.has(QStringLiteral("step"))) {
        context.usage(QStringLiteral("--step is required (self, county or city)"));
        return std::nullopt;
    }
    const std::optional<Step> step = stepArgument(args.value(QStringLiteral("step")));
    if (!step)
        context.usage(QStringLiteral("--step must be self, county or city, not '%1'")
                          .arg(args.value(QStringLiteral("step"))));
    return step;
}

std::optional<std::int64_t> idArgument(Context& context, const QString& text, const QString& what) {
    bool ok = false;
    const std::int64_t id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        context.error(QStringLiteral("'%1' is not %2 number").arg(text, what));
        return std::nullopt;
    }
    return id;
}

QString isoTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

Cell indicatorCell(const QString& indicator) {
    return indicator.isEmpty() ? Cell::null() : Cell::str(indicator);
}

int evidenceAdd(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<Step> step = year ? requiredStep(context, args) : std::nullopt;
    if (!step)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const QStringList files = args.positional.mid(3);
    const Result<Enrollment> enrollment = Enrollments::find(*db, *year, args.positional[1]);
    if (!enrollment)
        return context.error(enrollment.error());
    Result<std::vector<std::int64_t>> ids = context.workbench()->addEvidence(
        *enrollment, args.positional[2], files, *step,
        args.has(QStringLiteral("note")) ? args.value(QStringLiteral("note")) : QString());
    if (!ids)
        return context.error(ids.error());
    for (const std::int64_t id : *ids)
        context.print(QString::number(id));
    return Ok;
}

int evidenceList(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<Format> format = year ? context.format(args) : std::nullopt;
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<std::vector<EvidenceFile>> files =
        EvidenceRepository(*db).list(*year, args.positional[1]);
    if (!files)
        return context.error(files.error());
    RecordWriter out(
        *format, {QStringLiteral("id"), QStringLiteral("indicator"), QStringLiteral("step"),
                  QStringLiteral("name"), QStringLiteral("size"), QStringLiteral("sha256"),
                  QStringLiteral("added_by"), QStringLiteral("added_at"), QStringLiteral("note")});
    for (const EvidenceFile& file : *files)
        out.add({Cell::num(static_cast<double>(file.id)), indicatorCell(file.indicator),
                 Cell::str(stepName(file.step)), Cell::str(file.name),
                 Cell::num(static_cast<double>(file.size)), Cell::str(file.sha256),
                 Cell::str(file.addedBy), Cell::str(isoTime(file.addedAt)), Cell::str(file.note)});
    out.finish();
    return Ok;
}

int evidenceGet(Context& context, const ParsedArgs& args) {
    const std::optional<QString> out = context.required(args, QStringLiteral("out"));
    if (!out)
        return UsageError;
    const std::optional<std::int64_t> id =
        idArgument(context, args.positional[0], QStringLiteral("an evidence file"));
    if (!id)
        return RuntimeError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    if (Result<void> done = EvidenceRepository(*db).get(*id, *out); !done)
        return context.error(done.error());
    context.print(
        QStringLiteral("evidence file %1 written to %2 (SHA-256 verified)").arg(*id).arg(*out));
    return Ok;
}

int evidenceRemove(Context& context, const ParsedArgs& args) {
    const std::optional<QString> reason = context.required(args, QStringLiteral("reason"));
    if (!reason)
        return UsageError;
    const std::optional<std::int64_t> id =
        idArgument(context, args.positional[0], QStringLiteral("an evidence file"));
    if (!id)
        return RuntimeError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    if (Result<void> done = context.workbench()->removeEvidence(*id, *reason); !done)
        return context.error(done.error());
    context.print(QStringLiteral("evidence file %1 removed (kept in history)").arg(*id));
    return Ok;
}

int evidenceExport(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<QString> out =
        year ? context.required(args, QStringLiteral("out")) : std::nullopt;
    if (!out)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<EvidenceExportSummary> summary =
        EvidenceExport::write(*db, *year, args.positional[1], *out);
    if (!summary)
        return context.error(summary.error());
    context.print(QStringLiteral("%1 evidence files (%2 bytes) written to %3 with index.csv")
                      .arg(summary->files)
                      .arg(summary->bytes)
                      .arg(*out));
    return Ok;
}

int findingAdd(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<Step> step = year ? requiredStep(context, args) : std::nullopt;
    if (!step)
        return UsageError;
    const std::optional<QString> text = context.required(args, QStringLiteral("text"));
    if (!text)
        return UsageError;
    HalfPoints deduct = 0;
    if (args.has(QStringLiteral("deduct"))) {
        const std::optional<HalfPoints> parsed =
            parseHalfPoints(args.value(QStringLiteral("deduct")));
        if (!parsed || *parsed < 0)
            return context.error(
                QStringLiteral("--deduct '%1' is not a number of points in steps of 0.5")
                    .arg(args.value(QStringLiteral("deduct"))));
        deduct = *parsed;
    }
    std::optional<std::int64_t> evidence;
    if (args.has(QStringLiteral("evidence"))) {
        evidence = idArgument(context, args.value(QStringLiteral("evidence")),
                              QStringLiteral("an evidence file"));
        if (!evidence)
            return RuntimeError;
    }
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    const Result<Enrollment> enrollment = Enrollments::find(*db, *year, args.positional[1]);
    if (!enrollment)
        return context.error(enrollment.error());
    Result<std::int64_t> id = context.workbench()->addFinding(*enrollment, args.positional[2],
                                                              *step, *text, deduct, evidence);
    if (!id)
        return context.error(id.error());
    context.print(QString::number(*id));
    return Ok;
}

int findingList(Context& context, const ParsedArgs& args) {
    const std::optional<int> year = context.year(args.positional[0]);
    const std::optional<Format> format = year ? context.format(args) : std::nullopt;
    if (!format)
        return UsageError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    RecordWriter out(*format,
                     {QStringLiteral("id"), QStringLiteral("unit"), QStringLiteral("indicator"),
                      QStringLiteral("step"), QStringLiteral("text"), QStringLiteral("deduct"),
                      QStringLiteral("rectification")});
    for (const Finding& finding : Findings(*db).list(*year, args.value(QStringLiteral("unit"))))
        out.add({Cell::num(static_cast<double>(finding.id)), Cell::str(finding.unitCode),
                 indicatorCell(finding.indicator), Cell::str(stepName(finding.step)),
                 Cell::str(finding.text), Cell::num(toPoints(finding.deduct)),
                 Cell::opt(finding.rectificationId)});
    out.finish();
    return Ok;
}

int findingRectify(Context& context, const ParsedArgs& args) {
    const std::optional<QString> deadline = context.required(args, QStringLiteral("deadline"));
    const std::optional<QString> responsible =
        deadline ? context.required(args, QStringLiteral("responsible")) : std::nullopt;
    if (!responsible)
        return UsageError;
    const std::optional<std::int64_t> id =
        idArgument(context, args.positional[0], QStringLiteral("a finding"));
    if (!id)
        return RuntimeError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    Result<std::int64_t> item = context.workbench()->rectifyFinding(*id, *deadline, *responsible);
    if (!item)
        return context.error(item.error());
    context.print(QString::number(*item));
    return Ok;
}

int findingRemove(Context& context, const ParsedArgs& args) {
    const std::optional<QString> reason = context.required(args, QStringLiteral("reason"));
    if (!reason)
        return UsageError;
    const std::optional<std::int64_t> id =
        idArgument(context, args.positional[0], QStringLiteral("a finding"));
    if (!id)
        return RuntimeError;
    Database* db = context.db();
    if (!db)
        return RuntimeError;
    if (Result<void> done = context.workbench()->removeFinding(*id, *reason); !done)
        return context.error(done.error());
    context.print(QStringLiteral("finding %1 removed (kept in history)").arg(*id));
    return Ok;
}

} // namespace

void addEvidenceCommands(std::vector<Command>& commands) {
    const QString format = QStringLiteral("format");
    commands.push_back({{QStringLiteral("evidence add"),
                         QStringLiteral("YEAR UNIT INDICATOR|- FILE... --step self|county|city "
                                        "[--note TEXT]"),
                         {QStringLiteral("step"), QStringLiteral("note")},
                         {},
                         {},
                         4,
                         -1,
                         QStringLiteral("attaches evidence files to an indicator (- for the "
                                        "whole sheet); prints their ids")},
                        evidenceAdd});
    commands.push_back({{QStringLiteral("evidence list"),
                         QStringLiteral("YEAR UNIT [--format table|csv|json]"),
                         {format},
                         {},
                         {},
                         2,
                         2,
                         QStringLiteral("lists a unit's evidence files")},
                        evidenceList});
    commands.push_back({{QStringLiteral("evidence get"),
                         QStringLiteral("ID --out FILE"),
                         {QStringLiteral("out")},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("writes an evidence file's bytes, verified")},
                        evidenceGet});
    commands.push_back({{QStringLiteral("evidence remove"),
                         QStringLiteral("ID --reason TEXT"),
                         {QStringLiteral("reason")},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("removes an evidence file (kept in history)")},
                        evidenceRemove});
    commands.push_back({{QStringLiteral("evidence export"),
                         QStringLiteral("YEAR UNIT --out DIR"),
                         {QStringLiteral("out")},
                         {},
                         {},
                         2,
                         2,
                         QStringLiteral("copies a unit's evidence files into a folder with "
                                        "index.csv")},
                        evidenceExport});
    commands.push_back(
        {{QStringLiteral("finding add"),
          QStringLiteral("YEAR UNIT INDICATOR|- --step county|city --text TEXT [--deduct P] "
                         "[--evidence ID]"),
          {QStringLiteral("step"), QStringLiteral("text"), QStringLiteral("deduct"),
           QStringLiteral("evidence")},
          {},
          {},
          3,
          3,
          QStringLiteral("records a finding (发现问题) and its deduction; prints its id")},
         findingAdd});
    commands.push_back({{QStringLiteral("finding list"),
                         QStringLiteral("YEAR [--unit CODE] [--format table|csv|json]"),
                         {QStringLiteral("unit"), format},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("lists findings")},
                        findingList});
    commands.push_back({{QStringLiteral("finding rectify"),
                         QStringLiteral("ID --deadline YYYY-MM-DD --responsible NAME"),
                         {QStringLiteral("deadline"), QStringLiteral("responsible")},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("makes a rectification item of a finding; prints its id")},
                        findingRectify});
    commands.push_back({{QStringLiteral("finding remove"),
                         QStringLiteral("ID --reason TEXT"),
                         {QStringLiteral("reason")},
                         {},
                         {},
                         1,
                         1,
                         QStringLiteral("removes a finding (kept in history)")},
                        findingRemove});
}

} // namespace lianping::cli
