// Benchmarks of the core at scale (default 200,000 units): demo generation, registry search
// and paging, results for a whole campaign, one score edit. Prints medians in milliseconds.
// Usage: lianping_bench [UNITS] [--keep FILE]

#include "core/campaign/Enrollments.h"
#include "core/demo/DemoGenerator.h"
#include "core/registry/UnitRepository.h"
#include "core/scoring/ResultService.h"
#include "core/scoring/ScoreRepository.h"
#include "core/workspace/Workspace.h"

#include "Median.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace lianping;

namespace {

void report(const char* what, double ms, const char* target = "") {
    std::printf("| %-44s | %10.1f | %-10s |\n", what, ms, target);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int units =
        args.size() > 1 && !args[1].startsWith(QStringLiteral("--")) ? args[1].toInt() : 200000;
    QTemporaryDir dir;
    const qsizetype keep = args.indexOf(QStringLiteral("--keep"));
    const QString path = keep > 0 && keep + 1 < args.size()
                             ? args[keep + 1]
                             : dir.filePath(QStringLiteral("bench.lpdb"));

    std::printf("| operation (%d units)                          | median ms  | aim        |\n",
                units);
    std::printf("|----------------------------------------------|------------|------------|\n");
    Result<std::unique_ptr<Database>> opened = Workspace::open(path, QStringLiteral("bench"));
    if (!opened) {
        std::fprintf(stderr, "%s\n", opened.error().message.toUtf8().constData());
        return 1;
    }
    Database& db = **opened;
    if (UnitRepository(db).count(UnitFilter{}) == 0) {
        QElapsedTimer timer;
        timer.start();
        Result<DemoSummary> demo = DemoGenerator(db).generate(DemoOptions{units, 7, 2026});
        if (!demo) {
            std::fprintf(stderr, "%s\n", demo.error().message.toUtf8().constData());
            return 1;
        }
        report("demo generation", timer.elapsed(), "< 20000");
    } else {
        std::printf("| (reusing the units already in %s)\n", path.toUtf8().constData());
    }

    report("open the database (new connection)", medianMs(5, [&] {
               Result<std::unique_ptr<Database>> again =
                   Workspace::open(path, QStringLiteral("bench"));
               Q_UNUSED(again);
           }));

    UnitRepository registry(db);
    for (const char* text : {"医", "医院", "人民医院", "白水中学"}) {
        UnitFilter filter;
        filter.search = QString::fromUtf8(text);
        const QByteArray label = QByteArray("search '") + text + "': count + first page of 50";
        report(label.constData(),
               medianMs(9,
                        [&] {
                            registry.count(filter);
                            registry.list(filter, 50, 0);
                        }),
               "< 50");
    }
    UnitFilter county;
    county.county = QStringLiteral("利州区");
    county.typeCode = QStringLiteral("school");
    report("filter county + type: count + page", medianMs(9, [&] {
               registry.count(county);
               registry.list(county, 50, 0);
           }));
    report("page of 50 at offset 100,000",
           medianMs(9, [&] { registry.list(UnitFilter{}, 50, units / 2); }));

    ResultQuery all;
    all.year = 2026;
    std::size_t rows = 0;
    report("results for the whole campaign",
           medianMs(3, [&] { rows = ResultService(db).compute(all)->size(); }), "< 1500");
    ResultQuery one = all;
    one.unitCode = QStringLiteral("U0000777");
    report("result of one unit", medianMs(9, [&] { (void)ResultService(db).compute(one); }));

    Statement editable =
        db.prepare("SELECT u.code FROM enrollments e JOIN units u ON u.id = e.unit_id "
                   "JOIN unit_types t ON t.id = u.type_id WHERE e.state = 'draft' AND t.code = "
                   "'agency' LIMIT 1");
    if (!editable.step())
        return 1;
    const Enrollment enrollment = *Enrollments::find(db, 2026, editable.text(0));
    ScoreRepository scores(db);
    int flip = 0;
    bool stored = true;
    report("one score edit, stored (FULL sync)",
           medianMs(9,
                    [&] {
                        stored = scores
                                     .setScore(enrollment, QStringLiteral("D1.1"),
                                               (flip++ % 2) ? 10 : 12, Step::Self)
                                     .ok() &&
                                 stored;
                    }),
           "< 20");
    if (!stored) {
        std::fprintf(stderr, "the score edit failed\n");
        return 1;
    }
    std::printf("\n%zu results; database %s\n", rows, path.toUtf8().constData());
    return 0;
}
