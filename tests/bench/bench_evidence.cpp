// Evidence in packages: a county with GB of evidence files (files of up to 200 MB spread over
// units) exports one package and a city imports it — both streamed, so peak memory stays
// far under the files' size. Also times attaching the files. Not a timed test.
// Usage: lianping_bench_evidence [MEGABYTES=1024] [FILE_MB=100] [--encrypted]

#include "core/demo/DemoGenerator.h"
#include "core/evidence/EvidenceRepository.h"
#include "core/exchange/OfficeKeys.h"
#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageImporter.h"
#include "core/office/Office.h"
#include "core/workspace/Workspace.h"

#include "PeakMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace lianping;
using namespace lianping::bench;

namespace {

KeyUnlock key() {
    return KeyUnlock{QByteArrayLiteral("bench key passphrase"), false};
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

// A file of `mb` MiB whose bytes differ from every other file's.
QString makeFile(const QString& path, int mb, int seed) {
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (int m = 0; m < mb; ++m) {
        for (int i = 0; i < block.size(); i += 4)
            *reinterpret_cast<quint32*>(block.data() + i) =
                static_cast<quint32>((seed * 2654435761u) ^ (m * 40503u) ^ i);
        file.write(block);
    }
    return path;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 1024;
    const int each = argc > 2 ? std::atoi(argv[2]) : 100;
    const bool encrypted = app.arguments().contains(QStringLiteral("--encrypted"));
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-evidence-XXXXXX"));
    auto county = check(
        Workspace::open(dir.filePath(QStringLiteral("county.lpdb")), QStringLiteral("bench")));
    check(DemoGenerator(*county).generate(DemoOptions{200, 5, 2026}));
    check(county->exec("UPDATE units SET county_id = (SELECT min(id) FROM counties);"
                       "UPDATE enrollments SET state = 'county-accepted', naming_id = NULL;"
                       "DELETE FROM revocations; DELETE FROM namings;"));
    Statement name = county->prepare("SELECT name FROM counties ORDER BY id LIMIT 1");
    name.step();
    const QString countyName = name.text(0);
    name.reset();
    check(Offices::configure(*county, QStringLiteral("县纪委"), Role::County, countyName, {}));
    check(OfficeKeys::ensureOwn(*county, key()));
    Statement codes = county->prepare("SELECT code FROM units ORDER BY code");
    QStringList units;
    while (codes.step())
        units << codes.text(0);
    codes.reset();

    const int files = std::max(1, total / each);
    QElapsedTimer timer;
    timer.start();
    EvidenceRepository evidence(*county);
    for (int i = 0; i < files; ++i) {
        const QString path = makeFile(dir.filePath(QStringLiteral("scan-%1.pdf").arg(i)), each, i);
        check(
            evidence.add(2026, units[i % units.size()], QStringLiteral("-"), {path}, Step::County));
        QFile::remove(path);
    }
    std::printf("attached %d files of %d MB: %.1f s\n", files, each, timer.elapsed() / 1000.0);

    auto city =
        check(Workspace::open(dir.filePath(QStringLiteral("city.lpdb")), QStringLiteral("bench")));
    check(Offices::configure(*city, QStringLiteral("市纪委"), Role::City, {}, {}));
    check(OfficeKeys::trust(*city, check(OfficeKeys::exportKeyFile(*county, key())),
                            QStringLiteral("key")));
    const QByteArray passphrase =
        encrypted ? QByteArrayLiteral("bench package passphrase") : QByteArray();
    RecordScope scope;
    scope.year = 2026;
    const QString package = dir.filePath(QStringLiteral("county.lpkg"));
    resetPeak();
    timer.restart();
    const ExportSummary summary =
        check(PackageExporter::write(*county, scope, package, passphrase, key()));
    std::printf("export%s: %.1f s, peak %.0f MB, package %.0f MB, %d files (%.0f MB)\n",
                encrypted ? " (encrypted)" : "", timer.elapsed() / 1000.0, peakMb(),
                summary.bytes / 1048576.0, summary.files, summary.fileBytes / 1048576.0);
    resetPeak();
    timer.restart();
    const ImportReport report = check(PackageImporter::run(*city, package, passphrase, false));
    std::printf("import: %.1f s, peak %.0f MB, %d files verified\n", timer.elapsed() / 1000.0,
                peakMb(), report.files);
    return 0;
}
