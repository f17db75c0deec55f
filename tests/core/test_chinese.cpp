// With the zh_CN catalogue loaded, what core says comes back in Chinese: labels (the same text
// documents print), error messages, history lines. No label is left as a raw code.
#include "TestDatabase.h"
#include "core/common/Labels.h"
#include "core/history/History.h"
#include "core/history/HistoryText.h"
#include "core/io/UnitImporter.h"
#include "core/registry/TypeRepository.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/ScoreRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

using namespace lianping;
using namespace lianping::test;

namespace {

class Chinese {
public:
    Chinese() {
        REQUIRE(m_translator.load(QStringLiteral(LIANPING_ZH_QM)));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Chinese() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

// A Latin word of two letters or more that is not a code (codes carry digits: A001, D1.1).
bool hasEnglish(const QString& text) {
    static const QRegularExpression word(
        QStringLiteral("(?<![A-Za-z0-9_.])[A-Za-z]{2,}(?![A-Za-z0-9_])"));
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString found = it.next().captured();
        if (found != QLatin1String("csv") && found != QLatin1String("lpdb"))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("zh_CN: every label is the documents' Chinese") {
    Chinese zh;
    using L = Labels::Language;
    const char* states[] = {"",      "draft",    "submitted", "county-accepted", "city-rechecked",
                            "named", "returned", "revoked"};
    for (const char* code : states) {
        INFO(code);
        const QString c = QString::fromLatin1(code);
        CHECK(Labels::state(c) == Labels::state(c, L::Chinese));
        CHECK_FALSE(hasEnglish(Labels::state(c)));
    }
    auto same = [&](auto label, std::initializer_list<const char*> codes) {
        for (const char* code : codes) {
            INFO(code);
            const QString c = QString::fromLatin1(code);
            CHECK(label(c, L::Interface) == label(c, L::Chinese));
            CHECK(label(c, L::Interface) != c);
            CHECK_FALSE(hasEnglish(label(c, L::Interface)));
        }
    };
    same(&Labels::grade, {"excellent", "qualified", "unqualified"});
    same(&Labels::step, {"self", "county", "city"});
    same(&Labels::status, {"open", "done", "cancelled", "verified"});
    same(&Labels::followUpKind, {"admonition", "organisational"});
    same(&Labels::recordKind, {"unit", "enrollment", "sheet", "naming", "revocation",
                               "rectification", "sample", "followup"});
    same(&Labels::field, {"name", "type", "county", "lead", "demo", "contact", "active", "state",
                          "scores", "survey", "vetoes"});
    CHECK(Labels::yesNo(true) == QStringLiteral("是"));
    CHECK(Labels::recordKey(QStringLiteral("sheet/2026/A001/city")) ==
          QStringLiteral("2026 年 A001 市级复查评分表"));
    CHECK(Labels::recordKey(QStringLiteral("unit/U0000005")) == QStringLiteral("单位 U0000005"));
    CHECK(Labels::ballots(QStringLiteral("45/10/5")) ==
          QStringLiteral("满意 45、基本满意 10、不满意 5"));
}

TEST_CASE("zh_CN: core's error messages come back in Chinese") {
    TestDatabase t;
    Chinese zh;
    t.addUnit(QStringLiteral("X001"), QStringLiteral("已有单位"));
    const std::string unknown = failure(TypeRepository(t.db()).resolve(QStringLiteral("城堡")));
    CHECK_THAT(unknown, Catch::Contains("未知类别"));
    const QString path = t.write(QStringLiteral("bad.csv"),
                                 "单位编码,单位名称,类别,县区,示范点\nA1,甲,机关,利州区,也许\n");
    const QString demo = QString::fromStdString(failure(UnitImporter(t.db()).importFile(path)));
    CHECK(demo.contains(QStringLiteral("第 2 行")));
    CHECK_FALSE(hasEnglish(demo.section(QStringLiteral("bad.csv"), 1)));
    const QString near = QString::fromStdString(failure(UnitRepository(t.db()).update(
        QStringLiteral("X001"), QStringLiteral("county"), QStringLiteral("利州"))));
    CHECK(near.contains(QStringLiteral("您是否指的是")));
    CHECK_FALSE(hasEnglish(near));
}

TEST_CASE("zh_CN: history lines have no raw codes") {
    TestDatabase t;
    t.addUnit(QStringLiteral("A1"), QStringLiteral("利州区财政局"));
    require(UnitRepository(t.db()).update(QStringLiteral("A1"), QStringLiteral("demo"),
                                          QStringLiteral("是")));
    require(UnitRepository(t.db()).update(QStringLiteral("A1"), QStringLiteral("type"),
                                          QStringLiteral("学校")));
    t.createCampaign(2026);
    t.enroll(2026, QStringLiteral("A1"));
    t.scoreAll(2026, QStringLiteral("A1"), Step::County, 5);
    require(ScoreRepository(t.db()).setSurvey(2026, QStringLiteral("A1"), Step::County,
                                              Survey{45, 10, 5}));
    t.advanceTo(2026, QStringLiteral("A1"), QStringLiteral("submitted"));
    t.advanceTo(2026, QStringLiteral("A1"), QStringLiteral("county-accepted"));
    Chinese zh;
    const std::vector<HistoryEntry> entries =
        History::forUnit(t.db(), UnitRepository(t.db()).find(QStringLiteral("A1"))->id);
    REQUIRE(entries.size() > 5);
    QStringList lines;
    for (const HistoryEntry& entry : entries) {
        const QString line = HistoryText::describe(entry);
        INFO(line.toStdString());
        CHECK_FALSE(hasEnglish(line.section(QStringLiteral("  "), 2))); // after time, operator
        lines << line;
    }
    const QString all = lines.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("满意 45、基本满意 10、不满意 5")));
    CHECK(all.contains(QStringLiteral("县区考评 得分")));
    CHECK(all.contains(QStringLiteral("县区已验收")));
    CHECK(all.contains(QStringLiteral("廉洁机关 → 廉洁学校")));
}
