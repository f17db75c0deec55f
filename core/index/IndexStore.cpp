#include "IndexStore.h"

#include "core/common/CoreText.h"
#include "core/common/Ids.h"
#include "core/common/Limits.h"
#include "core/history/History.h"
#include "core/registry/LookupTables.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace lianping {

QStringList IndexStore::typeCodes() const {
    Statement& query = m_db.cached("SELECT code FROM unit_types ORDER BY position, id");
    QStringList codes;
    while (query.step())
        codes << query.text(0);
    return codes;
}

Result<IndexModel> IndexStore::importModel(const QByteArray& json, const QString& source) {
    Result<IndexModel> parsed = IndexModel::fromJson(json, typeCodes(), source);
    if (!parsed)
        return parsed;
    IndexModel model = *parsed;
    Statement& latest = m_db.cached("SELECT id, version, frozen FROM index_models WHERE year = ? "
                                    "ORDER BY version DESC LIMIT 1");
    std::optional<std::int64_t> id;
    int version = 0;
    bool frozen = false;
    if (latest.bind(1, model.year).step()) {
        id = latest.int64(0);
        version = latest.integer(1);
        frozen = latest.integer(2) != 0;
    }
    latest.reset();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    const QString text = QString::fromUtf8(model.toJson());
    if (id && !frozen) {
        Statement& update =
            m_db.cached("UPDATE index_models SET model = ?, updated_at = ? WHERE id = ?");
        if (!update.bind(1, text).bind(2, nowMs()).bind(3, *id).exec())
            return fail(m_db.lastError());
        model.version = version;
    } else {
        Statement& insert =
            m_db.cached("INSERT INTO index_models(uid, year, version, model, owner, updated_at) "
                        "VALUES (?,?,?,?,?,?)");
        if (!insert.bind(1, newUid())
                 .bind(2, model.year)
                 .bind(3, version + 1)
                 .bind(4, text)
                 .bind(5, m_db.officeId())
                 .bind(6, nowMs())
                 .exec())
            return fail(m_db.lastError());
        model.version = version + 1;
    }
    LP_TRY(History::record(m_db, {std::nullopt,
                                  model.year,
                                  QStringLiteral("index_model"),
                                  QStringLiteral("version %1").arg(model.version),
                                  {},
                                  model.title,
                                  source}));
    LP_TRY(transaction.commit());
    return model;
}

IndexModel IndexStore::model(int year) const {
    Statement& latest = m_db.cached("SELECT version, model, frozen FROM index_models WHERE year = "
                                    "? ORDER BY version DESC LIMIT 1");
    if (!latest.bind(1, year).step()) {
        latest.reset();
        return IndexModel::defaultModel(year);
    }
    const int version = latest.integer(0);
    const QByteArray json = latest.text(1).toUtf8();
    const bool frozen = latest.integer(2) != 0;
    latest.reset();
    Result<IndexModel> model = IndexModel::fromJson(json, {}, QStringLiteral("index model"));
    if (!model)
        return IndexModel::defaultModel(year);
    model->version = version;
    model->frozen = frozen;
    return *model;
}

Result<void> IndexStore::freeze(IndexModel& model) {
    if (model.frozen)
        return {};
    if (model.version == 0) {
        Statement& insert = m_db.cached(
            "INSERT INTO index_models(uid, year, version, model, frozen, owner, updated_at) "
            "VALUES (?,?,1,?,1,?,?)");
        if (!insert.bind(1, newUid())
                 .bind(2, model.year)
                 .bind(3, QString::fromUtf8(model.toJson()))
                 .bind(4, m_db.officeId())
                 .bind(5, nowMs())
                 .exec())
            return fail(m_db.lastError());
        model.version = 1;
    } else {
        Statement& update =
            m_db.cached("UPDATE index_models SET frozen = 1 WHERE year = ? AND version = ?");
        if (!update.bind(1, model.year).bind(2, model.version).exec())
            return fail(m_db.lastError());
    }
    model.frozen = true;
    return {};
}

Result<void> IndexStore::setInput(int year, const QString& county, const QString& aspect,
                                  double value, const QString& note) {
    if (!(value >= 0 && value <= 100))
        return fail(CoreText::tr("an index value is from 0 to 100, not %1").arg(value));
    LP_TRY(Limits::text(CoreText::tr("note"), note, Limits::NoteLength, true));
    const IndexModel current = model(year);
    if (!current.hasAspect(aspect))
        return fail(CoreText::tr("the %1 index model has no aspect '%2'; its aspects are: %3")
                        .arg(year)
                        .arg(aspect, current.aspectNames().join(QStringLiteral("、"))));
    const std::vector<QString> counties = LookupTables::counties(m_db);
    if (county != QStringLiteral("全市") &&
        std::find(counties.begin(), counties.end(), county) == counties.end())
        return fail(
            CoreText::tr("no county '%1' in this database (or 全市 for the city)").arg(county));
    Statement& current2 =
        m_db.cached("SELECT value FROM index_inputs WHERE year = ? AND county = ? AND aspect = ?");
    QString old;
    if (current2.bind(1, year).bind(2, county).bind(3, aspect).step())
        old = QString::number(current2.real(0));
    current2.reset();
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    Statement& upsert = m_db.cached(
        "INSERT INTO index_inputs(year, county, aspect, value, note, owner, updated_at) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7) ON CONFLICT (year, county, aspect) DO UPDATE SET "
        "value = ?4, note = ?5, owner = ?6, updated_at = ?7");
    if (!upsert.bind(1, year)
             .bind(2, county)
             .bind(3, aspect)
             .bind(4, value)
             .bind(5, note.isNull() ? QStringLiteral("") : note.trimmed())
             .bind(6, m_db.officeId())
             .bind(7, nowMs())
             .exec())
        return fail(m_db.lastError());
    LP_TRY(History::record(m_db, {std::nullopt, year, QStringLiteral("index_input"),
                                  QStringLiteral("%1 %2").arg(county, aspect),
                                  old.isEmpty() ? QString() : old, QString::number(value), note}));
    return transaction.commit();
}

QHash<QPair<QString, QString>, double> IndexStore::inputs(int year) const {
    Statement& query = m_db.cached("SELECT county, aspect, value FROM index_inputs WHERE year = ?");
    query.bind(1, year);
    QHash<QPair<QString, QString>, double> values;
    while (query.step())
        values.insert({query.text(0), query.text(1)}, query.real(2));
    return values;
}

} // namespace lianping
