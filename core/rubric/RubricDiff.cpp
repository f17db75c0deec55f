#include "RubricDiff.h"

#include "core/common/CoreText.h"

#include <map>

namespace lianping {

namespace {

struct Placed {
    const Indicator* indicator;
    const Dimension* dimension;
};

std::map<QString, Placed> byCode(const Rubric& rubric) {
    std::map<QString, Placed> placed;
    for (const Dimension& dimension : rubric.dimensions)
        for (const Indicator& indicator : dimension.indicators)
            placed.emplace(indicator.code, Placed{&indicator, &dimension});
    return placed;
}

std::vector<IndicatorChange::Field> differences(const Placed& before, const Placed& after) {
    using Field = IndicatorChange::Field;
    const Indicator& a = *before.indicator;
    const Indicator& b = *after.indicator;
    std::vector<Field> fields;
    if (before.dimension->code != after.dimension->code)
        fields.push_back(Field::Dimension);
    if (a.text != b.text)
        fields.push_back(Field::Text);
    if (a.max != b.max)
        fields.push_back(Field::Max);
    if (a.veto != b.veto)
        fields.push_back(Field::Veto);
    if (a.deduct != b.deduct)
        fields.push_back(Field::Deduct);
    if (a.guidance != b.guidance)
        fields.push_back(Field::Guidance);
    if (a.evidence != b.evidence)
        fields.push_back(Field::Evidence);
    return fields;
}

} // namespace

RubricComparison RubricDiff::compare(const Rubric& from, const Rubric& to) {
    RubricComparison result;
    result.totalBefore = from.maxTotal();
    result.totalAfter = to.maxTotal();
    std::map<QString, const Dimension*> oldDimensions;
    for (const Dimension& dimension : from.dimensions)
        oldDimensions.emplace(dimension.code, &dimension);
    std::map<QString, const Dimension*> newDimensions;
    for (const Dimension& dimension : to.dimensions) {
        newDimensions.emplace(dimension.code, &dimension);
        const auto old = oldDimensions.find(dimension.code);
        if (old == oldDimensions.end())
            result.dimensions.push_back(
                {DimensionChange::Kind::Added, dimension.code, QString(), dimension.title});
        else if (old->second->title != dimension.title)
            result.dimensions.push_back({DimensionChange::Kind::Renamed, dimension.code,
                                         old->second->title, dimension.title});
    }
    for (const Dimension& dimension : from.dimensions)
        if (!newDimensions.count(dimension.code))
            result.dimensions.push_back(
                {DimensionChange::Kind::Removed, dimension.code, dimension.title, QString()});

    const std::map<QString, Placed> before = byCode(from);
    const std::map<QString, Placed> after = byCode(to);
    for (const Dimension& dimension : to.dimensions) {
        for (const Indicator& indicator : dimension.indicators) {
            const auto old = before.find(indicator.code);
            IndicatorChange change;
            change.code = indicator.code;
            change.dimension = dimension.code;
            change.after = indicator;
            if (old == before.end()) {
                change.kind = IndicatorChange::Kind::Added;
            } else {
                change.kind = IndicatorChange::Kind::Changed;
                change.fields = differences(old->second, after.at(indicator.code));
                if (change.fields.empty())
                    continue;
                change.before = *old->second.indicator;
                change.beforeDimension = old->second.dimension->code;
            }
            result.indicators.push_back(std::move(change));
        }
    }
    for (const Dimension& dimension : from.dimensions)
        for (const Indicator& indicator : dimension.indicators)
            if (!after.count(indicator.code))
                result.indicators.push_back({IndicatorChange::Kind::Removed,
                                             indicator.code,
                                             dimension.code,
                                             indicator,
                                             std::nullopt,
                                             {},
                                             {}});
    return result;
}

QString RubricDiff::label(IndicatorChange::Kind kind) {
    switch (kind) {
    case IndicatorChange::Kind::Added:
        return CoreText::tr("added");
    case IndicatorChange::Kind::Removed:
        return CoreText::tr("removed");
    case IndicatorChange::Kind::Changed:
        return CoreText::tr("changed");
    }
    return {};
}

QString RubricDiff::label(DimensionChange::Kind kind) {
    switch (kind) {
    case DimensionChange::Kind::Added:
        return CoreText::tr("dimension added");
    case DimensionChange::Kind::Removed:
        return CoreText::tr("dimension removed");
    case DimensionChange::Kind::Renamed:
        return CoreText::tr("dimension renamed");
    }
    return {};
}

QString RubricDiff::label(IndicatorChange::Field field) {
    using Field = IndicatorChange::Field;
    switch (field) {
    case Field::Dimension:
        return CoreText::tr("dimension");
    case Field::Text:
        return CoreText::tr("content");
    case Field::Max:
        return CoreText::tr("max");
    case Field::Veto:
        return CoreText::tr("veto");
    case Field::Deduct:
        return CoreText::tr("deduction-scored");
    case Field::Guidance:
        return CoreText::tr("scoring guidance");
    case Field::Evidence:
        return CoreText::tr("evidence expected");
    }
    return {};
}

QString RubricDiff::value(const Indicator& indicator, IndicatorChange::Field field) {
    using Field = IndicatorChange::Field;
    const auto yesNo = [](bool value) { return value ? CoreText::tr("yes") : CoreText::tr("no"); };
    switch (field) {
    case Field::Dimension:
        return {};
    case Field::Text:
        return indicator.text;
    case Field::Max:
        return indicator.max ? formatPoints(*indicator.max) : QString();
    case Field::Veto:
        return yesNo(indicator.veto);
    case Field::Deduct:
        return yesNo(indicator.deduct);
    case Field::Guidance:
        return indicator.guidance;
    case Field::Evidence:
        return indicator.evidence;
    }
    return {};
}

} // namespace lianping
