#pragma once
// The integrity index model (清廉指数, seed 001): dimensions → aspects → measures, each level's
// weights summing to 1. A measure's source is the units' assessment (mean final total of a
// county's assessed units, optionally of some types), their pass or excellent rate, the task
// ledger's completion rate, a survey score, or a value entered by hand. JSON in and out:
// {"year":2026,"title":"…","dimensions":[{"name":"不敢为","weight":0.4,"aspects":[{"name":
// "执纪问责","weight":0.5,"measures":[{"source":"assessment","weight":1.0,"types":["agency"]}]}]}]}

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace lianping {

enum class MeasureSource { Assessment, PassRate, ExcellentRate, TaskRate, Survey, Manual };
QString sourceName(MeasureSource source); // assessment, pass_rate, …

struct IndexMeasure {
    MeasureSource source = MeasureSource::Manual;
    double weight = 0;
    QStringList types; // type codes; empty: every type
};

struct IndexAspect {
    QString name;
    double weight = 0;
    std::vector<IndexMeasure> measures;
};

struct IndexDimension {
    QString name;
    double weight = 0;
    std::vector<IndexAspect> aspects;
};

struct IndexModel {
    int year = 0;
    int version = 0; // 0: the shipped default, not stored
    bool frozen = false;
    QString title;
    std::vector<IndexDimension> dimensions;

    // Parses and validates (weights summing to 1 at each level, names unique, known
    // sources); `knownTypes` are the type codes a measure may name. Names the place of an error.
    static Result<IndexModel> fromJson(const QByteArray& json, const QStringList& knownTypes,
                                       const QString& source);
    QByteArray toJson() const;
    // The model shipped in resources/index/default.json (3 dimensions × 9 aspects).
    static IndexModel defaultModel(int year);
    QStringList aspectNames() const;
    bool hasAspect(const QString& name) const;
};

} // namespace lianping
