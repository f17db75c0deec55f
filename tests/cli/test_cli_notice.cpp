// The naming notice as GB/T 9704-2012 asks, read back by poppler: the type area's place on
// A4, the sizes of title and text, 28 characters a line, page numbers right then left, the
// document number and date as written by rule, embedded fonts, no Kangxi radicals.
#include "cli/CliRunner.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <set>

using namespace lianping::test;

namespace {

constexpr double mmPerPoint = 25.4 / 72.0;

struct Word {
    double left, top, right, bottom; // mm
    QString text;
};
using Page = std::vector<Word>;

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

std::vector<Page> words(const QString& pdf) {
    const QString html =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    std::vector<Page> pages;
    static const QRegularExpression page(QStringLiteral("<page "));
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    for (const QString& chunk : html.split(page).mid(1)) {
        Page words;
        for (auto it = word.globalMatch(chunk); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            words.push_back({m.captured(1).toDouble() * mmPerPoint,
                             m.captured(2).toDouble() * mmPerPoint,
                             m.captured(3).toDouble() * mmPerPoint,
                             m.captured(4).toDouble() * mmPerPoint, m.captured(5)});
        }
        pages.push_back(words);
    }
    return pages;
}

bool isPageNumber(const Word& word) {
    return word.top > 262.5; // under the type area
}

const Word& find(const Page& page, const QString& text) {
    for (const Word& word : page)
        if (word.text.contains(text))
            return word;
    FAIL("no word with " << text.toStdString());
    static Word none;
    return none;
}

// A demo year, the notice settings, and decision 12 naming two of the rechecked units; returns
// the names of every named unit.
QStringList setUp(const Cli& cli) {
    cli.ok(args({"demo", "--units", "1500", "--seed", "5"}));
    cli.ok(args({"campaign", "set", "2026", "--issuer", "中共广元市纪委 广元市监委", "--doc-prefix",
                 "广纪发", "--addressees", "各县（区）纪委监委，市直各部门"}));
    QStringList rechecked;
    for (const QJsonValue& row : cli.json(args({"result", "2026", "--format", "json"}))) {
        const QJsonObject unit = row.toObject();
        if (unit[QStringLiteral("state")].toString() == QLatin1String("city-rechecked") &&
            unit[QStringLiteral("grade")].toString() != QLatin1String("unqualified") &&
            !unit[QStringLiteral("veto")].toBool())
            rechecked << unit[QStringLiteral("unit")].toString();
    }
    REQUIRE(rechecked.size() >= 2);
    rechecked = rechecked.mid(0, 2);
    cli.ok(QStringList{QStringLiteral("name"), QStringLiteral("2026"), QStringLiteral("--decision"),
                       QStringLiteral("１２"), QStringLiteral("--date"),
                       QStringLiteral("2026-12-02")} +
           rechecked);
    QStringList names;
    for (const QJsonValue& row : cli.json(args({"result", "2026", "--format", "json"})))
        if (row.toObject()[QStringLiteral("state")].toString() == QLatin1String("named"))
            names << row.toObject()[QStringLiteral("name")].toString();
    return names;
}

} // namespace

TEST_CASE("cli: the naming notice keeps GB/T 9704's type area, sizes, grid and page numbers") {
    Cli cli;
    const QStringList named = setUp(cli);
    const QString pdf = cli.path(QStringLiteral("notice.pdf"));
    const Run written = cli.ok(args({"naming-list", "2026", "--out"}) << pdf);
    CHECK(written.err.isEmpty()); // the issuer is set: no warning

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("595 x 842 pts (A4)")));
    const std::vector<Page> pages = words(pdf);
    REQUIRE(pages.size() >= 3);

    // Every page: the text block starts at 28 mm from the left and 37 mm from the top and
    // stays inside the 156 × 225 mm type area; page numbers 7 mm under it.
    for (std::size_t p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        double left = 1e9, top = 1e9, right = 0, bottom = 0;
        for (const Word& word : pages[p]) {
            if (isPageNumber(word))
                continue;
            left = std::min(left, word.left);
            top = std::min(top, word.top);
            right = std::max(right, word.right);
            bottom = std::max(bottom, word.bottom);
        }
        // A page of the list may hold only indented lines (二字 in).
        CHECK(left >= 27);
        CHECK(left <= 28 + 2 * 156.0 / 28 + 1);
        if (p < 2)
            CHECK(std::abs(left - 28) <= 1);
        CHECK(std::abs(top - 37) <= 1);
        CHECK(right <= 184 + 1);
        CHECK(bottom <= 262 + 1);
    }

    // Title 22 pt, text 16 pt (a word's box is one em high).
    const Word& title = find(pages[0], QStringLiteral("关于命名2026年度廉洁细胞的通知"));
    CHECK(std::abs((title.bottom - title.top) / mmPerPoint - 22) <= 1);
    const Word& addressees = find(pages[0], QStringLiteral("各县（区）纪委监委，市直各部门："));
    CHECK(std::abs((addressees.bottom - addressees.top) / mmPerPoint - 16) <= 1);
    CHECK(std::abs(addressees.left - 28) <= 0.5); // 主送机关顶格

    // Document number under the mark, centred; date in Arabic numerals, right of centre.
    const Word& number = find(pages[0], QStringLiteral("广纪发〔2026〕12号"));
    CHECK(std::abs((number.left + number.right) / 2 - 106) <= 2);
    const Word& date = find(pages[0], QStringLiteral("2026年12月2日"));
    CHECK(date.right > 150);
    CHECK(date.right < 184 - 3 * 5.5); // 右空四字

    // Page numbers: "— 1 —" right on page 1, "— 2 —" left on page 2, 4号 (14 pt).
    QString first, second;
    double firstRight = 0, secondLeft = 1e9;
    for (const Word& word : pages[0])
        if (isPageNumber(word)) {
            first += word.text;
            firstRight = std::max(firstRight, word.right);
        }
    for (const Word& word : pages[1])
        if (isPageNumber(word)) {
            second += word.text;
            secondLeft = std::min(secondLeft, word.left);
        }
    CHECK(first == QStringLiteral("—1—"));
    CHECK(second == QStringLiteral("—2—"));
    CHECK(firstRight > 170);
    CHECK(firstRight < 184);
    CHECK(secondLeft > 28);
    CHECK(secondLeft < 40);

    // 22 lines a page, 28 characters a full line: the attachment's list fills its pages.
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    int full = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        INFO(line.toStdString());
        // A half-width digit takes half a cell.
        double cells = 0;
        for (const QChar c : line)
            cells += c.unicode() < 32 ? 0 : c.unicode() < 128 ? 0.5 : 1;
        CHECK(cells <= 28);
        if (cells == 28)
            ++full;
    }
    CHECK(full > 10);
    std::size_t most = 0;
    for (const Page& page : pages) {
        std::set<long> lineTops;
        for (const Word& word : page)
            if (!isPageNumber(word))
                lineTops.insert(std::lround(word.top * 10));
        CHECK(lineTops.size() <= 22);
        most = std::max(most, lineTops.size());
    }
    CHECK(most == 22);
    // No heading ends a page: the last line of every full page is not a heading.
    static const QRegularExpression heading(
        QStringLiteral("^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)"));
    for (const QString& page : text.split(QLatin1Char('\f'))) {
        QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString& line) { return line.contains(QStringLiteral("—")); });
        if (lines.size() > 5) {
            INFO(lines.last().toStdString());
            CHECK_FALSE(heading.match(lines.last()).hasMatch());
        }
    }

    // The attachment lists every named unit, by type then county; text extracts as written.
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("— \\d+ —"))); // a name may go on over a page
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(compact.contains(QStringLiteral("附件：2026年度廉洁细胞命名名单")));
    CHECK(compact.contains(QStringLiteral("一、廉洁")));
    CHECK(compact.contains(QStringLiteral("（一）")));
    for (const QChar c : text)
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)); // Kangxi radicals
    REQUIRE(named.size() > 2);
    for (const QString& name : named)
        CHECK(compact.contains(name));

    // Fonts embedded.
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString& line : lines)
        CHECK(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+yes\\s"))));
}

TEST_CASE("cli: one decision's notice, and a year without namings refused with the way on") {
    Cli cli;
    setUp(cli);
    const QString pdf = cli.path(QStringLiteral("one.pdf"));
    cli.ok(QStringList{QStringLiteral("naming-list"), QStringLiteral("2026"),
                       QStringLiteral("--out"), pdf, QStringLiteral("--decision"),
                       QStringLiteral("１２")});
    QString compact = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(compact.contains(QStringLiteral("广纪发〔2026〕12号")));
    CHECK(compact.contains(QStringLiteral("等2个单位")));
    CHECK_FALSE(compact.contains(QStringLiteral("示委〔2027〕1号")));

    const Run unknown = cli.run(QStringList{QStringLiteral("naming-list"), QStringLiteral("2026"),
                                            QStringLiteral("--out"), pdf,
                                            QStringLiteral("--decision"), QStringLiteral("99")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("示委〔2027〕1号")));

    cli.ok(args({"campaign", "create", "2027"}));
    const Run none =
        cli.run(args({"naming-list", "2027", "--out"}) << cli.path(QStringLiteral("none.pdf")));
    CHECK(none.code == 1);
    CHECK(none.err.contains(QStringLiteral("name units first")));
    CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("none.pdf"))));
}

TEST_CASE("cli: campaign set keeps the notice's issuer, prefix and addressees, with history") {
    Cli cli;
    cli.ok(args({"campaign", "create", "2026"}));
    const Run set = cli.ok(
        args({"campaign", "set", "2026", "--issuer", "中共示例市纪委", "--doc-prefix", "示纪发"}));
    CHECK(set.out.contains(QStringLiteral("中共示例市纪委")));
    const Run shown = cli.ok(args({"campaign", "show", "2026"}));
    CHECK(shown.out.contains(QStringLiteral("issuer 中共示例市纪委")));
    CHECK(shown.out.contains(QStringLiteral("document prefix 示纪发")));
    const Run control = cli.run(QStringList{QStringLiteral("campaign"), QStringLiteral("set"),
                                            QStringLiteral("2026"), QStringLiteral("--issuer"),
                                            QStringLiteral("a\tb")});
    CHECK(control.code == 1);
    CHECK(cli.run(args({"campaign", "set", "2026"})).code == 2);
    CHECK(cli.run(args({"campaign", "set", "2031", "--issuer", "x"})).code == 1);
    // Without an issuer the notice is written with a blank to fill, and says so.
    cli.ok(args({"campaign", "set", "2026", "--issuer", ""}));
    CHECK(cli.ok(args({"campaign", "show", "2026"})).out.contains(QStringLiteral("issuer \n")));
}

TEST_CASE(
    "cli: names with rare characters, long names, Latin and punctuation lay out on the grid") {
    Cli cli;
    cli.ok(args({"demo", "--units", "300", "--seed", "5"}));
    QStringList named;
    for (const QJsonValue& row : cli.json(args({"result", "2026", "--format", "json"})))
        if (row.toObject()[QStringLiteral("state")].toString() == QLatin1String("named"))
            named << row.toObject()[QStringLiteral("unit")].toString();
    REQUIRE(named.size() >= 3);
    const QStringList names{QStringLiteral("犇鱻镇羴村股份经济合作社"),
                            QString(60, QChar(u'廉')) + QStringLiteral("（一）"),
                            QStringLiteral("“清风”ABC2026科技有限公司")};
    for (int i = 0; i < names.size(); ++i)
        cli.ok({QStringLiteral("units"), QStringLiteral("edit"), named[i], QStringLiteral("--name"),
                names[i]});
    const QString pdf = cli.path(QStringLiteral("rare.pdf"));
    cli.ok(args({"naming-list", "2026", "--out"}) << pdf);
    QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        double cells = 0;
        for (const QChar c : line)
            cells += c.unicode() < 32 || c.isLowSurrogate() ? 0 : c.unicode() < 128 ? 0.5 : 1;
        INFO(line.toStdString());
        CHECK(cells <= 28);
    }
    text.remove(QRegularExpression(QStringLiteral("— \\d+ —")));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString& name : names)
        CHECK(text.contains(name));
}
