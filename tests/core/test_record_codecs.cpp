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
