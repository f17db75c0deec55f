// Types as offices write them: short names, aliases, refusals that name both types; and the
// cells people type (full-width digits, spaces, yes/no marks).
#include "TestDatabase.h"
#include "core/common/CellText.h"
#include "core/common/Points.h"
#include "core/registry/TypeRepository.h"
#include "core/storage/Schema.h"

using namespace lianping;
using namespace lianping::test;

namespace {
QString codeOf(TypeRepository& types, const char* text) {
    const Result<UnitType> type = types.resolve(QString::fromUtf8(text));
    return type ? type->code : QStringLiteral("error: ") + type.error().message;
}
} // namespace

TEST_CASE("a type is recognised by code, name, short name and alias") {
    TestDatabase t;
    TypeRepository types(t.db());
    const std::pair<const char*, const char*> cases[] = {{"机关", "agency"},
                                                         {"学校", "school"},
                                                         {"医院", "hospital"},
                                                         {"企业", "enterprise"},
                                                         {"中介", "intermediary"},
                                                         {"村庄", "village"},
                                                         {"社区", "community"},
                                                         {"家庭", "family"},
                                                         {"廉洁机关", "agency"},
                                                         {"清廉学校", "school"},
                                                         {"AGENCY", "agency"},
                                                         {" school ", "school"},
                                                         {"\u3000医院\u3000", "hospital"},
                                                         {"村居", "village"},
                                                         {"村社", "village"},
                                                         {"国企", "enterprise"},
                                                         {"民企", "enterprise"},
                                                         {"家风", "family"},
                                                         {"清廉村社", "village"}};
    for (const auto& [text, code] : cases) {
        INFO(text);
        CHECK(codeOf(types, text) == QString::fromLatin1(code));
    }
    CHECK_THAT(failure(types.resolve(QStringLiteral("城堡"))),
               Catch::Contains("城堡") && Catch::Contains("机关") && Catch::Contains("家庭"));
    CHECK_FALSE(types.find(QString()));
}

TEST_CASE("types alias adds names, shows them, and refuses one that names another type") {
    TestDatabase t;
    TypeRepository types(t.db());
    const UnitType agency = require(types.addAliases(
        QStringLiteral("机关"), {QStringLiteral("党政机关"), QStringLiteral("部门")}));
    CHECK(agency.aliases.contains(QStringLiteral("党政机关")));
    CHECK(codeOf(types, "部门") == QStringLiteral("agency"));
    for (const UnitType& type : types.list())
        if (type.code == QStringLiteral("village"))
            CHECK(type.aliases == QStringList{QStringLiteral("村居"), QStringLiteral("村社")});
    const QByteArray before = t.snapshot();
    CHECK_THAT(failure(types.addAliases(QStringLiteral("agency"), {QStringLiteral("学校")})),
               Catch::Contains("学校") && Catch::Contains("廉洁学校"));
    CHECK_THAT(failure(types.addAliases(QStringLiteral("agency"), {QStringLiteral("村居")})),
               Catch::Contains("廉洁村庄"));
    CHECK_THAT(failure(types.addAliases(QStringLiteral("castle"), {QStringLiteral("城堡")})),
               Catch::Contains("castle"));
    CHECK(t.snapshot() == before);
    // An office's own type gets its short name too, and cannot take a name already used.
    require(types.add(QStringLiteral("township"), QStringLiteral("廉洁乡镇"), QString()));
    CHECK(codeOf(types, "乡镇") == QStringLiteral("township"));
    CHECK_THAT(failure(types.add(QStringLiteral("agency2"), QStringLiteral("清廉机关"), QString())),
               Catch::Contains("already exists"));
}

TEST_CASE("a value that fits two types is refused, naming both") {
    TestDatabase t;
    // A type brought by another office's package may carry a name that is ours too.
    require(t.db().exec("INSERT INTO type_aliases(alias, type_id) "
                        "SELECT '机关', id FROM unit_types WHERE code = 'school'"));
    TypeRepository types(t.db());
    const std::string message = failure(types.resolve(QStringLiteral("机关")));
    CHECK_THAT(message, Catch::Contains("廉洁机关") && Catch::Contains("agency") &&
                            Catch::Contains("廉洁学校") && Catch::Contains("school"));
    CHECK(codeOf(types, "廉洁机关") == QStringLiteral("agency"));
}

TEST_CASE("a database made before aliases gets the default ones when it is opened") {
    TestDatabase t;
    t.reopen(); // no statement of ours holds the table
    require(t.db().exec(undoSchemaV6));
    require(
        t.db().exec("DROP TABLE type_aliases; DROP TABLE retired_keys; ALTER TABLE campaigns DROP "
                    "COLUMN issuer; ALTER TABLE campaigns DROP COLUMN doc_prefix; ALTER TABLE "
                    "campaigns DROP COLUMN addressees; PRAGMA user_version = 2;"));
    t.reopen();
    CHECK(require(Schema::version(t.db())) == Schema::currentVersion);
    TypeRepository types(t.db());
    CHECK(codeOf(types, "村居") == QStringLiteral("village"));
    CHECK(codeOf(types, "国企") == QStringLiteral("enterprise"));
    CHECK(codeOf(types, "家风") == QStringLiteral("family"));
}

TEST_CASE("cells as people type them") {
    CHECK(CellText::number(QStringLiteral("１０")) == QStringLiteral("10"));
    CHECK(CellText::number(QStringLiteral("８．５")) == QStringLiteral("8.5"));
    CHECK(CellText::number(QStringLiteral("\u3000 7.5 \u3000")) == QStringLiteral("7.5"));
    CHECK(CellText::clean(QStringLiteral("\u3000利州区\u00A0")) == QStringLiteral("利州区"));
    CHECK(parseHalfPoints(QStringLiteral("８．５")) == 17);
    CHECK(parseHalfPoints(QStringLiteral("１０")) == 20);
    CHECK(parseHalfPoints(QStringLiteral(" ９ ")) == 18);
    CHECK_FALSE(parseHalfPoints(QStringLiteral("８．３")));
    CHECK_FALSE(parseHalfPoints(QStringLiteral("十")));
    for (const char* yes : {"是", "√", "✓", "Y", "y", "1", "yes", "YES", "Ｙ", "１", "true"}) {
        INFO(yes);
        CHECK(CellText::yesNo(QString::fromUtf8(yes)) == true);
    }
    for (const char* no : {"否", "×", "N", "n", "0", "no", "No", "", " ", "０", "false"}) {
        INFO(no);
        CHECK(CellText::yesNo(QString::fromUtf8(no)) == false);
    }
    CHECK_FALSE(CellText::yesNo(QStringLiteral("maybe")));
    CHECK_FALSE(CellText::yesNo(QStringLiteral("2")));
}
