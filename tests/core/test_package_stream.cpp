// The streamed payload (package format 2): JSON lines deflated as written and inflated as
// read, so neither side holds the whole JSON; damage anywhere is refused; a package written by
// Lianping 0.1 (format 1, one JSON) still imports.
#include "TestDatabase.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageFile.h"
#include "core/exchange/PackageImporter.h"
#include "core/exchange/PayloadLines.h"
#include "core/exchange/PayloadStream.h"
#include "core/exchange/RecordLines.h"
#include "core/exchange/Records.h"
#include "core/office/Office.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

using namespace lianping;
using namespace lianping::test;

namespace {

std::vector<QByteArray> readAll(PayloadReader& reader) {
    std::vector<QByteArray> lines;
    while (std::optional<QByteArray> line = reader.nextLine())
        lines.push_back(*line);
    return lines;
}

struct Exchange {
    TestDatabase county;
    TestDatabase city;
    Exchange() {
        require(
            setUp(county, QStringLiteral("利州区纪委"), Role::County, QStringLiteral("利州区")));
        require(setUp(city, QStringLiteral("广元市纪委"), Role::City, {}));
        require(OfficeKeys::trust(city.db(),
                                  require(OfficeKeys::exportKeyFile(county.db(), testKey())),
                                  QStringLiteral("county.lpkey")));
        for (int i = 1; i <= 30; ++i)
            county.addUnit(QStringLiteral("A%1").arg(i, 3, 10, QLatin1Char('0')),
                           QStringLiteral("利州区单位%1").arg(i));
        county.createCampaign(2026);
        for (int i = 1; i <= 30; ++i) {
            const QString code = QStringLiteral("A%1").arg(i, 3, 10, QLatin1Char('0'));
            county.enroll(2026, code);
            county.scoreAll(2026, code, Step::County, 7 + i % 3);
        }
    }
    static Result<void> setUp(TestDatabase& t, const QString& name, Role role,
                              const QString& county) {
        LP_TRY(lianping::Offices::configure(t.db(), name, role, county, {}));
        Result<OfficeKey> key = OfficeKeys::ensureOwn(t.db(), testKey());
        if (!key)
            return key.error();
        return {};
    }
    QString exportTo(const QString& name) {
        RecordScope scope;
        scope.year = 2026;
        require(PackageExporter::write(county.db(), scope, county.file(name), {}, testKey()));
        return county.file(name);
    }
    // The same package with its payload replaced (signed again by the county's own key).
    QString resign(const QString& from, const QString& name, const QByteArray& payload,
                   int format = PackageFile::FormatVersion) {
        PackageFile file = require(PackageFile::read(from));
        QJsonObject manifest = file.manifest;
        manifest.insert(QStringLiteral("package_id"), name);
        const QByteArray bytes =
            PackageFile::build(manifest, payload, false,
                               require(OfficeKeys::secretKey(county.db(), testKey())), format);
        return county.write(name, bytes);
    }
    std::vector<QByteArray> linesOf(const QString& path) {
        PackageFile file = require(PackageFile::read(path));
        PayloadReader reader(require(file.decrypted({}, path)));
        std::vector<QByteArray> lines = readAll(reader);
        REQUIRE_FALSE(reader.failed());
        return lines;
    }
};

QByteArray deflated(const std::vector<QByteArray>& lines) {
    PayloadWriter writer;
    for (const QByteArray& line : lines)
        writer.writeLine(line);
    return writer.finish();
}

} // namespace

TEST_CASE("payload lines come back exactly, and a damaged stream is refused") {
    std::vector<QByteArray> lines;
    for (int i = 0; i < 60000; ++i)
        lines.push_back(QStringLiteral("{\"n\":%1,\"name\":\"利州区单位%1\"}").arg(i).toUtf8());
    lines.push_back(QByteArray(3 * 1024 * 1024, 'x')); // one long line across many chunks
    lines.push_back(QByteArray());                     // and an empty one
    const QByteArray stream = deflated(lines);
    CHECK(stream.size() < 1024 * 1024);
    PayloadReader reader(stream);
    CHECK(readAll(reader) == lines);
    CHECK_FALSE(reader.failed());

    PayloadReader cut(stream.left(stream.size() / 2));
    CHECK(readAll(cut).size() < lines.size());
    CHECK(cut.failed());
    QByteArray flipped = stream;
    flipped[flipped.size() / 3] = static_cast<char>(flipped[flipped.size() / 3] ^ 0x10);
    PayloadReader damaged(flipped);
    readAll(damaged);
    CHECK(damaged.failed());
    PayloadReader trailing(stream + "more");
    readAll(trailing);
    CHECK(trailing.failed());
    PayloadReader garbage(QByteArray("not a zlib stream at all"));
    CHECK(readAll(garbage).empty());
    CHECK(garbage.failed());
}

TEST_CASE("a record's package line is its whole JSON object with the data serialized once") {
    QJsonObject data{
        {QStringLiteral("code"), QStringLiteral("A\"1")},
        {QStringLiteral("name"), QStringLiteral("利州区财政局\n（试点）\\\t\x01")},
        {QStringLiteral("active"), true},
        {QStringLiteral("scores"), QJsonArray{QJsonArray{QStringLiteral("D1.1"), 18}}}};
    Record record = Record::draft(RecordKind::Unit, QStringLiteral("unit/A\"1\\\x1f"),
                                  1'700'000'000'000, QStringLiteral("office-uid\n"), data);
    CHECK_FALSE(record.sealed());
    record.seal();
    REQUIRE(record.sealed());
    record.known = {Version{1'600'000'000'000, QString(32, QLatin1Char('a'))},
                    Version{9'007'199'254'740'991, QString(32, QLatin1Char('b'))}};
    const QByteArray line = record.toLine();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(line, &error);
    INFO(line.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(parsed.object() == record.toJson());
    CHECK_FALSE(line.contains('\n'));
    CHECK(line.startsWith("{\"data\":" + record.compactData + ','));
    CHECK(record.version.hash == Record::hashOf(data));
    CHECK(record.version ==
          Record::make(RecordKind::Unit, record.key, record.version.stamp, record.owner, data)
              .version);
    std::optional<Record> read = Record::fromJson(parsed.object());
    REQUIRE(read);
    CHECK(read->data == data);
    CHECK(read->known == record.known);
    CHECK(read->version == record.version);
    CHECK(read->owner == record.owner);
    CHECK(read->key == record.key);
    // Read from a package: sealed by the sender, serialized whole.
    CHECK(read->sealed());
    CHECK(QJsonDocument::fromJson(read->toLine()).object() == record.toJson());
}

TEST_CASE("a payload writer dropped before its end stops its deflater") {
    for (int round = 0; round < 20; ++round) {
        PayloadWriter writer;
        for (int i = 0; i < 5000 * round; ++i)
            writer.writeLine(QByteArray("{\"n\":") + QByteArray::number(i) + '}');
    } // no finish(): the destructor must not hang or crash
    SUCCEED();
}

TEST_CASE("record lines are sealed in order on their thread and every version is handed back") {
    RecordLines lines;
    lines.addLine("{\"header\":1}");
    std::map<QString, Version> expected;
    const int count = 3000; // several batches
    for (int i = 0; i < count; ++i) {
        const QJsonObject data{{QStringLiteral("n"), i},
                               {QStringLiteral("name"), QStringLiteral("单位%1").arg(i)}};
        const QString key = QStringLiteral("unit/U%1").arg(i, 5, 10, QLatin1Char('0'));
        Record draft = Record::draft(RecordKind::Unit, key, 1000 + i, QStringLiteral("o"), data);
        const Version own{1000 + i, Record::hashOf(data)};
        expected[key] = own;
        draft.known = {own, Version{1, QString(32, QLatin1Char('c'))}}; // its own is dropped
        lines.addRecord(std::move(draft));
    }
    lines.addRow(QJsonArray{QStringLiteral("h"), 1});
    std::map<QString, Version> sealed;
    for (auto& [key, version] : lines.takeSealed())
        sealed[key] = version;
    PayloadReader reader(lines.finish());
    for (auto& [key, version] : lines.takeSealed())
        sealed[key] = version;
    CHECK(sealed == expected);
    const std::vector<QByteArray> read = readAll(reader);
    REQUIRE_FALSE(reader.failed());
    REQUIRE(read.size() == static_cast<std::size_t>(count) + 2);
    CHECK(read.front() == "{\"header\":1}");
    CHECK(read.back() == "[\"h\",1]");
    for (int i = 0; i < count; ++i) {
        const std::optional<Record> record = Record::fromJson(
            QJsonDocument::fromJson(read[static_cast<std::size_t>(i) + 1]).object());
        REQUIRE(record);
        CHECK(record->data.value(QStringLiteral("n")).toInt() == i);
        CHECK(record->version == expected[record->key]);
        CHECK(record->known == std::vector<Version>{Version{1, QString(32, QLatin1Char('c'))}});
    }
}

TEST_CASE("record lines dropped before their end stop their thread") {
    for (int round = 0; round < 10; ++round) {
        RecordLines lines;
        for (int i = 0; i < 700 * round; ++i)
            lines.addRecord(Record::draft(RecordKind::Unit, QStringLiteral("unit/%1").arg(i), i,
                                          QStringLiteral("o"),
                                          QJsonObject{{QStringLiteral("n"), i}}));
    } // no finish(): the destructor must not hang or crash
    SUCCEED();
}

TEST_CASE("a package's payload is a header, its records, its history and an end line") {
    Exchange offices;
    const std::vector<QByteArray> lines =
        offices.linesOf(offices.exportTo(QStringLiteral("a.lpkg")));
    REQUIRE(lines.size() > 60);
    const QJsonObject header = QJsonDocument::fromJson(lines.front()).object();
    CHECK(header.value(QStringLiteral("version")).toInt() == 2);
    CHECK(header.value(QStringLiteral("rubrics")).toArray().size() >= 1);
    const QJsonObject end = QJsonDocument::fromJson(lines.back()).object();
    CHECK(end.value(QStringLiteral("end")).toObject().value(QStringLiteral("records")).toInt() ==
          30 + 30 + 30); // units, enrolments, county sheets
}

TEST_CASE(
    "a signed payload cut short, reordered or with a wrong count is refused, nothing stored") {
    Exchange offices;
    const QString good = offices.exportTo(QStringLiteral("good.lpkg"));
    const std::vector<QByteArray> lines = offices.linesOf(good);
    const QByteArray before = offices.city.snapshot();
    auto refused = [&](const QString& name, const std::vector<QByteArray>& altered) {
        const QString path = offices.resign(good, name, deflated(altered));
        const std::string message =
            failure(PackageImporter::run(offices.city.db(), path, {}, false));
        CHECK(offices.city.snapshot() == before);
        return message;
    };
    std::vector<QByteArray> noEnd(lines.begin(), lines.end() - 1);
    CHECK_THAT(refused(QStringLiteral("no-end.lpkg"), noEnd), Catch::Contains("damaged"));
    std::vector<QByteArray> fewer = lines;
    fewer.erase(fewer.begin() + 5);
    CHECK_THAT(refused(QStringLiteral("fewer.lpkg"), fewer), Catch::Contains("damaged"));
    std::vector<QByteArray> late = lines;
    std::swap(late[late.size() - 2], late[1]); // a history row before the records
    CHECK_THAT(refused(QStringLiteral("late.lpkg"), late), Catch::Contains("damaged"));
    std::vector<QByteArray> oldHeader = lines;
    QJsonObject header = QJsonDocument::fromJson(oldHeader.front()).object();
    header.insert(QStringLiteral("version"), 7);
    oldHeader.front() = QJsonDocument(header).toJson(QJsonDocument::Compact);
    CHECK_THAT(refused(QStringLiteral("v7.lpkg"), oldHeader), Catch::Contains("format"));
    // The good one imports.
    require(PackageImporter::run(offices.city.db(), good, {}, false));
}

TEST_CASE("a package written by Lianping 0.1 (format 1, one JSON) still imports the same") {
    Exchange offices;
    const QString current = offices.exportTo(QStringLiteral("current.lpkg"));
    const std::vector<QByteArray> lines = offices.linesOf(current);
    // What 0.1 wrote: one object with the records and the history in arrays, qCompress'd.
    QJsonObject payload = QJsonDocument::fromJson(lines.front()).object();
    payload.insert(QStringLiteral("version"), 1);
    QJsonArray records;
    QJsonArray history;
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        const QJsonDocument line = QJsonDocument::fromJson(lines[i]);
        if (line.isArray())
            history.append(line.array());
        else
            records.append(line.object());
    }
    payload.insert(QStringLiteral("records"), records);
    payload.insert(QStringLiteral("history"), history);
    const QString old = offices.resign(
        current, QStringLiteral("old.lpkg"),
        PackageFile::compress(QJsonDocument(payload).toJson(QJsonDocument::Compact)), 1);
    REQUIRE(require(PackageFile::read(old)).format == 1);
    TestDatabase second;
    require(Exchange::setUp(second, QStringLiteral("广元市纪委"), Role::City, {}));
    require(OfficeKeys::trust(second.db(),
                              require(OfficeKeys::exportKeyFile(offices.county.db(), testKey())),
                              QStringLiteral("county.lpkey")));
    const ImportReport fromOld = require(PackageImporter::run(second.db(), old, {}, false));
    const ImportReport fromNew =
        require(PackageImporter::run(offices.city.db(), current, {}, false));
    for (const auto& [kind, tally] : fromNew.kinds) {
        INFO(kind.toStdString());
        CHECK(fromOld.kinds.at(kind).added == tally.added);
    }
    CHECK(fromOld.historyAdded == fromNew.historyAdded);
}
