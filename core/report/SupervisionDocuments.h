#pragma once
// The task ledger's supervision papers (seed 003: 一月一通报、一季一督查), as official documents
// on the GB/T 9704 grid: the period's bulletin (通报) — the completion rate, the lead
// departments' rates, the tasks overdue and those done late — and a supervision letter (督办函)
// to an unfinished task's lead department. Both are numbered like the office's documents and
// recorded on the tasks they name.

#include "core/common/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace lianping {

class Database;

struct SupervisionSummary {
    QString title;
    QString number;
    int tasksNamed = 0;
    QStringList warnings; // e.g. the campaign has no issuing office yet
};

// A bulletin's period: 2026-Q3, 2026-09, 2026-H1 or 2026 (and 2026年第三季度, 2026年9月).
struct TaskPeriod {
    QDate first;
    QDate last;
    QString label; // 第三季度, 9月, 上半年, 全年
    static std::optional<TaskPeriod> parse(const QString& text, int year);
};

class SupervisionDocuments {
public:
    // `number`: the bulletin's number (12 → 广委〔2026〕12号); empty: the year's next.
    static Result<SupervisionSummary> writeBulletin(Database& db, int year, const QString& period,
                                                    const QString& path,
                                                    const QString& number = {});
    static Result<SupervisionSummary> writeLetter(Database& db, std::int64_t taskId,
                                                  const QString& path, const QString& number,
                                                  QDate today);
};

} // namespace lianping
