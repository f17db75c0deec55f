#pragma once
// The rubric JSON format (the import/export contract):
// {"type","year","title","dimensions":[{"id","title","indicators":[{"id","text","max",
//   "guidance","evidence","kind":"scored|veto"}]}]}

#include "core/common/Result.h"
#include "core/rubric/Rubric.h"

#include <QByteArray>

#include <vector>

namespace lianping {

// One fault of a rubric, placed where a form shows it: the dimension and indicator (indexes,
// -1 for the rubric or the dimension itself) and the field at fault.
struct RubricProblem {
    enum class Field { Title, DimensionCode, DimensionTitle, Code, Text, Max, Deduct, Total };
    int dimension = -1;
    int indicator = -1;
    Field field = Field::Total;
    QString message; // without the source: "indicator id D1.1 is used twice"
};

class RubricJson {
public:
    // Parses and validates; errors name the source and the indicator at fault.
    static Result<Rubric> parse(const QByteArray& json, const QString& source);
    static QByteArray serialize(const Rubric& rubric);
    // The first of problems(), prefixed with the source.
    static Result<void> validate(const Rubric& rubric, const QString& source);
    // Every fault the import would refuse, in the rubric's order (the total last).
    static std::vector<RubricProblem> problems(const Rubric& rubric);
};

} // namespace lianping
