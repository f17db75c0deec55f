#include "CampaignRepository.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/common/Ids.h"
#include "core/common/Labels.h"
#include "core/history/History.h"
#include "core/registry/UnitRepository.h"
#include "core/rubric/RubricRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace lianping {

namespace {

Result<void> validate(int year, const CampaignSettings& settings) {
    if (year < 2000 || year > 2200)
        return fail(CoreText::tr("campaign year %1 is not a year such as 2026").arg(year));
    if (settings.orgWeight < 0 || settings.orgWeight > 1)
        return fail(CoreText::tr("--org-weight must be between 0 and 1 (0.7 means 70 %)"));
    if (settings.basicWeight < 0 || settings.basicWeight > 1)
        return fail(CoreText::tr("--basic-weight must be between 0 and 1"));
    if (settings.qualified < 0 || settings.excellent > 100 ||
        settings.qualified > settings.excellent)
        return fail(
            CoreText::tr("thresholds must satisfy 0 ≤ qualified (%1) ≤ excellent (%2) ≤ 100")
                .arg(settings.qualified)
                .arg(settings.excellent));
    if (settings.excellentQuota && (*settings.excellentQuota < 0 || *settings.excellentQuota > 100))
        return fail(CoreText::tr("--excellent-quota must be a percentage between 0 and 100"));
    return {};
}

} // namespace

Result<Campaign> CampaignRepository::create(int year, const CampaignSettings& settings) {
    LP_TRY(validate(year, settings));
    if (find(year))
        return fail(CoreText::tr("campaign %1 already exists").arg(year));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& insert = m_db.cached(
        "INSERT INTO campaigns(uid, year, org_weight, basic_weight, excellent, qualified, "
        "excellent_quota, owner, updated_at) VALUES (?,?,?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, year)
        .bind(3, settings.orgWeight)
        .bind(4, settings.basicWeight)
        .bind(5, settings.excellent)
        .bind(6, settings.qualified)
        .bind(7, settings.excellentQuota)
        .bind(8, m_db.officeId())
        .bind(9, nowMs());
    if (!insert.exec())
        return fail(m_db.lastError());
    const Campaign campaign = *find(year);
    Statement& types = m_db.cached("SELECT id FROM unit_types ORDER BY id");
    std::vector<std::int64_t> typeIds;
    while (types.step())
        typeIds.push_back(types.int64(0));
    for (std::int64_t typeId : typeIds) {
        if (RubricRepository(m_db).resolveForYear(typeId, year)) {
            Result<std::int64_t> rubric = rubricFor(campaign, typeId);
            if (!rubric)
                return rubric.error();
        }
    }
    LP_TRY(History::record(m_db, {std::nullopt,
                                  year,
                                  QStringLiteral("campaign"),
                                  QStringLiteral("created"),
                                  {},
                                  QString::number(year),
                                  {}}));
    LP_TRY(transaction.commit());
    return campaign;
}

Result<void> CampaignRepository::updateSettings(int year, const CampaignSettings& settings) {
    LP_TRY(validate(year, settings));
    const std::optional<Campaign> campaign = find(year);
    if (!campaign)
        return fail(CoreText::tr("no campaign %1").arg(year));
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& update = m_db.cached(
        "UPDATE campaigns SET org_weight = ?, basic_weight = ?, excellent = ?, qualified = ?, "
        "excellent_quota = ?, updated_at = ? WHERE id = ?");
    update.bind(1, settings.orgWeight)
        .bind(2, settings.basicWeight)
        .bind(3, settings.excellent)
        .bind(4, settings.qualified)
        .bind(5, settings.excellentQuota)
        .bind(6, nowMs())
        .bind(7, campaign->id);
    if (!update.exec())
        return fail(m_db.lastError());
    const CampaignSettings& old = campaign->settings;
    auto text = [](std::optional<double> value) {
        return value ? QString::number(*value) : QString();
    };
    const std::pair<const char*, std::pair<QString, QString>> changes[] = {
        {"org_weight", {text(old.orgWeight), text(settings.orgWeight)}},
        {"basic_weight", {text(old.basicWeight), text(settings.basicWeight)}},
        {"excellent", {text(old.excellent), text(settings.excellent)}},
        {"qualified", {text(old.qualified), text(settings.qualified)}},
        {"excellent_quota", {text(old.excellentQuota), text(settings.excellentQuota)}}};
    for (const auto& [field, values] : changes)
        if (values.first != values.second)
            LP_TRY(History::record(m_db, {std::nullopt,
                                          year,
                                          QStringLiteral("campaign"),
                                          QString::fromLatin1(field),
                                          values.first,
                                          values.second,
                                          {}}));
    return transaction.commit();
}

Result<int> CampaignRepository::useRubric(int year, std::int64_t rubricId) {
    const std::optional<Campaign> campaign = find(year);
    if (!campaign)
        return fail(CoreText::tr("no campaign %1").arg(year));
    Statement& rubric = m_db.cached(
        "SELECT r.type_id, t.code, r.year, r.version, (SELECT r2.year || ' v' || r2.version FROM "
        "campaign_rubrics cr JOIN rubrics r2 ON r2.id = cr.rubric_id WHERE cr.campaign_id = ?1 "
        "AND cr.type_id = r.type_id) FROM rubrics r JOIN unit_types t ON t.id = r.type_id "
        "WHERE r.id = ?2");
    if (!rubric.bind(1, campaign->id).bind(2, rubricId).step()) {
        rubric.reset();
        return fail(CoreText::tr("there is no such rubric version"));
    }
    const std::int64_t typeId = rubric.int64(0);
    const QString typeCode = rubric.text(1);
    const QString now = QStringLiteral("%1 v%2").arg(rubric.integer(2)).arg(rubric.integer(3));
    const QString before = rubric.text(4);
    rubric.reset();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& entry = m_db.cached(
        "INSERT INTO campaign_rubrics(campaign_id, type_id, rubric_id) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(campaign_id, type_id) DO UPDATE SET rubric_id = excluded.rubric_id");
    if (!entry.bind(1, campaign->id).bind(2, typeId).bind(3, rubricId).exec())
        return fail(m_db.lastError());
    Statement& moved = m_db.cached(
        "UPDATE enrollments SET rubric_id = ?1, updated_at = ?2 WHERE campaign_id = ?3 AND "
        "rubric_id != ?1 AND unit_id IN (SELECT id FROM units WHERE type_id = ?4)");
    if (!moved.bind(1, rubricId).bind(2, nowMs()).bind(3, campaign->id).bind(4, typeId).exec())
        return fail(m_db.lastError());
    const int count = m_db.changes();
    LP_TRY(History::record(m_db, {std::nullopt,
                                  year,
                                  QStringLiteral("campaign"),
                                  QStringLiteral("rubric:") + typeCode,
                                  before,
                                  now,
                                  {}}));
    LP_TRY(transaction.commit());
    return count;
}

QList<int> CampaignRepository::years() const {
    Statement& query = m_db.cached("SELECT year FROM campaigns ORDER BY year DESC");
    QList<int> years;
    while (query.step())
        years << query.integer(0);
    return years;
}

std::vector<CampaignRubric> CampaignRepository::rubrics(std::int64_t campaignId) const {
    Statement query = m_db.prepare(
        "SELECT t.code, r.year, r.version, (SELECT count(*) FROM enrollments e JOIN units u ON "
        "u.id = e.unit_id "
        "WHERE e.campaign_id = cr.campaign_id AND u.type_id = cr.type_id) FROM campaign_rubrics cr "
        "JOIN unit_types t ON t.id = cr.type_id JOIN rubrics r ON r.id = cr.rubric_id "
        "WHERE cr.campaign_id = ? ORDER BY t.position, t.id");
    query.bind(1, campaignId);
    std::vector<CampaignRubric> rubrics;
    while (query.step())
        rubrics.push_back({query.text(0), query.integer(1), query.integer(2), query.integer(3)});
    return rubrics;
}

std::optional<Campaign> CampaignRepository::find(int year) const {
    Statement& query = m_db.cached(
        "SELECT id, uid, year, org_weight, basic_weight, excellent, qualified, excellent_quota, "
        "issuer, doc_prefix, addressees FROM campaigns WHERE year = ?");
    if (!query.bind(1, year).step())
        return std::nullopt;
    Campaign campaign;
    campaign.id = query.int64(0);
    campaign.uid = query.text(1);
    campaign.year = query.integer(2);
    campaign.settings.orgWeight = query.real(3);
    campaign.settings.basicWeight = query.real(4);
    campaign.settings.excellent = query.real(5);
    campaign.settings.qualified = query.real(6);
    campaign.settings.excellentQuota = query.optReal(7);
    campaign.notice.issuer = query.text(8);
    campaign.notice.docPrefix = query.text(9);
    campaign.notice.addressees = query.text(10);
    query.reset();
    return campaign;
}

Result<Campaign> CampaignRepository::require(int year) const {
    std::optional<Campaign> campaign = find(year);
    if (!campaign)
        return fail(
            CoreText::tr("there is no campaign for %1 (create it with `campaign create %1`)")
                .arg(year));
    return *campaign;
}

Result<void> CampaignRepository::setSurveyMinimum(int year, int minimum) {
    Statement& update =
        m_db.cached("UPDATE campaigns SET survey_min_sample = ?, updated_at = ? WHERE year = ?");
    if (!update.bind(1, minimum).bind(2, nowMs()).bind(3, year).exec())
        return fail(m_db.lastError());
    if (m_db.changes() == 0)
        return fail(CoreText::tr("no campaign %1").arg(year));
    return {};
}

Result<void> CampaignRepository::setNotice(int year, const NoticeSettings& notice) {
    Result<Campaign> campaign = require(year);
    if (!campaign)
        return campaign.error();
    struct Field {
        const char* column;
        const QString& now;
        const QString& wanted;
        int limit;
    };
    const Field fields[] = {{"issuer", campaign->notice.issuer, notice.issuer, 200},
                            {"doc_prefix", campaign->notice.docPrefix, notice.docPrefix, 20},
                            {"addressees", campaign->notice.addressees, notice.addressees, 1000}};
    for (const Field& field : fields) {
        if (field.wanted.size() > field.limit)
            return fail(CoreText::tr("%1 is %2 characters long; at most %3 are accepted")
                            .arg(Labels::field(QString::fromLatin1(field.column)))
                            .arg(field.wanted.size())
                            .arg(field.limit));
        for (QChar c : field.wanted)
            if (c.unicode() < 32)
                return fail(CoreText::tr("%1 contains a control character")
                                .arg(Labels::field(QString::fromLatin1(field.column))));
    }
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    for (const Field& field : fields) {
        if (field.wanted.isNull() || field.wanted.trimmed() == field.now)
            continue;
        const QString value = field.wanted.trimmed();
        Statement update =
            m_db.prepare(QStringLiteral("UPDATE campaigns SET %1 = ?, updated_at = ? WHERE id = ?")
                             .arg(QString::fromLatin1(field.column))
                             .toUtf8()
                             .constData());
        if (!update.bind(1, value).bind(2, nowMs()).bind(3, campaign->id).exec())
            return fail(m_db.lastError());
        LP_TRY(History::record(m_db, {std::nullopt,
                                      year,
                                      QStringLiteral("campaign"),
                                      QString::fromLatin1(field.column),
                                      field.now,
                                      value,
                                      {}}));
    }
    return transaction.commit();
}

Result<std::int64_t> CampaignRepository::rubricFor(const Campaign& campaign, std::int64_t typeId) {
    Statement& query =
        m_db.cached("SELECT rubric_id FROM campaign_rubrics WHERE campaign_id = ? AND type_id = ?");
    if (query.bind(1, campaign.id).bind(2, typeId).step())
        return query.int64(0);
    RubricRepository rubrics(m_db);
    const std::optional<std::int64_t> rubricId = rubrics.resolveForYear(typeId, campaign.year);
    if (!rubricId) {
        Statement& type = m_db.cached("SELECT code FROM unit_types WHERE id = ?");
        type.bind(1, typeId).step();
        return fail(CoreText::tr("type %1 has no rubric: import one with `rubric import`")
                        .arg(type.text(0)));
    }
    Statement& insert =
        m_db.cached("INSERT INTO campaign_rubrics(campaign_id, type_id, rubric_id) VALUES (?,?,?)");
    if (!insert.bind(1, campaign.id).bind(2, typeId).bind(3, *rubricId).exec())
        return fail(m_db.lastError());
    LP_TRY(rubrics.freeze(*rubricId));
    return *rubricId;
}

Result<bool> CampaignRepository::enrollUnit(const Campaign& campaign, std::int64_t unitId,
                                            std::int64_t typeId) {
    Result<std::int64_t> rubricId = rubricFor(campaign, typeId);
    if (!rubricId)
        return rubricId.error();
    Statement& insert = m_db.cached(
        "INSERT INTO enrollments(uid, campaign_id, unit_id, rubric_id, state, owner, updated_at) "
        "VALUES (?,?,?,?,'draft',?,?) ON CONFLICT(campaign_id, unit_id) DO NOTHING");
    insert.bind(1, newUid())
        .bind(2, campaign.id)
        .bind(3, unitId)
        .bind(4, *rubricId)
        .bind(5, m_db.officeId())
        .bind(6, nowMs());
    if (!insert.exec())
        return fail(m_db.lastError());
    return m_db.changes() > 0;
}

Result<int> CampaignRepository::enroll(int year, const UnitFilter& filter,
                                       const QStringList& unitCodes) {
    Result<Campaign> campaign = require(year);
    if (!campaign)
        return campaign.error();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    std::vector<std::pair<std::int64_t, std::int64_t>> units; // unit id, type id
    if (!unitCodes.isEmpty()) {
        Statement& query = m_db.cached("SELECT id, type_id, active FROM units WHERE code = ?");
        for (const QString& code : unitCodes) {
            if (!query.bind(1, code).step()) {
                query.reset();
                return fail(CoreText::tr("unknown unit %1").arg(code));
            }
            if (query.integer(2) == 0) {
                query.reset(); // a statement left on a row would make the next write fail
                return fail(CoreText::tr("unit %1 is retired and cannot be enrolled").arg(code));
            }
            units.emplace_back(query.int64(0), query.int64(1));
            query.reset();
        }
    } else {
        UnitFilter active = filter;
        active.includeRetired = false;
        const UnitRepository::Condition where = UnitRepository::condition(active);
        const QByteArray sql =
            "SELECT u.id, u.type_id FROM units u " + where.where.toUtf8() + " ORDER BY u.id";
        Statement query = m_db.prepare(sql.constData());
        int index = 1;
        for (const QString& param : where.params)
            query.bind(index++, param);
        while (query.step())
            units.emplace_back(query.int64(0), query.int64(1));
    }
    int added = 0;
    for (const auto& [unitId, typeId] : units) {
        Result<bool> enrolled = enrollUnit(*campaign, unitId, typeId);
        if (!enrolled)
            return enrolled.error();
        if (*enrolled) {
            ++added;
            LP_TRY(History::record(m_db, {unitId,
                                          year,
                                          QStringLiteral("enrollment"),
                                          QStringLiteral("state"),
                                          {},
                                          QStringLiteral("draft"),
                                          QStringLiteral("enrolled")}));
        }
    }
    LP_TRY(transaction.commit());
    return added;
}

} // namespace lianping
