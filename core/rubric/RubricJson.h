#pragma once
// The rubric JSON format (the import/export contract):
// {"type","year","title","dimensions":[{"id","title","indicators":[{"id","text","max",
//   "guidance","evidence","kind":"scored|veto"}]}]}

#include "common/Result.h"
#include "rubric/Rubric.h"

#include <QByteArray>

namespace lianping {

class RubricJson {
public:
    // Parses and validates; errors name the source and the indicator at fault.
    static Result<Rubric> parse(const QByteArray& json, const QString& source);
    static QByteArray serialize(const Rubric& rubric);
    static Result<void> validate(const Rubric& rubric, const QString& source);
};

} // namespace lianping
