#include "History.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include "core/common/Ids.h"
#include "core/storage/Database.h"

namespace lianping {

Result<void> History::record(Database& db, const HistoryChange& change) {
    Statement& insert = db.cached(
        "INSERT INTO history(uid, at, operator, office, unit_id, campaign_year, entity, field, "
        "old_value, new_value, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, newUid())
        .bind(2, nowMs())
        .bind(3, db.operatorName())
        .bind(4, db.officeId())
        .bind(5, change.unitId)
        .bind(6, change.year)
        .bind(7, change.entity)
        .bind(8, change.field)
        .bind(9, change.oldValue)
        .bind(10, change.newValue)
        .bind(11, change.note);
    if (!insert.exec())
        return fail(CoreText::tr("cannot record history: %1").arg(db.lastError()));
    return {};
}

Result<bool> History::replay(Database& db, const ReplayedHistory& line) {
    if (line.uid.isEmpty())
        return false;
    // One statement per line (a city import replays one per unit): the unit found by its
    // code, a line this database has already left as it is.
    Statement& insert = db.cached(
        "INSERT INTO history(uid, at, operator, office, unit_id, campaign_year, entity, field, "
        "old_value, new_value, note) VALUES (?1,?2,?3,?4,(SELECT id FROM units WHERE code = ?5),"
        "?6,?7,?8,?9,?10,?11) ON CONFLICT (uid) DO NOTHING");
    insert.bind(1, line.uid)
        .bind(2, line.at)
        .bind(3, line.operatorName)
        .bind(4, line.officeId)
        .bind(5, line.unitCode)
        .bind(6, line.year)
        .bind(7, line.entity)
        .bind(8, line.field)
        .bind(9, line.oldValue)
        .bind(10, line.newValue)
        .bind(11, line.note);
    if (!insert.exec())
        return fail(CoreText::tr("cannot record history: %1").arg(db.lastError()));
    return db.changes() > 0;
}

std::vector<HistoryEntry> History::forUnit(Database& db, std::int64_t unitId) {
    Statement& query =
        db.cached("SELECT at, operator, campaign_year, entity, field, old_value, new_value, note "
                  "FROM history WHERE unit_id = ? ORDER BY at, id");
    query.bind(1, unitId);
    std::vector<HistoryEntry> entries;
    while (query.step()) {
        HistoryEntry entry;
        entry.at = query.int64(0);
        entry.operatorName = query.text(1);
        if (!query.isNull(2))
            entry.year = query.integer(2);
        entry.entity = query.text(3);
        entry.field = query.text(4);
        entry.oldValue = query.text(5);
        entry.newValue = query.text(6);
        entry.note = query.text(7);
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace lianping
