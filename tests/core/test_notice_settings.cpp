// What the naming notice takes from the campaign (schema v5) and writes by rule: the issuing
// number with hexagonal brackets, the date in Arabic numerals, Chinese ordinals.
#include "TestDatabase.h"
#include "core/campaign/CampaignRepository.h"
#include "core/history/History.h"
#include "core/report/DocumentNumber.h"
#include "core/storage/Schema.h"

using namespace lianping;
using namespace lianping::test;

TEST_CASE("issuing numbers as offices type them print with hexagonal brackets") {
    const QString prefix = QStringLiteral("广纪发");
    CHECK(DocumentNumber::format(QStringLiteral("12"), prefix, 2026) ==
          QStringLiteral("广纪发〔2026〕12号"));
    CHECK(DocumentNumber::format(QStringLiteral("１２号"), prefix, 2026) ==
          QStringLiteral("广纪发〔2026〕12号"));
    CHECK(DocumentNumber::format(QStringLiteral(" 第3号 "), prefix, 2027) ==
          QStringLiteral("广纪发〔2027〕3号"));
    CHECK(DocumentNumber::format(QStringLiteral("012"), prefix, 2026) ==
          QStringLiteral("广纪发〔2026〕12号"));
    for (const char* written :
         {"广委[2026]12号", "广委（2026）12号", "广委(2026)12号", "广委【2026】12号",
          "广委〔2026〕12号", "广委［2026］12号", "广委〔２０２６〕12号"})
        CHECK(DocumentNumber::format(QString::fromUtf8(written), prefix, 2026) ==
              QStringLiteral("广委〔2026〕12号"));
    CHECK(DocumentNumber::format(QStringLiteral("市委办发2号"), prefix, 2026) ==
          QStringLiteral("市委办发2号"));
    CHECK(DocumentNumber::date(QDate(2026, 12, 2)) == QStringLiteral("2026年12月2日"));
    CHECK(DocumentNumber::date(QDate(2027, 1, 15)) == QStringLiteral("2027年1月15日"));
    const char* expected[] = {"一",     "九",   "十",       "十一",     "二十",      "二十三",
                              "九十九", "一百", "一百零五", "一百一十", "一百二十一"};
    const int numbers[] = {1, 9, 10, 11, 20, 23, 99, 100, 105, 110, 121};
    for (int i = 0; i < 11; ++i)
        CHECK(DocumentNumber::chineseNumber(numbers[i]) == QString::fromUtf8(expected[i]));
}

TEST_CASE("the notice settings are the campaign's, kept with history and refused when unfit") {
    TestDatabase t;
    CampaignRepository campaigns(t.db());
    require(campaigns.create(2026, CampaignSettings{}));
    NoticeSettings notice;
    notice.issuer = QStringLiteral(" 中共广元市纪委 广元市监委 ");
    notice.docPrefix = QStringLiteral("广纪发");
    require(campaigns.setNotice(2026, notice));
    Campaign campaign = *campaigns.find(2026);
    CHECK(campaign.notice.issuer == QStringLiteral("中共广元市纪委 广元市监委"));
    CHECK(campaign.notice.docPrefix == QStringLiteral("广纪发"));
    CHECK(campaign.notice.addressees.isEmpty());

    // A null field is left alone; a change keeps the old value in history.
    NoticeSettings prefixOnly;
    prefixOnly.docPrefix = QStringLiteral("广委");
    require(campaigns.setNotice(2026, prefixOnly));
    campaign = *campaigns.find(2026);
    CHECK(campaign.notice.issuer == QStringLiteral("中共广元市纪委 广元市监委"));
    CHECK(campaign.notice.docPrefix == QStringLiteral("广委"));
    Statement history = t.db().prepare("SELECT old_value, new_value FROM history WHERE entity = "
                                       "'campaign' AND field = 'doc_prefix' "
                                       "ORDER BY id");
    REQUIRE(history.step());
    CHECK(history.text(1) == QStringLiteral("广纪发"));
    REQUIRE(history.step());
    CHECK(history.text(0) == QStringLiteral("广纪发"));
    CHECK(history.text(1) == QStringLiteral("广委"));
    history.reset();

    NoticeSettings bad;
    bad.issuer = QString(201, QChar(u'纪'));
    CHECK_THAT(failure(campaigns.setNotice(2026, bad)), Catch::Contains("200"));
    bad.issuer = QStringLiteral("a\nb");
    CHECK_FALSE(campaigns.setNotice(2026, bad).ok());
    CHECK_FALSE(campaigns.setNotice(2031, notice).ok());
    CHECK(campaigns.find(2026)->notice.issuer == QStringLiteral("中共广元市纪委 广元市监委"));
}

TEST_CASE("a version 4 file gains the notice settings and keeps its campaigns") {
    TestDatabase t;
    require(CampaignRepository(t.db()).create(2026, CampaignSettings{}));
    t.reopen();
    require(t.db().exec(undoSchemaV6));
    require(t.db().exec(
        "ALTER TABLE campaigns DROP COLUMN issuer; ALTER TABLE campaigns DROP COLUMN "
        "doc_prefix; ALTER TABLE campaigns DROP COLUMN addressees; PRAGMA user_version = 4;"));
    t.reopen();
    CHECK(require(Schema::version(t.db())) == Schema::currentVersion);
    const std::optional<Campaign> campaign = CampaignRepository(t.db()).find(2026);
    REQUIRE(campaign);
    CHECK(campaign->notice.issuer.isEmpty());
}
