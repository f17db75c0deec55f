#pragma once
// Index models per year, versioned like rubrics: an import replaces the year's latest version
// while no index has been computed with it, else adds the next version. The year's model is
// its latest version, or the shipped default until one is imported. Values entered by hand
// per county and aspect (index input).

#include "core/common/Result.h"
#include "core/index/IndexModel.h"

#include <QHash>

namespace lianping {

class Database;

class IndexStore {
public:
    explicit IndexStore(Database& db)
        : m_db(db) {}
    Result<IndexModel> importModel(const QByteArray& json, const QString& source);
    IndexModel model(int year) const;
    // Stores the model (the default if it is not stored yet) as used: later imports make a
    // new version.
    Result<void> freeze(IndexModel& model);

    // A value 0..100 for a county (or 全市) and aspect of the year's model; history kept.
    Result<void> setInput(int year, const QString& county, const QString& aspect, double value,
                          const QString& note);
    // (county, aspect) → value
    QHash<QPair<QString, QString>, double> inputs(int year) const;
    QStringList typeCodes() const;

private:
    Database& m_db;
};

} // namespace lianping
