// Exchange at county scale: a county office's package of N units (default 20,000: a large
// county) exported, imported into the city's database, then a second package after the county
// changed a hundred units (mostly unchanged records). Not a test; prints figures. Usage:
//   build/tests/bench/lianping_bench_exchange [UNITS]

#include "core/demo/DemoGenerator.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageImporter.h"
#include "core/exchange/PayloadLines.h"
#include "core/scoring/ScoreRepository.h"
#include "core/workspace/Workspace.h"

#include "PeakMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace lianping;
using namespace lianping::bench;

namespace {

KeyUnlock testKey() {
    return KeyUnlock{QByteArrayLiteral("bench key passphrase"), false};
}

std::unique_ptr<Database> open(const QString& path) {
    Result<std::unique_ptr<Database>> db = Workspace::open(path, QStringLiteral("bench"));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    return std::move(*db);
}

template <typename T> T check(Result<T> result) {
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
        std::exit(1);
    }
    return std::move(*result);
}

void check(const Result<void>& result) {
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int units = argc > 1 ? std::atoi(argv[1]) : 20000;
    QTemporaryDir dir;
    std::unique_ptr<Database> county = open(dir.filePath(QStringLiteral("county.lpdb")));
    check(DemoGenerator(*county).generate(DemoOptions{units, 11, 2026}));
    // One county office holding every unit: the whole campaign is its county, reviewed and
    // not yet rechecked (the city's work is the city's to send).
    check(county->exec(
        "UPDATE units SET county_id = (SELECT min(id) FROM counties);"
        "DELETE FROM scores WHERE sheet_id IN (SELECT id FROM sheets WHERE step = 2);"
        "DELETE FROM vetoes WHERE sheet_id IN (SELECT id FROM sheets WHERE step = 2);"
        "DELETE FROM sheets WHERE step = 2; DELETE FROM revocations;"
        "UPDATE enrollments SET state = 'county-accepted', naming_id = NULL, returned_from = NULL "
        "WHERE state IN ('city-rechecked', 'named', 'revoked', 'returned');"
        "DELETE FROM namings;"));
    Statement name =
        county->prepare("SELECT name FROM counties WHERE id = (SELECT min(id) FROM counties)");
    name.step();
    const QString countyName = name.text(0);
    name.reset();
    check(Offices::configure(*county, QStringLiteral("县纪委"), Role::County, countyName, {}));
    check(OfficeKeys::ensureOwn(*county, testKey()));
    std::unique_ptr<Database> city = open(dir.filePath(QStringLiteral("city.lpdb")));
    check(Offices::configure(*city, QStringLiteral("市纪委"), Role::City, {}, {}));
    check(OfficeKeys::trust(*city, check(OfficeKeys::exportKeyFile(*county, testKey())),
                            QStringLiteral("key")));

    RecordScope scope;
    scope.year = 2026;
    const QString first = dir.filePath(QStringLiteral("first.lpkg"));
    county->releaseReads();
    QElapsedTimer timer;
    resetPeak();
    const double before = peakMb();
    timer.start();
    const ExportSummary summary =
        check(PackageExporter::write(*county, scope, first, {}, testKey()));
    std::printf("export %d units: %.2f s, peak %.0f MB (from %.0f), %.1f MB file, %d sheets, "
                "%d history lines\n",
                units, timer.elapsed() / 1000.0, peakMb(), before, summary.bytes / 1e6,
                summary.counts.count(QStringLiteral("sheet"))
                    ? summary.counts.at(QStringLiteral("sheet"))
                    : 0,
                summary.counts.at(QStringLiteral("history")));
    if (const QString out = qEnvironmentVariable("LIANPING_BENCH_OUT"); !out.isEmpty()) {
        // The package and the city before importing it, to measure the CLI on them:
        // lianping-cli --db OUT/city.lpdb package import OUT/first.lpkg
        QFile::remove(out + QStringLiteral("/first.lpkg"));
        QFile::copy(first, out + QStringLiteral("/first.lpkg"));
        check(city->backupTo(out + QStringLiteral("/city.lpdb")));
        check(county->backupTo(out + QStringLiteral("/county.lpdb")));
    }
    {
        // How much of an import is reading: inflate and parse every line, store nothing.
        timer.restart();
        PackageFile file = check(PackageFile::read(first));
        std::unique_ptr<PayloadLines> lines = check(PayloadLines::open(file, {}, first));
        int parsed = 0;
        while (std::optional<QByteArray> line = lines->next()) {
            const QJsonDocument document = QJsonDocument::fromJson(*line);
            if (document.isObject() && Record::fromJson(document.object()))
                ++parsed;
        }
        std::printf("read and parse only: %.2f s, %d records\n", timer.elapsed() / 1000.0, parsed);
    }
    resetPeak();
    const double beforeImport = peakMb();
    timer.restart();
    ImportReport report = check(PackageImporter::run(*city, first, {}, false));
    int added = 0;
    for (const auto& [kind, tally] : report.kinds)
        added += tally.added;
    std::printf("import (all new): %.2f s, peak %.0f MB (from %.0f), %d records added\n",
                timer.elapsed() / 1000.0, peakMb(), beforeImport, added);

    // The county changes a hundred county sheets, then sends everything again.
    Statement some =
        county->prepare("SELECT u.code FROM enrollments e JOIN units u ON u.id = e.unit_id "
                        "WHERE e.state = 'county-accepted' ORDER BY u.code LIMIT 100");
    QStringList codes;
    while (some.step())
        codes << some.text(0);
    for (const QString& code : codes)
        check(
            ScoreRepository(*county).setScore(2026, code, QStringLiteral("D1.1"), 1, Step::County));
    const QString second = dir.filePath(QStringLiteral("second.lpkg"));
    timer.restart();
    check(PackageExporter::write(*county, scope, second, {}, testKey()));
    std::printf("export again: %.2f s\n", timer.elapsed() / 1000.0);
    timer.restart();
    report = check(PackageImporter::run(*city, second, {}, false));
    int updated = 0;
    int unchanged = 0;
    for (const auto& [kind, tally] : report.kinds) {
        updated += tally.updated;
        unchanged += tally.unchanged;
    }
    std::printf("import again: %.2f s, %d updated, %d unchanged\n", timer.elapsed() / 1000.0,
                updated, unchanged);
    return 0;
}
