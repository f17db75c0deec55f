// Soak: the desktop and two command-line writers on one file for a while (default 10
// minutes). The desktop enters scores through its scoring sheet as typing does (the model's
// setData); each CLI writer is a loop of `lianping-cli score set` processes. Every write is
// either stored or reported to its writer (the sheet keeps a refused entry visibly unsaved;
// the CLI exits non-zero with a message), and at the end each writer's stored count equals
// the history the file keeps for its unit. Not part of ctest.
// Usage: build/tests/bench/lianping_bench_soak [SECONDS=600]

#include "core/campaign/CampaignRepository.h"
#include "core/registry/UnitRepository.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/common/Session.h"
#include "ui/common/Settings.h"
#include "ui/scoring/ScoreSheetModel.h"
#include "ui/scoring/ScoreSheetView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace lianping;

namespace {

int historyOf(Database& db, const QString& unit) {
    Statement count = db.prepare(
        "SELECT count(*) FROM history h JOIN units u ON u.id = h.unit_id WHERE u.code = ? AND "
        "h.entity = 'score'");
    count.bind(1, unit);
    count.step();
    return count.integer(0);
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 600;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("soak.lpdb"));
    qputenv("LIANPING_BACKUP_DIR", dir.filePath(QStringLiteral("backups")).toUtf8());
    {
        Result<std::unique_ptr<Database>> db = Workspace::open(path, QStringLiteral("准备"));
        if (!db || !Workspace::ensureDefaults(**db))
            return 1;
        Transaction transaction(**db);
        for (const char* code : {"DESK", "CLI1", "CLI2"})
            if (!UnitRepository(**db).add(
                    UnitInput{QString::fromLatin1(code),
                              QStringLiteral("浸泡测试局") + QString::fromLatin1(code),
                              QStringLiteral("agency"),
                              QStringLiteral("利州区"),
                              {},
                              false,
                              {}}))
                return 1;
        if (!CampaignRepository(**db).create(2026, {}) ||
            !CampaignRepository(**db).enroll(2026, UnitFilter{}, {}) || !transaction.commit())
            return 1;
    }

    // Two CLI writers: a shell loop each, until the time is up; stored / refused counts.
    std::vector<std::unique_ptr<QProcess>> writers;
    for (const char* unit : {"CLI1", "CLI2"}) {
        auto process = std::make_unique<QProcess>();
        const QString script =
            QStringLiteral(
                "end=$(( $(date +%s) + %1 )); ok=0; refused=0; silent=0; i=0; "
                "while [ $(date +%s) -lt $end ]; do i=$((i+1)); "
                "if \"%2\" --db \"%3\" score set 2026 %4 D1.1 $((i % 2 + 5)) --step self "
                ">/dev/null 2>\"%3.%4.err\"; then ok=$((ok+1)); else refused=$((refused+1)); "
                "[ -s \"%3.%4.err\" ] || silent=$((silent+1)); fi; done; "
                "echo $ok $refused $silent")
                .arg(seconds)
                .arg(QStringLiteral(LIANPING_CLI), path, QString::fromLatin1(unit));
        process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        writers.push_back(std::move(process));
    }

    // The desktop: its scoring sheet on unit DESK, an entry every few milliseconds.
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setOperatorName(QStringLiteral("桌面录入员"));
    ui::MainWindow window(settings);
    window.setInteractive(false);
    window.show();
    if (!window.openDatabase(path))
        return 1;
    ui::ScoreSheetView* sheet = window.sheet();
    sheet->openUnit(QStringLiteral("DESK"));
    ui::ScoreSheetModel* model = sheet->model();
    int stored = 0;
    int refused = 0;
    int lost = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; timer.elapsed() < seconds * 1000ll; ++i) {
        const QModelIndex cell = model->indexOf(QStringLiteral("D1.1"), ui::ScoreSheetModel::Self);
        const QString value = QString::number(i % 2 + 5);
        model->setData(cell, value, Qt::EditRole);
        if (model->lastEditRefused()) {
            ++refused;
            // Refused: it must stay in its cell, marked unsaved, until stored.
            if (model->unsaved().count(QStringLiteral("D1.1")) != 1 ||
                cell.data(Qt::DisplayRole).toString() != value)
                ++lost;
        } else {
            ++stored;
        }
        QApplication::processEvents();
    }
    int cli[2][3] = {};
    for (std::size_t w = 0; w < writers.size(); ++w) {
        writers[w]->waitForFinished(seconds * 1000 + 120000);
        const QStringList counts =
            QString::fromUtf8(writers[w]->readAllStandardOutput()).split(QLatin1Char(' '));
        for (int k = 0; k < 3 && k < counts.size(); ++k)
            cli[w][k] = counts[k].trimmed().toInt();
    }
    window.close();
    Result<std::unique_ptr<Database>> db = Workspace::open(path, QStringLiteral("检查"));
    if (!db)
        return 1;
    const int deskHistory = historyOf(**db, QStringLiteral("DESK"));
    const int cli1History = historyOf(**db, QStringLiteral("CLI1"));
    const int cli2History = historyOf(**db, QStringLiteral("CLI2"));
    std::printf("soak %d s: desktop %d stored, %d refused (kept unsaved; %d lost), history %d\n",
                seconds, stored, refused, lost, deskHistory);
    std::printf("  cli 1: %d stored, %d refused (%d without a message), history %d\n", cli[0][0],
                cli[0][1], cli[0][2], cli1History);
    std::printf("  cli 2: %d stored, %d refused (%d without a message), history %d\n", cli[1][0],
                cli[1][1], cli[1][2], cli2History);
    const bool equal = deskHistory == stored && cli1History == cli[0][0] &&
                       cli2History == cli[1][0] && lost == 0 && cli[0][2] == 0 && cli[1][2] == 0;
    std::printf("%s\n", equal ? "every write stored or reported; counts equal"
                              : "MISMATCH: a write was lost or not reported");
    return equal ? 0 : 1;
}
