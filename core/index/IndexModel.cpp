#include "IndexModel.h"

#include "core/common/CoreText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <set>

namespace lianping {

namespace {

constexpr double weightTolerance = 1e-6;

const std::pair<MeasureSource, const char*> sources[] = {
    {MeasureSource::Assessment, "assessment"},
    {MeasureSource::PassRate, "pass_rate"},
    {MeasureSource::ExcellentRate, "excellent_rate"},
    {MeasureSource::TaskRate, "task_rate"},
    {MeasureSource::Survey, "survey"},
    {MeasureSource::Manual, "manual"}};

Result<double> weightOf(const QJsonObject& object, const QString& where) {
    const QJsonValue value = object.value(QStringLiteral("weight"));
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
        return fail(CoreText::tr("%1: weight must be a number from 0 to 1").arg(where));
    return value.toDouble();
}

Result<void> checkSum(double sum, const QString& where) {
    if (std::abs(sum - 1.0) > weightTolerance)
        return fail(CoreText::tr("%1: the weights add up to %2, not 1").arg(where).arg(sum));
    return {};
}

Result<QString> nameOf(const QJsonObject& object, const QString& where) {
    const QString name = object.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return fail(CoreText::tr("%1: a name is needed").arg(where));
    return name;
}

} // namespace

QString sourceName(MeasureSource source) {
    for (const auto& [value, name] : sources)
        if (value == source)
            return QString::fromLatin1(name);
    return {};
}

Result<IndexModel> IndexModel::fromJson(const QByteArray& json, const QStringList& knownTypes,
                                        const QString& source) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(CoreText::tr("%1: not a JSON object (%2 at byte %3)")
                        .arg(source, error.errorString())
                        .arg(error.offset));
    const QJsonObject root = document.object();
    IndexModel model;
    model.year = root.value(QStringLiteral("year")).toInt();
    if (model.year < 2000 || model.year > 2200)
        return fail(CoreText::tr("%1: \"year\" must be a year such as 2026").arg(source));
    model.title = root.value(QStringLiteral("title")).toString().trimmed();
    const QJsonArray dimensions = root.value(QStringLiteral("dimensions")).toArray();
    if (dimensions.isEmpty())
        return fail(
            CoreText::tr("%1: \"dimensions\" must list at least one dimension").arg(source));
    double dimensionSum = 0;
    std::set<QString> aspectNames;
    std::set<QString> dimensionNames;
    for (int d = 0; d < dimensions.size(); ++d) {
        const QJsonObject dim = dimensions[d].toObject();
        const QString where = CoreText::tr("%1: dimension %2").arg(source).arg(d + 1);
        IndexDimension dimension;
        Result<QString> name = nameOf(dim, where);
        if (!name)
            return name.error();
        dimension.name = *name;
        if (!dimensionNames.insert(dimension.name).second)
            return fail(CoreText::tr("%1: dimension %2 appears twice").arg(source, dimension.name));
        Result<double> weight = weightOf(dim, where + QStringLiteral(" ") + dimension.name);
        if (!weight)
            return weight.error();
        dimension.weight = *weight;
        dimensionSum += *weight;
        const QJsonArray aspects = dim.value(QStringLiteral("aspects")).toArray();
        if (aspects.isEmpty())
            return fail(
                CoreText::tr("%1 (%2): list at least one aspect").arg(where, dimension.name));
        double aspectSum = 0;
        for (int a = 0; a < aspects.size(); ++a) {
            const QJsonObject asp = aspects[a].toObject();
            const QString aspectWhere =
                CoreText::tr("%1 (%2), aspect %3").arg(where, dimension.name).arg(a + 1);
            IndexAspect aspect;
            Result<QString> aspectName = nameOf(asp, aspectWhere);
            if (!aspectName)
                return aspectName.error();
            aspect.name = *aspectName;
            if (!aspectNames.insert(aspect.name).second)
                return fail(CoreText::tr("%1: aspect %2 appears twice").arg(source, aspect.name));
            Result<double> aspectWeight = weightOf(asp, aspectWhere);
            if (!aspectWeight)
                return aspectWeight.error();
            aspect.weight = *aspectWeight;
            aspectSum += *aspectWeight;
            const QJsonArray measures = asp.value(QStringLiteral("measures")).toArray();
            if (measures.isEmpty())
                return fail(CoreText::tr("%1 (%2): list at least one measure")
                                .arg(aspectWhere, aspect.name));
            double measureSum = 0;
            for (int m = 0; m < measures.size(); ++m) {
                const QJsonObject mea = measures[m].toObject();
                const QString measureWhere =
                    CoreText::tr("%1 (%2), measure %3").arg(aspectWhere, aspect.name).arg(m + 1);
                IndexMeasure measure;
                const QString sourceText = mea.value(QStringLiteral("source")).toString();
                bool found = false;
                for (const auto& [value, text] : sources)
                    if (sourceText == QLatin1String(text)) {
                        measure.source = value;
                        found = true;
                    }
                if (!found)
                    return fail(CoreText::tr("%1: source '%2' is none of assessment, pass_rate, "
                                             "excellent_rate, task_rate, survey, manual")
                                    .arg(measureWhere, sourceText));
                Result<double> measureWeight = weightOf(mea, measureWhere);
                if (!measureWeight)
                    return measureWeight.error();
                measure.weight = *measureWeight;
                measureSum += *measureWeight;
                for (const QJsonValue& type : mea.value(QStringLiteral("types")).toArray()) {
                    if (!knownTypes.isEmpty() && !knownTypes.contains(type.toString()))
                        return fail(CoreText::tr("%1: unknown unit type '%2'")
                                        .arg(measureWhere, type.toString()));
                    measure.types << type.toString();
                }
                aspect.measures.push_back(measure);
            }
            LP_TRY(checkSum(measureSum,
                            CoreText::tr("%1 (%2), its measures").arg(aspectWhere, aspect.name)));
            dimension.aspects.push_back(std::move(aspect));
        }
        LP_TRY(
            checkSum(aspectSum, CoreText::tr("%1 (%2), its aspects").arg(where, dimension.name)));
        model.dimensions.push_back(std::move(dimension));
    }
    LP_TRY(checkSum(dimensionSum, CoreText::tr("%1: the dimensions").arg(source)));
    return model;
}

QByteArray IndexModel::toJson() const {
    QJsonArray dims;
    for (const IndexDimension& d : dimensions) {
        QJsonArray aspects;
        for (const IndexAspect& a : d.aspects) {
            QJsonArray measures;
            for (const IndexMeasure& m : a.measures) {
                QJsonObject measure{{QStringLiteral("source"), sourceName(m.source)},
                                    {QStringLiteral("weight"), m.weight}};
                if (!m.types.isEmpty())
                    measure.insert(QStringLiteral("types"), QJsonArray::fromStringList(m.types));
                measures.append(measure);
            }
            aspects.append(QJsonObject{{QStringLiteral("name"), a.name},
                                       {QStringLiteral("weight"), a.weight},
                                       {QStringLiteral("measures"), measures}});
        }
        dims.append(QJsonObject{{QStringLiteral("name"), d.name},
                                {QStringLiteral("weight"), d.weight},
                                {QStringLiteral("aspects"), aspects}});
    }
    const QJsonObject root{{QStringLiteral("year"), year},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("dimensions"), dims}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

IndexModel IndexModel::defaultModel(int year) {
    QFile file(QStringLiteral(":/lianping/index/default.json"));
    QByteArray json;
    if (file.open(QIODevice::ReadOnly))
        json = file.readAll();
    // The shipped file says year 0; it is the given year's model until one is imported.
    json.replace("\"year\": 0", QByteArray("\"year\": ") + QByteArray::number(year));
    Result<IndexModel> model = fromJson(json, {}, QStringLiteral("default.json"));
    IndexModel made = model ? *model : IndexModel{};
    made.year = year;
    made.version = 0;
    return made;
}

QStringList IndexModel::aspectNames() const {
    QStringList names;
    for (const IndexDimension& d : dimensions)
        for (const IndexAspect& a : d.aspects)
            names << a.name;
    return names;
}

bool IndexModel::hasAspect(const QString& name) const {
    return aspectNames().contains(name);
}

} // namespace lianping
