// Each record kind's codec (core/exchange/*Records): what one database collects is written into
// another and read back by its key with the same content and version hash; writing it again
// over itself keeps history quiet, and a changed field is kept in history.
#include "TestDatabase.h"
#include "core/demo/DemoGenerator.h"
#include "core/exchange/Records.h"
#include "core/followup/Rectifications.h"
#include "core/history/History.h"
#include "core/pipeline/Pipeline.h"
#include "core/storage/Database.h"

#include <QJsonDocument>

#include <map>

using namespace lianping;
using namespace lianping::test;

namespace {

int historyRows(Database& db) {
    Statement count = db.prepare("SELECT count(*) FROM history");
    count.step();
    return count.integer(0);
}

} // namespace

TEST_CASE("every record kind's codec writes what another database collected and reads it back") {
    TestDatabase source;
    TestDatabase target;
    require(DemoGenerator(source.db()).generate(DemoOptions{60, 7, 2026}));
    // A revoked naming and a rectification item, which the demo does not make.
    Statement named = source.db().prepare(
        "SELECT u.code FROM enrollments e JOIN units u ON u.id = e.unit_id WHERE e.state = 'named' "
        "ORDER BY u.code LIMIT 2");
    QStringList codes;
    while (named.step())
        codes << named.text(0);
    REQUIRE(codes.size() == 2);
    require(Pipeline(source.db())
                .revoke(codes[0], QStringLiteral("发生违纪问题"), QStringLiteral("2026-11-30"),
                        QStringLiteral("纪发〔2026〕9号")));
    require(Rectifications(source.db())
                .add(2026, codes[1], QStringLiteral("台账不全"), QStringLiteral("2026-12-31"),
                     QStringLiteral("办公室")));
    const std::vector<Record> records =
        require(RecordStore(source.db()).collect(RecordScope{2026, {}, {}}));
    target.createCampaign(2026);
    Statement office = target.db().prepare("SELECT min(id) FROM offices");
    REQUIRE(office.step());
    const std::int64_t ownerId = office.int64(0);
    office.reset();

    RecordStore store(target.db());
    std::map<RecordKind, int> kinds;
    for (const Record& record : records) {
        INFO(record.key.toStdString());
        const Result<std::optional<Record>> local = store.local(record.kind, record.key);
        REQUIRE(local.ok());
        require(store.write(record, *local, ownerId, QStringLiteral("测试")));
        ++kinds[record.kind];
    }
    for (RecordKind kind : {RecordKind::Unit, RecordKind::Naming, RecordKind::Enrollment,
                            RecordKind::Sheet, RecordKind::Revocation, RecordKind::Rectification}) {
        INFO(kindName(kind).toStdString());
        CHECK(kinds[kind] > 0);
    }

    // Read back by key: the same content, so the same version hash.
    for (const Record& record : records) {
        INFO(record.key.toStdString());
        const std::optional<Record> back = require(store.local(record.kind, record.key));
        REQUIRE(back.has_value());
        CHECK(back->data == record.data);
        CHECK(back->version.hash == record.version.hash);
    }
    // And collected again, the target gives the same records in the same order.
    const std::vector<Record> again =
        require(RecordStore(target.db()).collect(RecordScope{2026, {}, {}}));
    REQUIRE(again.size() == records.size());
    for (std::size_t i = 0; i < records.size(); ++i)
        CHECK(again[i].key == records[i].key);

    // The same record written over itself: no history; a changed unit name: one line.
    const int quiet = historyRows(target.db());
    auto unit = std::find_if(records.begin(), records.end(),
                             [](const Record& r) { return r.kind == RecordKind::Unit; });
    REQUIRE(unit != records.end());
    require(
        store.write(*unit, *store.local(unit->kind, unit->key), ownerId, QStringLiteral("测试")));
    CHECK(historyRows(target.db()) == quiet);
    QJsonObject renamed = unit->data;
    renamed.insert(QStringLiteral("name"), QStringLiteral("改名后的单位"));
    const Record changed =
        Record::make(RecordKind::Unit, unit->key, unit->version.stamp + 1, unit->owner, renamed);
    require(
        store.write(changed, *store.local(unit->kind, unit->key), ownerId, QStringLiteral("测试")));
    CHECK(historyRows(target.db()) == quiet + 1);
    CHECK(require(store.local(RecordKind::Unit, unit->key))->data.value(QStringLiteral("name")) ==
          QStringLiteral("改名后的单位"));
}

TEST_CASE("a sheet's data written as text is what Qt writes so its hash is of its content") {
    TestDatabase db;
    require(DemoGenerator(db.db()).generate(DemoOptions{30, 7, 2026}));
    // Notes and a veto reason as people type them: quotes, line breaks, a tab, a character
    // beyond U+FFFF.
    const QString note =
        QStringLiteral("台账\"不全\"\n第2项\t\\缺") + QString::fromUcs4(U"\U00020000");
    Statement first = db.db().prepare("SELECT sheet_id, indicator_id FROM scores ORDER BY "
                                      "sheet_id, indicator_id LIMIT 2");
    std::vector<std::pair<std::int64_t, std::int64_t>> rows;
    while (first.step())
        rows.emplace_back(first.int64(0), first.int64(1));
    REQUIRE(rows.size() == 2);
    REQUIRE(db.db()
                .prepare("UPDATE scores SET note = ? WHERE sheet_id = ? AND indicator_id = ?")
                .bind(1, note)
                .bind(2, rows[0].first)
                .bind(3, rows[0].second)
                .exec());
    REQUIRE(db.db()
                .prepare("INSERT INTO vetoes(sheet_id, indicator_id, reason) VALUES (?, ?, ?)")
                .bind(1, rows[1].first)
                .bind(2, rows[1].second)
                .bind(3, QStringLiteral("发生\r\n违纪\x01问题"))
                .exec());

    RecordStore store(db.db());
    int sheets = 0;
    bool sawNote = false;
    bool sawVeto = false;
    require(store.forEach(RecordScope{2026, {}, {}}, [&](Record&& record) -> Result<void> {
        if (record.kind != RecordKind::Sheet)
            return {};
        ++sheets;
        INFO(record.compactData.toStdString());
        REQUIRE_FALSE(record.compactData.isEmpty());
        CHECK(record.data.isEmpty()); // as text only, until unpacked
        const QByteArray text = record.compactData;
        record.seal();
        record.unpack();
        CHECK(QJsonDocument(record.data).toJson(QJsonDocument::Compact) == text);
        CHECK(record.version.hash == Record::hashOf(record.data));
        const std::optional<Record> local = require(store.local(record.kind, record.key));
        REQUIRE(local);
        CHECK(local->version == record.version);
        CHECK(local->data == record.data);
        // Scores in indicator-code order, as SQLite orders text.
        QByteArray previous;
        for (const QJsonValue& score : record.data.value(QStringLiteral("scores")).toArray()) {
            const QByteArray code = score.toArray().at(0).toString().toUtf8();
            CHECK(previous < code);
            previous = code;
            sawNote = sawNote || score.toArray().at(2).toString() == note;
        }
        sawVeto = sawVeto || !record.data.value(QStringLiteral("vetoes")).toArray().isEmpty();
        return {};
    }));
    CHECK(sheets > 30);
    CHECK(sawNote);
    CHECK(sawVeto);
}
