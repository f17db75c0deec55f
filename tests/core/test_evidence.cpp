// Evidence files and findings (issue 15): the content-addressed store, limits that change
// nothing, deduction scoring computed by hand, and packages that carry the files unit →
// county → city once each, every file checked before anything is stored.
#include "TestDatabase.h"
#include "core/campaign/Enrollments.h"
#include "core/evidence/EvidenceExport.h"
#include "core/evidence/EvidenceRepository.h"
#include "core/evidence/Findings.h"
#include "core/exchange/Crypto.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageImporter.h"
#include "core/followup/Rectifications.h"
#include "core/office/Office.h"
#include "core/rubric/RubricJson.h"
#include "core/scoring/ScoreRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace lianping;
using namespace lianping::test;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList storeFiles(TestDatabase& t) {
    QStringList files;
    QDirIterator it(EvidenceStore::folderFor(t.path()), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(EvidenceStore::folderFor(t.path())).relativeFilePath(it.next());
    files.sort();
    return files;
}

struct OneUnit {
    TestDatabase t;
    OneUnit() {
        t.addUnit(QStringLiteral("A001"), QStringLiteral("利州区审计局"));
        t.createCampaign(2026);
        t.enroll(2026, QStringLiteral("A001"));
    }
    HalfPoints points(const QString& indicator, Step step) {
        const Enrollment enrollment =
            require(Enrollments::find(t.db(), 2026, QStringLiteral("A001")));
        Statement q = t.db().prepare("SELECT id FROM indicators WHERE rubric_id = ? AND code = ?");
        q.bind(1, enrollment.rubricId).bind(2, indicator);
        REQUIRE(q.step());
        const Sheet sheet = ScoreRepository(t.db()).load(enrollment.id, step);
        const auto found = sheet.scores.find(q.int64(0));
        return found == sheet.scores.end() ? -1 : found->second.points;
    }
};

void configure(TestDatabase& t, const QString& name, Role role, const QString& county = {},
               const QString& unit = {}) {
    require(Offices::configure(t.db(), name, role, county, unit));
    require(OfficeKeys::ensureOwn(t.db(), testKey()));
}

void trust(TestDatabase& truster, TestDatabase& office) {
    const QByteArray key = require(OfficeKeys::exportKeyFile(office.db(), testKey()));
    require(OfficeKeys::trust(truster.db(), key, QStringLiteral("key.json")));
}

ExportSummary exportTo(TestDatabase& from, const QString& path, const QByteArray& passphrase = {},
                       bool allFiles = false) {
    RecordScope scope;
    scope.year = 2026;
    return require(PackageExporter::write(from.db(), scope, path, passphrase, testKey(), allFiles));
}

} // namespace

TEST_CASE(
    "evidence files are stored once by content, listed with their hash and read back verified") {
    OneUnit u;
    const QByteArray minutes = QByteArrayLiteral("%PDF-1.4 会议纪要 2026-03-01");
    const QString a = u.t.write(QStringLiteral("会议纪要.pdf"), minutes);
    const QString b = u.t.write(QStringLiteral("copy.pdf"), minutes);
    EvidenceRepository evidence(u.t.db());
    const std::vector<std::int64_t> ids =
        require(evidence.add(2026, QStringLiteral("A001"), QStringLiteral("D1.1"), {a, b},
                             Step::County, QStringLiteral("查阅资料")));
    REQUIRE(ids.size() == 2);
    require(evidence.add(2026, QStringLiteral("A001"), QStringLiteral("-"), {a}, Step::Self));
    // Three rows, one stored file.
    CHECK(storeFiles(u.t).size() == 1);
    const std::vector<EvidenceFile> files = require(evidence.list(2026, QStringLiteral("A001")));
    REQUIRE(files.size() == 3);
    CHECK(files[0].step == Step::Self);
    CHECK(files[0].indicator.isEmpty());
    CHECK(files[1].name == QStringLiteral("会议纪要.pdf"));
    CHECK(files[1].size == minutes.size());
    CHECK(files[1].sha256 == crypto::sha256(minutes));
    CHECK(files[1].note == QStringLiteral("查阅资料"));
    CHECK(evidence
              .counts(require(Enrollments::find(u.t.db(), 2026, QStringLiteral("A001"))).id,
                      Step::County)
              .at(QStringLiteral("D1.1")) == 2);

    const QString out = u.t.file(QStringLiteral("out.pdf"));
    require(evidence.get(ids[0], out));
    CHECK(readAll(out) == minutes);

    // A stored file altered on disk is caught when read, and nothing is written.
    const QString stored = evidence.store().pathOf(files[1].sha256);
    QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
    {
        QFile file(stored);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(3);
        file.write("X");
    }
    const QString bad = u.t.file(QStringLiteral("bad.pdf"));
    CHECK_THAT(failure(evidence.get(ids[0], bad)), Catch::Contains("altered or damaged"));
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("evidence that is missing, too large or for an unknown indicator changes nothing") {
    OneUnit u;
    EvidenceRepository evidence(u.t.db());
    const QString good = u.t.write(QStringLiteral("a.jpg"), QByteArrayLiteral("jpeg"));
    const QString big = u.t.file(QStringLiteral("big.pdf"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(EvidenceStore::MaxFileBytes + 1));
    }
    const QByteArray before = u.t.snapshot();
    CHECK_THAT(failure(evidence.add(2026, QStringLiteral("A001"), QStringLiteral("D1.1"),
                                    {good, big}, Step::County)),
               Catch::Contains("over the limit of 200 MB"));
    CHECK_THAT(failure(evidence.add(2026, QStringLiteral("A001"), QStringLiteral("D1.1"),
                                    {good, u.t.file(QStringLiteral("none.pdf"))}, Step::County)),
               Catch::Contains("no such file"));
    CHECK_THAT(failure(evidence.add(2026, QStringLiteral("A001"), QStringLiteral("D9.9"), {good},
                                    Step::County)),
               Catch::Contains("unknown indicator 'D9.9'"));
    CHECK_THAT(failure(evidence.add(2026, QStringLiteral("B404"), QStringLiteral("D1.1"), {good},
                                    Step::County)),
               Catch::Contains("B404"));
    CHECK(u.t.snapshot() == before);
    CHECK(storeFiles(u.t).isEmpty());
}

TEST_CASE("removing evidence keeps it in history and a county cannot remove a unit's own") {
    TestDatabase unit;
    configure(unit, QStringLiteral("单位A001"), Role::Unit, QStringLiteral("利州区"),
              QStringLiteral("A001"));
    unit.addUnit(QStringLiteral("A001"), QStringLiteral("利州区审计局"));
    unit.createCampaign(2026);
    unit.enroll(2026, QStringLiteral("A001"));
    EvidenceRepository evidence(unit.db());
    const QString file = unit.write(QStringLiteral("自查报告.docx"), QByteArrayLiteral("docx"));
    const std::int64_t id = require(
        evidence.add(2026, QStringLiteral("A001"), QStringLiteral("D1.1"), {file}, Step::Self))[0];
    CHECK_THAT(failure(evidence.remove(id, QString())), Catch::Contains("why"));
    require(evidence.remove(id, QStringLiteral("传错了文件")));
    CHECK(require(evidence.list(2026, QStringLiteral("A001"))).empty());
    CHECK(evidence.find(id)->removedReason == QStringLiteral("传错了文件"));
    Statement history = unit.db().prepare(
        "SELECT old_value, note FROM history WHERE entity = 'evidence' AND new_value IS NULL");
    REQUIRE(history.step());
    CHECK(history.text(0).startsWith(QStringLiteral("自查报告.docx")));
    CHECK(history.text(1) == QStringLiteral("传错了文件"));

    // The county office that received the unit's evidence cannot remove it.
    TestDatabase county;
    configure(county, QStringLiteral("利州区纪委"), Role::County, QStringLiteral("利州区"));
    trust(county, unit);
    trust(unit, county);
    county.addUnit(QStringLiteral("A001"), QStringLiteral("利州区审计局"));
    county.createCampaign(2026);
    county.enroll(2026, QStringLiteral("A001"));
    exportTo(county, county.file(QStringLiteral("c.lpkg")));
    require(PackageImporter::run(unit.db(), county.file(QStringLiteral("c.lpkg")), {}, false));
    const std::int64_t second = require(
        evidence.add(2026, QStringLiteral("A001"), QStringLiteral("D1.2"), {file}, Step::Self))[0];
    Q_UNUSED(second);
    exportTo(unit, unit.file(QStringLiteral("u.lpkg")));
    require(PackageImporter::run(county.db(), unit.file(QStringLiteral("u.lpkg")), {}, false));
    const std::vector<EvidenceFile> atCounty =
        require(EvidenceRepository(county.db()).list(2026, QStringLiteral("A001")));
    REQUIRE(atCounty.size() == 1);
    CHECK_THAT(failure(EvidenceRepository(county.db()).remove(atCounty[0].id, QStringLiteral("x"))),
               Catch::Contains("only the unit removes it"));
}

TEST_CASE(
    "a deduction-scored indicator's points are its maximum less its findings, never below 0") {
    const QByteArray json = R"({"type":"agency","year":2026,"title":"扣分制细则","dimensions":[
        {"id":"D1","title":"责任","indicators":[
            {"id":"D1.1","text":"会议记录","max":10,"scoring":"deduct"},
            {"id":"D1.2","text":"制度","max":90}]}]})";
    const Rubric rubric = require(RubricJson::parse(json, QStringLiteral("r.json")));
    CHECK(rubric.indicator(QStringLiteral("D1.1"))->deduct);
    CHECK_FALSE(rubric.indicator(QStringLiteral("D1.2"))->deduct);
    CHECK(RubricJson::serialize(rubric).contains("\"scoring\": \"deduct\""));
    CHECK_THAT(failure(RubricJson::parse(QByteArray(json).replace("\"deduct\"", "\"minus\""),
                                         QStringLiteral("r.json"))),
               Catch::Contains("scoring"));

    OneUnit u;
    // The shipped agency rubric's D1.1 (max 10) made deduction-scored.
    REQUIRE(u.t.db().exec("UPDATE indicators SET deduct = 1 WHERE code = 'D1.1'"));
    Findings findings(u.t.db());
    const QString A = QStringLiteral("A001");
    const std::int64_t first = require(findings.add(2026, A, QStringLiteral("D1.1"), Step::County,
                                                    QStringLiteral("3月会议无记录"), 4));
    CHECK(u.points(QStringLiteral("D1.1"), Step::County) == 16); // 10 − 2 = 8 points
    require(findings.add(2026, A, QStringLiteral("D1.1"), Step::County,
                         QStringLiteral("记录未签字"), 3));
    CHECK(u.points(QStringLiteral("D1.1"), Step::County) == 13); // 10 − 2 − 1.5 = 6.5
    // The city's findings are the city's step.
    require(
        findings.add(2026, A, QStringLiteral("D1.1"), Step::City, QStringLiteral("复核发现"), 2));
    CHECK(u.points(QStringLiteral("D1.1"), Step::City) == 18);
    CHECK(u.points(QStringLiteral("D1.1"), Step::County) == 13);
    // Σ deductions above the maximum stop at 0 (扣完为止).
    require(findings.add(2026, A, QStringLiteral("D1.1"), Step::County, QStringLiteral("再次发现"),
                         20));
    CHECK(u.points(QStringLiteral("D1.1"), Step::County) == 0);
    // Removing a finding gives its points back.
    require(findings.remove(first, QStringLiteral("误记")));
    CHECK(u.points(QStringLiteral("D1.1"), Step::County) == 0); // 10 − 1.5 − 10 = −1.5 → 0
    // A points-scored indicator keeps the evaluator's points.
    require(
        findings.add(2026, A, QStringLiteral("D1.2"), Step::County, QStringLiteral("制度缺失"), 2));
    CHECK(u.points(QStringLiteral("D1.2"), Step::County) == -1);

    const QByteArray before = u.t.snapshot();
    CHECK_THAT(failure(findings.add(2026, A, QStringLiteral("D1.1"), Step::County,
                                    QStringLiteral("x"), 21)),
               Catch::Contains("above D1.1's maximum of 10"));
    CHECK_THAT(
        failure(findings.add(2026, A, QStringLiteral("D1.1"), Step::Self, QStringLiteral("x"), 1)),
        Catch::Contains("county review or the city recheck"));
    CHECK_THAT(
        failure(findings.add(2026, A, QStringLiteral("X1"), Step::County, QStringLiteral("x"), 1)),
        Catch::Contains("unknown indicator"));
    CHECK(u.t.snapshot() == before);
}

TEST_CASE("a finding becomes a rectification item, linked both ways") {
    OneUnit u;
    Findings findings(u.t.db());
    const std::int64_t id =
        require(findings.add(2026, QStringLiteral("A001"), QStringLiteral("D2.1"), Step::County,
                             QStringLiteral("采购未公示"), 2));
    const std::int64_t item =
        require(findings.rectify(id, QStringLiteral("2027-01-31"), QStringLiteral("张伟")));
    CHECK(findings.find(id)->rectificationId == item);
    CHECK(findings.ofRectification(item)->id == id);
    const std::vector<Rectification> items = Rectifications(u.t.db()).list(2026);
    REQUIRE(items.size() == 1);
    CHECK(items[0].text == QStringLiteral("D2.1：采购未公示"));
    CHECK(items[0].responsible == QStringLiteral("张伟"));
    CHECK_THAT(failure(findings.rectify(id, QStringLiteral("2027-01-31"), QStringLiteral("张伟"))),
               Catch::Contains("already has rectification item"));
}

TEST_CASE("evidence export writes a unit's files and an index.csv") {
    OneUnit u;
    const QString a = u.t.write(QStringLiteral("纪要.pdf"), QByteArrayLiteral("one"));
    QDir().mkpath(u.t.file(QStringLiteral("sub")));
    const QString b = u.t.write(QStringLiteral("sub/纪要.pdf"), QByteArrayLiteral("two"));
    require(EvidenceRepository(u.t.db()).add(2026, QStringLiteral("A001"), QStringLiteral("D1.1"),
                                             {a, b}, Step::County, QStringLiteral("说明, 含逗号")));
    const QString folder = u.t.file(QStringLiteral("archive"));
    const EvidenceExportSummary summary =
        require(EvidenceExport::write(u.t.db(), 2026, QStringLiteral("A001"), folder));
    CHECK(summary.files == 2);
    CHECK(readAll(folder + QStringLiteral("/纪要.pdf")) == "one");
    CHECK(readAll(folder + QStringLiteral("/纪要 (2).pdf")) == "two");
    const QString index = QString::fromUtf8(readAll(folder + QStringLiteral("/index.csv")));
    CHECK(index.contains(QStringLiteral("纪要 (2).pdf,D1.1,county,纪要.pdf,3,") +
                         crypto::sha256("two")));
    CHECK(index.contains(QStringLiteral("\"说明, 含逗号\"")));
}

TEST_CASE("evidence and findings travel unit → county → city with identical files, each once") {
    TestDatabase unit, county, city;
    configure(unit, QStringLiteral("单位A001"), Role::Unit, QStringLiteral("利州区"),
              QStringLiteral("A001"));
    configure(county, QStringLiteral("利州区纪委"), Role::County, QStringLiteral("利州区"));
    configure(city, QStringLiteral("广元市纪委"), Role::City);
    for (TestDatabase* a : {&unit, &county, &city})
        for (TestDatabase* b : {&unit, &county, &city})
            if (a != b)
                trust(*a, *b);
    county.addUnit(QStringLiteral("A001"), QStringLiteral("利州区审计局"));
    county.createCampaign(2026);
    county.enroll(2026, QStringLiteral("A001"));
    exportTo(county, county.file(QStringLiteral("c0.lpkg")));
    require(PackageImporter::run(unit.db(), county.file(QStringLiteral("c0.lpkg")), {}, false));

    // The unit attaches its self-check evidence: 3 MB of photo and the minutes.
    QByteArray photo(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (int i = 0; i < photo.size(); ++i)
        photo[i] = static_cast<char>((i * 131) ^ (i >> 9));
    const QString photoPath = unit.write(QStringLiteral("照片.jpg"), photo);
    const QString minutesPath =
        unit.write(QStringLiteral("纪要.pdf"), QByteArrayLiteral("minutes"));
    require(EvidenceRepository(unit.db()).add(2026, QStringLiteral("A001"), QStringLiteral("D1.1"),
                                              {photoPath, minutesPath}, Step::Self));
    const ExportSummary fromUnit = exportTo(unit, unit.file(QStringLiteral("u1.lpkg")));
    CHECK(fromUnit.files == 2);
    CHECK(fromUnit.fileBytes == photo.size() + 7);
    const ImportReport atCounty =
        require(PackageImporter::run(county.db(), unit.file(QStringLiteral("u1.lpkg")), {}, false));
    CHECK(atCounty.files == 2);
    CHECK(atCounty.kinds.at(QStringLiteral("evidence")).added == 2);

    // The county checks it, records a finding linked to the photo, makes it a rectification.
    const std::vector<EvidenceFile> received =
        require(EvidenceRepository(county.db()).list(2026, QStringLiteral("A001")));
    REQUIRE(received.size() == 2);
    const QString review =
        county.write(QStringLiteral("审核意见.docx"), QByteArrayLiteral("opinion"));
    require(EvidenceRepository(county.db())
                .add(2026, QStringLiteral("A001"), QStringLiteral("D1.1"), {review}, Step::County));
    const std::int64_t finding = require(
        Findings(county.db())
            .add(2026, QStringLiteral("A001"), QStringLiteral("D1.1"), Step::County,
                 QStringLiteral("照片未标注时间"), 2, received[0].id)); // 2 half-points: 1 point
    require(Findings(county.db())
                .rectify(finding, QStringLiteral("2027-01-15"), QStringLiteral("王芳")));

    const ExportSummary fromCounty = exportTo(county, county.file(QStringLiteral("c1.lpkg")));
    CHECK(fromCounty.files == 3);
    require(PackageImporter::run(city.db(), county.file(QStringLiteral("c1.lpkg")), {}, false));

    // The same files, bytes verified, at all three offices.
    auto hashes = [](TestDatabase& t) {
        QStringList list;
        for (const EvidenceFile& file :
             require(EvidenceRepository(t.db()).list(2026, QStringLiteral("A001")))) {
            list << file.sha256;
            require(EvidenceRepository(t.db()).store().verify(file.sha256));
        }
        list.sort();
        return list;
    };
    CHECK(hashes(city) == hashes(county));
    CHECK(hashes(city).size() == 3);
    QStringList unitHashes = hashes(unit);
    for (const QString& sha : unitHashes)
        CHECK(hashes(city).contains(sha));
    const std::vector<Finding> atCity = Findings(city.db()).list(2026);
    REQUIRE(atCity.size() == 1);
    CHECK(atCity[0].text == QStringLiteral("照片未标注时间"));
    CHECK(atCity[0].deduct == 2);
    CHECK(atCity[0].rectificationId.has_value());
    CHECK(EvidenceRepository(city.db()).find(*atCity[0].evidenceId)->name ==
          QStringLiteral("照片.jpg"));
    const QString out = city.file(QStringLiteral("photo-at-city.jpg"));
    require(EvidenceRepository(city.db()).get(*atCity[0].evidenceId, out));
    CHECK(readAll(out) == photo);

    // A re-sent package moves no file twice: the county's next package carries none.
    require(Findings(county.db())
                .add(2026, QStringLiteral("A001"), QStringLiteral("D1.2"), Step::County,
                     QStringLiteral("补充"), 0));
    const ExportSummary again = exportTo(county, county.file(QStringLiteral("c2.lpkg")));
    CHECK(again.files == 0);
    CHECK(again.filesAlreadySent == 3);
    CHECK(again.bytes < 20000);
    require(PackageImporter::run(city.db(), county.file(QStringLiteral("c2.lpkg")), {}, false));
    CHECK(Findings(city.db()).list(2026).size() == 2);

    // A database that never had the files refuses the package that relies on them.
    TestDatabase fresh;
    configure(fresh, QStringLiteral("广元市纪委备机"), Role::City);
    trust(fresh, county);
    const QByteArray before = fresh.snapshot();
    CHECK_THAT(failure(PackageImporter::run(fresh.db(), county.file(QStringLiteral("c2.lpkg")), {},
                                            false)),
               Catch::Contains("neither in the package nor"));
    CHECK(fresh.snapshot() == before);
    // With --all-evidence the package carries every file again.
    const ExportSummary all = exportTo(county, county.file(QStringLiteral("c3.lpkg")), {}, true);
    CHECK(all.files == 3);
    require(PackageImporter::run(fresh.db(), county.file(QStringLiteral("c3.lpkg")), {}, false));
    CHECK(hashes(fresh) == hashes(county));
}

TEST_CASE("a flipped byte in any evidence file of a package refuses it, nothing stored") {
    TestDatabase county, city;
    configure(county, QStringLiteral("利州区纪委"), Role::County, QStringLiteral("利州区"));
    configure(city, QStringLiteral("广元市纪委"), Role::City);
    trust(city, county);
    county.addUnit(QStringLiteral("A001"), QStringLiteral("利州区审计局"));
    county.createCampaign(2026);
    county.enroll(2026, QStringLiteral("A001"));
    const QByteArray first(200000, 'a');
    const QByteArray second(300000, 'b');
    require(EvidenceRepository(county.db())
                .add(2026, QStringLiteral("A001"), QStringLiteral("D1.1"),
                     {county.write(QStringLiteral("1.pdf"), first),
                      county.write(QStringLiteral("2.pdf"), second)},
                     Step::County));
    for (const QByteArray& passphrase : {QByteArray(), QByteArrayLiteral("长口令 for the city")}) {
        const QString path = county.file(QStringLiteral("c.lpkg"));
        exportTo(county, path, passphrase, true);
        const QByteArray good = readAll(path);
        // The last byte of the first file, then a byte in the middle of the second.
        for (const qint64 back : {qint64(300001), qint64(150000)}) {
            QByteArray bad = good;
            const qint64 at = bad.size() - back - (passphrase.isEmpty() ? 0 : 40);
            bad[at] = static_cast<char>(bad[at] ^ 0x20);
            const QString badPath = county.write(QStringLiteral("bad.lpkg"), bad);
            const QByteArray before = city.snapshot();
            const QStringList storeBefore = storeFiles(city);
            const std::string message =
                failure(PackageImporter::run(city.db(), badPath, passphrase, false));
            INFO(message);
            CHECK((message.find("does not match its SHA-256") != std::string::npos ||
                   message.find("passphrase is wrong or the package was altered") !=
                       std::string::npos));
            CHECK(city.snapshot() == before);
            CHECK(storeFiles(city) == storeBefore);
        }
        // Truncated: the file section is shorter than the manifest says.
        const QString cut = county.write(QStringLiteral("cut.lpkg"), good.left(good.size() - 1));
        CHECK_THAT(failure(PackageImporter::run(city.db(), cut, passphrase, false)),
                   Catch::Contains("do not match the signed manifest"));
        // The good package imports, its files whole.
        const ImportReport report =
            require(PackageImporter::run(city.db(), path, passphrase, false));
        CHECK(report.files == 2);
        CHECK(storeFiles(city).size() == 2);
        // The encrypted package's files are not in clear.
        if (!passphrase.isEmpty())
            CHECK_FALSE(good.contains(QByteArray(1000, 'b')));
        require(city.db().exec("DELETE FROM packages"));
    }
}
