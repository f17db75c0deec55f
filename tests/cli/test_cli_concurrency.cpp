// Two programs writing one file: every write waits its turn (busy timeout) instead of failing
// at once because a read of its own is still open. Before Transaction ended open reads, 178
// of 400 `score set` calls of two such loops failed with "locked".
#include "cli/CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <memory>
#include <vector>

using namespace lianping::test;

TEST_CASE("cli: two writers on one file both store every score") {
    Cli cli;
    cli.ok(args({"init"}));
    cli.ok({QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--new-counties"),
            cli.write(QStringLiteral("units.csv"), "code,name,type,county\n"
                                                   "A1,甲局,机关,利州区\nA2,乙局,机关,利州区\n")});
    cli.ok(args({"campaign", "create", "2026"}));
    cli.ok(args({"campaign", "enroll", "2026", "--type", "机关"}));

    // Each writer a shell loop of separate processes, as two people's scripts or a CLI loop
    // beside the desktop would be.
    const int writes = 60;
    std::vector<std::unique_ptr<QProcess>> loops;
    for (const char* unit : {"A1", "A2"}) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIANPING_DB"), cli.db());
        process->setProcessEnvironment(environment);
        const QString script =
            QStringLiteral("fails=0; for i in $(seq 1 %1); do \"%2\" score set 2026 %3 D1.1 "
                           "$((i % 5)) --step self >/dev/null 2>>\"%4\" || fails=$((fails+1)); "
                           "done; echo $fails")
                .arg(writes)
                .arg(QStringLiteral(LIANPING_CLI), QString::fromLatin1(unit),
                     cli.path(QStringLiteral("errors.log")));
        process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        loops.push_back(std::move(process));
    }
    int failed = 0;
    for (auto& process : loops) {
        REQUIRE(process->waitForFinished(300000));
        failed += QString::fromUtf8(process->readAllStandardOutput()).trimmed().toInt();
    }
    QFile errors(cli.path(QStringLiteral("errors.log")));
    INFO((errors.open(QIODevice::ReadOnly) ? QString::fromUtf8(errors.readAll()) : QString())
             .toStdString());
    CHECK(failed == 0);
    // The last write of each loop is what is stored, and the history has every one.
    for (const char* unit : {"A1", "A2"}) {
        const Run history = cli.ok({QStringLiteral("history"), QString::fromLatin1(unit)});
        CHECK(history.out.count(QStringLiteral("D1.1")) == writes);
    }
}
