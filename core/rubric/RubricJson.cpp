#include "RubricJson.h"

#include "core/common/Limits.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdint>
#include <set>

namespace lianping {

namespace {

QString key(const char* name) {
    return QString::fromLatin1(name);
}

Result<QString> requiredString(const QJsonObject& object, const char* name, const QString& where) {
    const QJsonValue value = object.value(key(name));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return fail(CoreText::tr("%1: \"%2\" must be a non-empty string").arg(where, key(name)));
    return value.toString().trimmed();
}

Result<Indicator> parseIndicator(const QJsonValue& value, const QString& where) {
    if (!value.isObject())
        return fail(CoreText::tr("%1: an indicator must be an object").arg(where));
    const QJsonObject object = value.toObject();
    Indicator indicator;
    Result<QString> id = requiredString(object, "id", where);
    if (!id)
        return id.error();
    indicator.code = *id;
    const QString at = QStringLiteral("%1, indicator %2").arg(where, indicator.code);
    Result<QString> text = requiredString(object, "text", at);
    if (!text)
        return text.error();
    indicator.text = *text;
    indicator.guidance = object.value(key("guidance")).toString();
    indicator.evidence = object.value(key("evidence")).toString();
    const QString kind = object.value(key("kind")).toString(QStringLiteral("scored"));
    if (kind != QStringLiteral("scored") && kind != QStringLiteral("veto"))
        return fail(
            CoreText::tr("%1: kind must be \"scored\" or \"veto\", not \"%2\"").arg(at, kind));
    indicator.veto = kind == QStringLiteral("veto");
    const QString scoring = object.value(key("scoring")).toString(QStringLiteral("points"));
    if (scoring != QStringLiteral("points") && scoring != QStringLiteral("deduct"))
        return fail(CoreText::tr("%1: scoring must be \"points\" or \"deduct\", not \"%2\"")
                        .arg(at, scoring));
    indicator.deduct = scoring == QStringLiteral("deduct");
    if (indicator.deduct && indicator.veto)
        return fail(CoreText::tr("%1: a veto indicator cannot be deduction-scored").arg(at));
    const QJsonValue max = object.value(key("max"));
    if (indicator.veto) {
        if (!max.isUndefined() && !max.isNull())
            return fail(CoreText::tr("%1: a veto indicator has no max").arg(at));
    } else {
        if (!max.isDouble())
            return fail(CoreText::tr("%1: \"max\" must be a number").arg(at));
        if (max.toDouble() <= 0)
            return fail(CoreText::tr("%1: max must be greater than 0").arg(at));
        const std::optional<HalfPoints> half = toHalfPoints(max.toDouble());
        if (!half)
            return fail(
                CoreText::tr("%1: max %2 is not a multiple of 0.5").arg(at).arg(max.toDouble()));
        indicator.max = *half;
    }
    return indicator;
}

} // namespace

Result<Rubric> RubricJson::parse(const QByteArray& json, const QString& source) {
    if (json.size() > Limits::RubricFileBytes)
        return fail(CoreText::tr("%1: a rubric of %2 KB is refused (at most %3 KB)")
                        .arg(source)
                        .arg(json.size() / 1024)
                        .arg(Limits::RubricFileBytes / 1024));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(CoreText::tr("%1: invalid JSON at offset %2: %3")
                        .arg(source)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(CoreText::tr("%1: the rubric must be a JSON object").arg(source));
    const QJsonObject root = document.object();
    Rubric rubric;
    Result<QString> type = requiredString(root, "type", source);
    if (!type)
        return type.error();
    rubric.typeCode = *type;
    // The range is checked on the double: converting 1e10 to int first is undefined.
    const QJsonValue year = root.value(key("year"));
    const double yearValue = year.toDouble();
    if (!year.isDouble() || yearValue < 2000 || yearValue > 2200 ||
        yearValue != std::floor(yearValue))
        return fail(CoreText::tr("%1: \"year\" must be a year such as 2026").arg(source));
    rubric.year = static_cast<int>(yearValue);
    Result<QString> title = requiredString(root, "title", source);
    if (!title)
        return title.error();
    rubric.title = *title;
    const QJsonValue dimensions = root.value(key("dimensions"));
    if (!dimensions.isArray() || dimensions.toArray().isEmpty())
        return fail(CoreText::tr("%1: \"dimensions\" must be a non-empty array").arg(source));
    for (const QJsonValue& dimensionValue : dimensions.toArray()) {
        if (!dimensionValue.isObject())
            return fail(CoreText::tr("%1: a dimension must be an object").arg(source));
        const QJsonObject object = dimensionValue.toObject();
        Dimension dimension;
        Result<QString> id = requiredString(object, "id", source + QStringLiteral(", dimension"));
        if (!id)
            return id.error();
        dimension.code = *id;
        const QString where = QStringLiteral("%1, dimension %2").arg(source, dimension.code);
        Result<QString> dimensionTitle = requiredString(object, "title", where);
        if (!dimensionTitle)
            return dimensionTitle.error();
        dimension.title = *dimensionTitle;
        const QJsonValue indicators = object.value(key("indicators"));
        if (!indicators.isArray() || indicators.toArray().isEmpty())
            return fail(CoreText::tr("%1: \"indicators\" must be a non-empty array").arg(where));
        for (const QJsonValue& indicatorValue : indicators.toArray()) {
            Result<Indicator> indicator = parseIndicator(indicatorValue, where);
            if (!indicator)
                return indicator.error();
            dimension.indicators.push_back(std::move(*indicator));
        }
        rubric.dimensions.push_back(std::move(dimension));
    }
    LP_TRY(validate(rubric, source));
    return rubric;
}

Result<void> RubricJson::validate(const Rubric& rubric, const QString& source) {
    const std::vector<RubricProblem> found = problems(rubric);
    if (found.empty())
        return {};
    return fail(QStringLiteral("%1: %2").arg(source, found.front().message));
}

std::vector<RubricProblem> RubricJson::problems(const Rubric& rubric) {
    using Field = RubricProblem::Field;
    std::vector<RubricProblem> found;
    if (rubric.title.trimmed().isEmpty())
        found.push_back({-1, -1, Field::Title, CoreText::tr("the rubric has no title")});
    std::set<QString> ids;
    bool hasScored = false;
    // Summed wide: an imported maximum may be up to 1e8 half-points, and 43 of them wrap an
    // int (Rubric::maxTotal) — to exactly 200, for a rubric that would then be accepted.
    std::int64_t total = 0;
    for (int d = 0; d < static_cast<int>(rubric.dimensions.size()); ++d) {
        const Dimension& dimension = rubric.dimensions[static_cast<std::size_t>(d)];
        if (dimension.code.trimmed().isEmpty())
            found.push_back(
                {d, -1, Field::DimensionCode, CoreText::tr("dimension %1 has no id").arg(d + 1)});
        else if (!ids.insert(dimension.code).second)
            found.push_back({d, -1, Field::DimensionCode,
                             CoreText::tr("id %1 is used twice").arg(dimension.code)});
        if (dimension.title.trimmed().isEmpty())
            found.push_back({d, -1, Field::DimensionTitle,
                             CoreText::tr("dimension %1 has no title").arg(dimension.code)});
        if (dimension.indicators.empty())
            found.push_back({d, -1, Field::DimensionTitle,
                             CoreText::tr("dimension %1 has no indicator").arg(dimension.code)});
        for (int i = 0; i < static_cast<int>(dimension.indicators.size()); ++i) {
            const Indicator& indicator = dimension.indicators[static_cast<std::size_t>(i)];
            if (indicator.code.trimmed().isEmpty())
                found.push_back({d, i, Field::Code,
                                 CoreText::tr("indicator %1 of dimension %2 has no id")
                                     .arg(i + 1)
                                     .arg(dimension.code)});
            else if (!ids.insert(indicator.code).second)
                found.push_back(
                    {d, i, Field::Code,
                     CoreText::tr("indicator id %1 is used twice").arg(indicator.code)});
            if (indicator.text.trimmed().isEmpty())
                found.push_back({d, i, Field::Text,
                                 CoreText::tr("indicator %1 has no text").arg(indicator.code)});
            if (indicator.veto) {
                if (indicator.max)
                    found.push_back({d, i, Field::Max,
                                     CoreText::tr("indicator %1: a veto indicator has no max")
                                         .arg(indicator.code)});
                if (indicator.deduct)
                    found.push_back(
                        {d, i, Field::Deduct,
                         CoreText::tr("indicator %1: a veto indicator cannot be deduction-scored")
                             .arg(indicator.code)});
                continue;
            }
            hasScored = true;
            if (!indicator.max || *indicator.max <= 0)
                found.push_back(
                    {d, i, Field::Max,
                     CoreText::tr("indicator %1: max must be greater than 0").arg(indicator.code)});
            else
                total += *indicator.max;
        }
    }
    if (rubric.dimensions.empty())
        found.push_back({-1, -1, Field::Total, CoreText::tr("the rubric has no dimension")});
    if (!hasScored)
        found.push_back({-1, -1, Field::Total, CoreText::tr("the rubric has no scored indicator")});
    else if (total != 200)
        found.push_back({-1, -1, Field::Total,
                         CoreText::tr("the scored maxima add up to %1, not 100")
                             .arg(total % 2 == 0 ? QString::number(total / 2)
                                                 : QString::number(total / 2.0, 'f', 1))});
    return found;
}

QByteArray RubricJson::serialize(const Rubric& rubric) {
    QJsonArray dimensions;
    for (const Dimension& dimension : rubric.dimensions) {
        QJsonArray indicators;
        for (const Indicator& indicator : dimension.indicators) {
            QJsonObject object{{key("id"), indicator.code}, {key("text"), indicator.text}};
            if (indicator.veto) {
                object.insert(key("kind"), QStringLiteral("veto"));
            } else {
                const HalfPoints max = *indicator.max;
                if (max % 2 == 0)
                    object.insert(key("max"), max / 2);
                else
                    object.insert(key("max"), toPoints(max));
                if (indicator.deduct)
                    object.insert(key("scoring"), QStringLiteral("deduct"));
            }
            if (!indicator.guidance.isEmpty())
                object.insert(key("guidance"), indicator.guidance);
            if (!indicator.evidence.isEmpty())
                object.insert(key("evidence"), indicator.evidence);
            indicators.append(object);
        }
        dimensions.append(QJsonObject{{key("id"), dimension.code},
                                      {key("title"), dimension.title},
                                      {key("indicators"), indicators}});
    }
    const QJsonObject root{{key("type"), rubric.typeCode},
                           {key("year"), rubric.year},
                           {key("title"), rubric.title},
                           {key("dimensions"), dimensions}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace lianping
