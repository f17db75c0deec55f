// Reports, the naming list and the Excel files through the real lianping-cli, read back by
// independent tools: poppler's pdftotext/pdfinfo/pdffonts for PDFs, openpyxl for workbooks.
#include "cli/CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace lianping::test;

namespace {

QString tool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(program.toStdString() + ": " + process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path) {
    return tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

int pdfPages(const QString& path) {
    const QString info = tool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    CHECK(info.contains(QStringLiteral("595 x 842 pts (A4)")));
    return match.captured(1).toInt();
}

const QString python = QStringLiteral("/usr/bin/python3");

QString script(const char* name) {
    return QStringLiteral(LIANPING_TEST_SOURCE "/cli/") + QString::fromLatin1(name);
}

// A demo campaign; returns the result rows.
QJsonArray setUpDemo(const Cli& cli) {
    cli.ok(args({"demo", "--units", "300", "--seed", "5"}));
    return cli.json(args({"result", "2026", "--format", "json"}));
}

// LibreOffice, a real client, prints the file to PDF (its own HOME, so no profile is shared).
QString officePdf(const Cli& cli, const QString& file) {
    QProcess office;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), cli.path(QStringLiteral("office-home")));
    office.setProcessEnvironment(environment);
    const QString folder = cli.path(QStringLiteral("printed"));
    office.start(QStringLiteral("soffice"),
                 {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                  QStringLiteral("pdf"), QStringLiteral("--outdir"), folder, file});
    REQUIRE(office.waitForFinished(180000));
    REQUIRE(office.exitCode() == 0);
    const QString pdf =
        folder + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QStringLiteral(".pdf");
    REQUIRE(QFile::exists(pdf));
    return pdf;
}

QJsonObject firstWhere(const QJsonArray& rows, const char* state) {
    for (const QJsonValue& value : rows)
        if (value.toObject()[QStringLiteral("state")].toString() == QLatin1String(state))
            return value.toObject();
    FAIL("no unit in state " << state);
    return {};
}

} // namespace

TEST_CASE("cli: a rating report PDF holds the unit's figures as extractable Chinese text") {
    Cli cli;
    const QJsonArray results = setUpDemo(cli);
    const QJsonObject unit = firstWhere(results, "named");
    const QString code = unit[QStringLiteral("unit")].toString();
    const QString pdf = cli.path(QStringLiteral("report.pdf"));
    cli.ok({QStringLiteral("report"), QStringLiteral("2026"), code, QStringLiteral("--out"), pdf});

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("2026年度廉洁细胞考评报告")));
    CHECK(text.contains(unit[QStringLiteral("name")].toString()));
    CHECK(text.contains(code));
    CHECK(text.contains(QString::number(unit[QStringLiteral("total")].toDouble(), 'f', 1)));
    CHECK(text.contains(unit[QStringLiteral("grade")].toString() == QLatin1String("excellent")
                            ? QStringLiteral("优秀")
                            : QStringLiteral("合格")));
    for (const char* section : {"考评细则得分", "群众满意度测评", "一票否决事项", "存在问题与整改",
                                "考评流程记录", "签字", "命名文号"})
        CHECK(text.contains(QString::fromUtf8(section)));
    const int pages = pdfPages(pdf);
    CHECK(pages >= 1);
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(compact.contains(QStringLiteral("第1页共%1页").arg(pages)));
    // Fonts embedded, and not as Kangxi radicals (see NOTES.md): 人民 stays 人民.
    const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
    CHECK(fonts.contains(QStringLiteral("WenQuanYi")));
    for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() >= 5)
            CHECK(fields[fields.size() - 5] == QStringLiteral("yes")); // emb
    }
    CHECK_FALSE(text.contains(QChar(0x2F08))); // ⼈ KANGXI RADICAL MAN

    const Run missing = cli.run({QStringLiteral("report"), QStringLiteral("2026"),
                                 QStringLiteral("NOPE"), QStringLiteral("--out"), pdf});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("NOPE")));
    CHECK(cli.run(args({"report", "2026", "X"})).code == 2);
    CHECK(cli.run(args({"report", "2026", "--out", "x.pdf"})).code == 2);
}

TEST_CASE("cli: a county's reports go one file per unit, or all into one PDF") {
    Cli cli;
    const QJsonArray results = setUpDemo(cli);
    const QString county = results[0].toObject()[QStringLiteral("county")].toString();
    QStringList names;
    for (const QJsonValue& value : results)
        if (value.toObject()[QStringLiteral("county")].toString() == county)
            names << value.toObject()[QStringLiteral("name")].toString();
    REQUIRE(names.size() > 3);

    const QString folder = cli.path(QStringLiteral("reports"));
    cli.ok({QStringLiteral("report"), QStringLiteral("2026"), QStringLiteral("--county"), county,
            QStringLiteral("--out"), folder});
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(files.size() == names.size());

    const QString combined = cli.path(QStringLiteral("county.pdf"));
    cli.ok({QStringLiteral("report"), QStringLiteral("2026"), QStringLiteral("--county"), county,
            QStringLiteral("--out"), combined});
    CHECK(pdfPages(combined) >= names.size());
    const QString text = pdfText(combined);
    for (const QString& name : names)
        CHECK(text.contains(name));
    // No page ends with a section heading: a heading starts the page its text is on.
    const QRegularExpression heading(QStringLiteral("^[一二三四五六七]、"));
    for (const QString& page : text.split(QLatin1Char('\f'))) {
        QStringList lines;
        for (const QString& line : page.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty() && !line.contains(QStringLiteral("廉洁细胞考评报告 ·")) &&
                !line.contains(QStringLiteral("页")))
                lines << line.trimmed();
        if (!lines.isEmpty()) {
            INFO(page.toStdString());
            CHECK_FALSE(heading.match(lines.last()).hasMatch());
        }
    }
}

TEST_CASE("cli: the rating report as .docx reads in LibreOffice with the unit, total and grade") {
    Cli cli;
    const QJsonArray results = setUpDemo(cli);
    const QJsonObject unit = firstWhere(results, "named");
    const QString code = unit[QStringLiteral("unit")].toString();
    const QString docx = cli.path(QStringLiteral("report.docx"));
    cli.ok({QStringLiteral("report"), QStringLiteral("2026"), code, QStringLiteral("--out"), docx});
    CHECK(tool(python, {script("check_docx.py"), docx}).trimmed() == QStringLiteral("ok"));

    // LibreOffice, a real client, turns it into a PDF: the same particulars and figures.
    const QString pdf = officePdf(cli, docx);
    QString text = pdfText(pdf);
    INFO(text.toStdString());
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(QStringLiteral("2026年度廉洁细胞考评报告")));
    CHECK(text.contains(unit[QStringLiteral("name")].toString()));
    CHECK(text.contains(code));
    CHECK(text.contains(QString::number(unit[QStringLiteral("total")].toDouble(), 'f', 1)));
    CHECK(text.contains(unit[QStringLiteral("grade")].toString() == QLatin1String("excellent")
                            ? QStringLiteral("优秀")
                            : QStringLiteral("合格")));
    for (const char* section : {"考评细则得分", "群众满意度测评", "考评流程记录", "签字", "第1页"})
        CHECK(text.contains(QString::fromUtf8(section)));
    CHECK(tool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("(A4)")));

    // A unit that is not enrolled writes nothing.
    const QString none = cli.path(QStringLiteral("none.docx"));
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("2026"), QStringLiteral("NOPE"),
                   QStringLiteral("--out"), none})
              .code == 1);
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("cli: the naming notice names every named unit under its decision number") {
    Cli cli;
    const QJsonArray results = setUpDemo(cli);
    const QString pdf = cli.path(QStringLiteral("naming.pdf"));
    const Run written = cli.ok(
        {QStringLiteral("naming-list"), QStringLiteral("2026"), QStringLiteral("--out"), pdf});
    CHECK(written.err.contains(QStringLiteral("campaign set 2026 --issuer"))); // none set
    QString text = pdfText(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    int named = 0;
    for (const QJsonValue& value : results) {
        const QJsonObject unit = value.toObject();
        if (unit[QStringLiteral("state")].toString() != QLatin1String("named"))
            continue;
        ++named;
        CHECK(text.contains(unit[QStringLiteral("name")].toString()));
    }
    REQUIRE(named > 0);
    CHECK(text.contains(QStringLiteral("等%1个单位").arg(named)));
    CHECK(text.contains(QStringLiteral("示委〔2027〕1号")));
    CHECK(text.contains(QStringLiteral("廉洁机关（")));
    CHECK(text.contains(QStringLiteral("（发文机关）文件")));
}

TEST_CASE("cli: the summary workbook matches result when read by openpyxl") {
    Cli cli;
    setUpDemo(cli);
    const QString xlsx = cli.path(QStringLiteral("summary.xlsx"));
    cli.ok({QStringLiteral("export-excel"), QStringLiteral("2026"), QStringLiteral("--out"), xlsx});
    const QString json =
        cli.write(QStringLiteral("result.json"),
                  cli.ok(args({"result", "2026", "--format", "json"})).out.toUtf8());
    CHECK(tool(python, {script("check_workbook.py"), xlsx, json}).trimmed() ==
          QStringLiteral("ok"));
    // Printing: A4, one page wide, wide sheets landscape, charts inside the printed area.
    CHECK(tool(python, {script("check_print_setup.py"), xlsx}).trimmed() == QStringLiteral("ok"));
    // As LibreOffice Calc prints it: 汇总's first and last columns on one page, both county
    // charts on the page of their table, every page A4.
    const QString pdf = officePdf(cli, xlsx);
    CHECK(tool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("(A4)")));
    const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
    CHECK(pages.size() < 40);
    CHECK(pages.value(0).contains(QStringLiteral("县区")));
    CHECK(pages.value(0).contains(QStringLiteral("平均总分")));
    bool charts = false;
    for (const QString& page : pages)
        if (page.contains(QStringLiteral("各县区考评等次分布")))
            charts = page.contains(QStringLiteral("各县区合格率与优秀率")) &&
                     page.contains(QStringLiteral("合格率"));
    CHECK(charts);
    CHECK(cli.run(args({"export-excel", "2026"})).code == 2);
    CHECK(cli.run(args({"export-excel", "2031", "--out", "x.xlsx"})).code == 1);
}

TEST_CASE("cli: a template filled in by another program imports as self-check scores") {
    Cli cli;
    cli.ok(args({"init"}));
    cli.ok({QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--new-counties"),
            cli.write(QStringLiteral("units.csv"),
                      "单位编码,单位名称,类别,县区\nA001,利州区财政局,agency,利州区\n")});
    cli.ok(args({"campaign", "create", "2026"}));
    cli.ok(args({"campaign", "enroll", "2026"}));
    const QString blank = cli.path(QStringLiteral("template.xlsx"));
    cli.ok({QStringLiteral("template"), QStringLiteral("廉洁机关"), QStringLiteral("--year"),
            QStringLiteral("2026"), QStringLiteral("--out"), blank});
    const QString filled = cli.path(QStringLiteral("filled.xlsx"));
    const int indicators =
        tool(python, {script("fill_template.py"), blank, filled, QStringLiteral("A001")})
            .trimmed()
            .toInt();
    REQUIRE(indicators >= 8);
    const Run imported =
        cli.ok({QStringLiteral("score"), QStringLiteral("import"), QStringLiteral("2026"), filled,
                QStringLiteral("--step"), QStringLiteral("self")});
    CHECK(imported.out.contains(QStringLiteral("imported %1 self scores").arg(indicators)));
    const QJsonArray history = cli.json(args({"history", "A001", "--format", "json"}));
    int selfScores = 0;
    for (const QJsonValue& value : history)
        selfScores += value.toObject()[QStringLiteral("field")].toString().startsWith(
            QStringLiteral("self:"));
    CHECK(selfScores == indicators);

    // Without a unit code the import is refused and stores nothing.
    const QString anonymous = cli.path(QStringLiteral("anonymous.xlsx"));
    tool(python, {script("fill_template.py"), blank, anonymous});
    const Run refused =
        cli.run({QStringLiteral("score"), QStringLiteral("import"), QStringLiteral("2026"),
                 anonymous, QStringLiteral("--step"), QStringLiteral("self")});
    CHECK(refused.code == 1);
    INFO(refused.err.toStdString());
    CHECK(refused.err.contains(QStringLiteral("单位编码")));
}
