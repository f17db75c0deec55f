#include "ReferenceData.h"

#include "core/campaign/CampaignRepository.h"
#include "core/common/CoreText.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageVerifier.h"
#include "core/registry/TypeRepository.h"
#include "core/rubric/RubricJson.h"
#include "core/rubric/RubricRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lianping {

Result<void> ReferenceData::apply(Database& db, const QJsonObject& header,
                                  std::map<QString, std::int64_t>& offices) {
    LP_TRY(applyTypes(db, header.value(QStringLiteral("types")).toArray()));
    LP_TRY(applyRubrics(db, header.value(QStringLiteral("rubrics")).toArray()));
    LP_TRY(applyCampaign(db, header.value(QStringLiteral("campaign")).toObject()));
    for (const QJsonValue& value : header.value(QStringLiteral("offices")).toArray()) {
        const Office office = PackageVerifier::officeFrom(value.toObject());
        if (office.uid.isEmpty())
            return fail(CoreText::tr("the package names an office without an id"));
        Result<std::int64_t> id = OfficeKeys::localId(db, office);
        if (!id)
            return id.error();
        offices[office.uid] = *id;
    }
    return {};
}

Result<void> ReferenceData::applyTypes(Database& db, const QJsonArray& types) {
    TypeRepository repository(db);
    for (const QJsonValue& value : types) {
        const QJsonObject type = value.toObject();
        const QString code = type.value(QStringLiteral("code")).toString();
        if (code.isEmpty() || repository.find(code))
            continue;
        Result<UnitType> added = repository.add(code, type.value(QStringLiteral("name")).toString(),
                                                type.value(QStringLiteral("lead")).toString());
        if (!added)
            return added.error();
    }
    return {};
}

Result<void> ReferenceData::applyRubrics(Database& db, const QJsonArray& rubrics) {
    RubricRepository repository(db);
    for (const QJsonValue& value : rubrics) {
        const QJsonObject entry = value.toObject();
        const QString type = entry.value(QStringLiteral("type")).toString();
        const int year = entry.value(QStringLiteral("year")).toInt();
        const int version = entry.value(QStringLiteral("version")).toInt();
        if (repository.find(type, year, version))
            continue;
        Result<Rubric> parsed =
            RubricJson::parse(entry.value(QStringLiteral("json")).toString().toUtf8(),
                              CoreText::tr("the package's rubric %1 %2").arg(type).arg(year));
        if (!parsed)
            return parsed.error();
        Result<Rubric> added = repository.add(*parsed);
        if (!added)
            return added.error();
        if (added->version != version)
            return fail(CoreText::tr("the package uses rubric %1 %2 version %3, but this database "
                                     "lacks the versions before it")
                            .arg(type)
                            .arg(year)
                            .arg(version));
    }
    return {};
}

Result<void> ReferenceData::applyCampaign(Database& db, const QJsonObject& json) {
    const int year = json.value(QStringLiteral("year")).toInt();
    CampaignRepository campaigns(db);
    if (year == 0 || campaigns.find(year))
        return {};
    CampaignSettings settings;
    settings.orgWeight = json.value(QStringLiteral("org_weight")).toDouble(settings.orgWeight);
    settings.basicWeight =
        json.value(QStringLiteral("basic_weight")).toDouble(settings.basicWeight);
    settings.excellent = json.value(QStringLiteral("excellent")).toDouble(settings.excellent);
    settings.qualified = json.value(QStringLiteral("qualified")).toDouble(settings.qualified);
    if (json.contains(QStringLiteral("excellent_quota")))
        settings.excellentQuota = json.value(QStringLiteral("excellent_quota")).toDouble();
    Result<Campaign> created = campaigns.create(year, settings);
    if (!created)
        return created.error();
    return {};
}

} // namespace lianping
