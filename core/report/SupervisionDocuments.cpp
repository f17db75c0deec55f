#include "SupervisionDocuments.h"

#include "core/campaign/CampaignRepository.h"
#include "core/common/CellText.h"
#include "core/common/CoreText.h"
#include "core/report/DocumentNumber.h"
#include "core/report/NamingNotice.h"
#include "core/report/OfficialWriter.h"
#include "core/report/PdfFile.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/tasks/Ledger.h"
#include "core/tasks/TaskRepository.h"

#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace lianping {

namespace {

using Align = OfficialBlock::Align;

QString percentText(double value) {
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) &&
           (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text + QStringLiteral("%");
}

QString rateSentence(const LedgerRate& rate) {
    return QStringLiteral("任务%1项，已完成%2项，完成率%3")
        .arg(rate.tasks)
        .arg(rate.done)
        .arg(QString::number(rate.rate() * 100.0, 'f', 2) + QStringLiteral("%"));
}

struct Settings {
    NoticeSettings notice;
    QStringList warnings;
};

Settings settingsFor(Database& db, int year) {
    Settings settings;
    if (const std::optional<Campaign> campaign = CampaignRepository(db).find(year))
        settings.notice = campaign->notice;
    if (settings.notice.issuer.trimmed().isEmpty())
        settings.warnings << CoreText::tr(
                                 "the campaign of %1 names no issuing office: the document "
                                 "leaves it blank (campaign set %1 --issuer …)")
                                 .arg(year);
    return settings;
}

// The head of the document: the office's mark, the number, the red rule, the title, addressees.
// A letter (函) carries the office's name as its mark, a bulletin the name and 文件.
void head(OfficialWriter& writer, const Settings& settings, const QString& number,
          const QString& title, const QString& addressees, bool letter = false) {
    writer.startDocument();
    const QString issuer = settings.notice.issuer.trimmed();
    writer.add(OfficialBlock::of(
        OfficialRole::Mark, letter ? (issuer.isEmpty() ? QStringLiteral("（发文机关）") : issuer)
                                   : NamingNotice::mark(settings.notice.issuer)));
    writer.add(OfficialBlock::of(OfficialRole::DocNumber, number, Align::Centre, 0, 0, 2));
    writer.add(OfficialBlock::of(OfficialRole::Rule, {}));
    writer.add(OfficialBlock::of(OfficialRole::Title, title, Align::Centre, 0, 0, 2));
    writer.add(OfficialBlock::of(OfficialRole::Text, addressees + QStringLiteral("："), Align::Left,
                                 0, 0, 1));
}

void signature(OfficialWriter& writer, const Settings& settings, const QDate& date) {
    const QString issuer = settings.notice.issuer.trimmed().isEmpty()
                               ? QStringLiteral("（发文机关）")
                               : settings.notice.issuer.trimmed();
    OfficialBlock office = OfficialBlock::of(OfficialRole::Text, issuer, Align::Right, 0, 4, 2);
    office.centreOver = DocumentNumber::date(date);
    writer.add(office);
    writer.add(
        OfficialBlock::of(OfficialRole::Text, DocumentNumber::date(date), Align::Right, 0, 4));
}

OfficialBlock heading(const QString& text) {
    OfficialBlock made = OfficialBlock::of(OfficialRole::Heading, text, Align::Left, 2);
    made.keepWithNext = true;
    return made;
}

QString number(const QString& given, const QString& prefix, int year, int next) {
    return DocumentNumber::format(given.trimmed().isEmpty() ? QString::number(next) : given, prefix,
                                  year);
}

int documentsIssued(Database& db, int year, const char* kind) {
    Statement query = db.prepare(
        "SELECT count(DISTINCT d.number) FROM task_documents d JOIN tasks t ON t.id = d.task_id "
        "WHERE d.kind = ? AND t.year = ?");
    query.bind(1, kind).bind(2, year);
    query.step();
    return query.integer(0);
}

// The tasks as they stood at the end of `last`: done later means not done then, and the
// progress is the last entry on or before that day.
std::vector<Task> asOf(Database& db, int year, const QDate& last) {
    std::vector<Task> tasks = TaskRepository(db).list(year);
    Statement entry = db.prepare("SELECT percent, note, on_date FROM task_progress WHERE task_id = "
                                 "? AND on_date <= ? ORDER BY on_date DESC, id DESC LIMIT 1");
    for (Task& task : tasks) {
        if (task.doneOn.isValid() && task.doneOn > last)
            task.doneOn = QDate();
        if (task.progressOn.isValid() && task.progressOn > last) {
            entry.reset();
            entry.bind(1, task.id).bind(2, last.toString(Qt::ISODate));
            if (entry.step()) {
                task.percent = entry.real(0);
                task.progressNote = entry.text(1);
                task.progressOn = QDate::fromString(entry.text(2), Qt::ISODate);
            } else {
                task.percent = 0;
                task.progressNote.clear();
                task.progressOn = QDate();
            }
        }
    }
    return tasks;
}

QString dueText(const QDate& due) {
    return due.isValid() ? DocumentNumber::date(due) : QStringLiteral("长期");
}

} // namespace

std::optional<TaskPeriod> TaskPeriod::parse(const QString& raw, int year) {
    QString text = CellText::number(raw).toUpper();
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[-/.年]?(.*)$"));
    const auto m = yearFirst.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    if (y != year)
        return std::nullopt;
    QString rest = m.captured(2);
    TaskPeriod period;
    static const QString chineseDigits = QStringLiteral("一二三四");
    static const QRegularExpression quarter(
        QStringLiteral("^(?:Q([1-4])|第?([一二三四1-4])季度)$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{1,2})月?(?:份)?$"));
    if (rest.isEmpty() || rest == QStringLiteral("全年") || rest == QStringLiteral("年度")) {
        period = {QDate(y, 1, 1), QDate(y, 12, 31), QStringLiteral("全年")};
    } else if (rest == QStringLiteral("H1") || rest == QStringLiteral("上半年")) {
        period = {QDate(y, 1, 1), QDate(y, 6, 30), QStringLiteral("上半年")};
    } else if (rest == QStringLiteral("H2") || rest == QStringLiteral("下半年")) {
        period = {QDate(y, 7, 1), QDate(y, 12, 31), QStringLiteral("下半年")};
    } else if (const auto q = quarter.match(rest); q.hasMatch()) {
        const QString digit = q.captured(1).isEmpty() ? q.captured(2) : q.captured(1);
        const int n = chineseDigits.contains(digit)
                          ? static_cast<int>(chineseDigits.indexOf(digit)) + 1
                          : digit.toInt();
        period = {QDate(y, n * 3 - 2, 1), QDate(y, n * 3, 1).addMonths(1).addDays(-1),
                  QStringLiteral("第%1季度").arg(DocumentNumber::chineseNumber(n))};
    } else if (const auto mo = month.match(rest); mo.hasMatch()) {
        const int n = mo.captured(1).toInt();
        if (n < 1 || n > 12)
            return std::nullopt;
        period = {QDate(y, n, 1), QDate(y, n, 1).addMonths(1).addDays(-1),
                  QStringLiteral("%1月份").arg(n)};
    } else {
        return std::nullopt;
    }
    return period;
}

Result<SupervisionSummary> SupervisionDocuments::writeBulletin(Database& db, int year,
                                                               const QString& periodText,
                                                               const QString& path,
                                                               const QString& given) {
    const std::optional<TaskPeriod> period = TaskPeriod::parse(periodText, year);
    if (!period)
        return fail(CoreText::tr("--period '%1' is not a period of %2: write %2-Q3 (a quarter), "
                                 "%2-09 (a month), %2-H1 (a half year) or %2 (the year)")
                        .arg(periodText)
                        .arg(year));
    const Ledger ledger(asOf(db, year, period->last), period->last);
    if (ledger.rows().empty())
        return fail(CoreText::tr("the %1 ledger has no tasks to report on").arg(year));
    Settings settings = settingsFor(db, year);
    SupervisionSummary summary;
    summary.warnings = settings.warnings;
    summary.title =
        QStringLiteral("关于%1年%2廉洁细胞建设任务推进情况的通报").arg(year).arg(period->label);
    summary.number =
        number(given, settings.notice.docPrefix, year, documentsIssued(db, year, "bulletin") + 1);
    const QDate issued = QDate::currentDate();

    std::vector<const LedgerRow*> overdue;
    std::vector<const LedgerRow*> late;
    for (const LedgerRow& row : ledger.rows()) {
        if (row.status == TaskStatus::Overdue && !row.hasParts)
            overdue.push_back(&row);
        else if (row.late && !row.hasParts && row.doneOn >= period->first)
            late.push_back(&row);
    }
    const LedgerRate total = ledger.total();

    const auto paint = [&](QPainter& painter, QPdfWriter& device) -> Result<void> {
        OfficialWriter writer(painter, device);
        head(writer, settings, summary.number, summary.title,
             settings.notice.addressees.trimmed().isEmpty()
                 ? QStringLiteral("各牵头单位、配合单位，各县（区）纪委监委")
                 : settings.notice.addressees.trimmed());
        writer.add(OfficialBlock::of(
            OfficialRole::Text,
            QStringLiteral("截至%1，%2年度廉洁细胞建设%3；逾期未完成%4项，逾期完成%5项。"
                           "现将有关情况通报如下。")
                .arg(DocumentNumber::date(period->last))
                .arg(year)
                .arg(rateSentence(total))
                .arg(overdue.size())
                .arg(late.size()),
            Align::Left, 2));
        writer.add(heading(QStringLiteral("一、各牵头单位完成情况")));
        for (const LedgerRate& rate : ledger.rates(LedgerGrouping::Lead))
            writer.add(OfficialBlock::of(
                OfficialRole::Text, QStringLiteral("%1：%2。").arg(rate.group, rateSentence(rate)),
                Align::Left, 2));
        writer.add(heading(QStringLiteral("二、逾期未完成任务")));
        if (overdue.empty())
            writer.add(
                OfficialBlock::of(OfficialRole::Text, QStringLiteral("无。"), Align::Left, 2));
        int n = 0;
        for (const LedgerRow* row : overdue)
            writer.add(OfficialBlock::of(
                OfficialRole::Text,
                QStringLiteral("%1．%2（牵头单位：%3；完成时限：%4；当前进度%5）。")
                    .arg(++n)
                    .arg(row->task.title, row->task.lead, dueText(row->task.due),
                         percentText(row->percent)),
                Align::Left, 2));
        writer.add(heading(QStringLiteral("三、逾期完成任务")));
        if (late.empty())
            writer.add(
                OfficialBlock::of(OfficialRole::Text, QStringLiteral("无。"), Align::Left, 2));
        n = 0;
        for (const LedgerRow* row : late)
            writer.add(
                OfficialBlock::of(OfficialRole::Text,
                                  QStringLiteral("%1．%2（牵头单位：%3；完成时限：%4；完成于%5）。")
                                      .arg(++n)
                                      .arg(row->task.title, row->task.lead, dueText(row->task.due),
                                           DocumentNumber::date(row->doneOn)),
                                  Align::Left, 2));
        writer.add(heading(QStringLiteral("四、工作要求")));
        writer.add(OfficialBlock::of(
            OfficialRole::Text,
            QStringLiteral("请逾期未完成任务的牵头单位于本通报印发之日起10个工作日内"
                           "书面说明原因，提出整改措施和完成时限；各配合单位要主动"
                           "对接、协同推进，确保年度任务按期保质完成。"),
            Align::Left, 2));
        signature(writer, settings, issued);
        writer.finish();
        return {};
    };
    LP_TRY(PdfFile::write(path, summary.title, OfficialWriter::setUpPage, paint));

    Transaction transaction(db);
    LP_TRY(transaction.begun());
    TaskRepository tasks(db);
    for (const auto* list : {&overdue, &late})
        for (const LedgerRow* row : *list)
            LP_TRY(tasks.recordDocument(row->task.id, {QStringLiteral("bulletin"), summary.number,
                                                       periodText.trimmed(), issued}));
    LP_TRY(transaction.commit());
    summary.tasksNamed = static_cast<int>(overdue.size() + late.size());
    return summary;
}

Result<SupervisionSummary> SupervisionDocuments::writeLetter(Database& db, std::int64_t taskId,
                                                             const QString& path,
                                                             const QString& given, QDate today) {
    TaskRepository tasks(db);
    const std::optional<Task> task = tasks.find(taskId);
    if (!task)
        return fail(CoreText::tr("no task %1").arg(taskId));
    const Ledger ledger = Ledger::load(db, task->year, today);
    const LedgerRow* row = ledger.row(taskId);
    if (!row)
        return fail(CoreText::tr("no task %1").arg(taskId));
    if (row->done)
        return fail(CoreText::tr("task %1 is done (%2): it needs no supervision letter")
                        .arg(taskId)
                        .arg(row->doneOn.toString(Qt::ISODate)));
    Settings settings = settingsFor(db, task->year);
    SupervisionSummary summary;
    summary.warnings = settings.warnings;
    if (row->status != TaskStatus::Overdue)
        summary.warnings << CoreText::tr("task %1 is not overdue yet (due %2)")
                                .arg(taskId)
                                .arg(task->due.isValid() ? task->due.toString(Qt::ISODate)
                                                         : CoreText::tr("none"));
    summary.title = QStringLiteral("关于督促加快推进“%1”任务的督办函").arg(task->title);
    summary.number = number(given, settings.notice.docPrefix, task->year,
                            documentsIssued(db, task->year, "letter") + 1);
    summary.tasksNamed = 1;
    QString state;
    if (task->due.isValid()) {
        const qint64 days = task->due.daysTo(today);
        state = days > 0 ? QStringLiteral("已逾期%1天").arg(days)
                         : QStringLiteral("距完成时限仅剩%1天").arg(-days);
    }
    const QString reportTo =
        settings.notice.issuer.trimmed().isEmpty() ? QString() : settings.notice.issuer.trimmed();

    const auto paint = [&](QPainter& painter, QPdfWriter& device) -> Result<void> {
        OfficialWriter writer(painter, device);
        head(writer, settings, summary.number, summary.title, task->lead, true);
        QString facts = QStringLiteral("按照%1年度廉洁细胞建设任务分工，你单位牵头的“%2”任务")
                            .arg(task->year)
                            .arg(task->title);
        if (!task->target.trimmed().isEmpty())
            facts += QStringLiteral("（目标：%1）").arg(task->target.trimmed());
        facts +=
            QStringLiteral("，完成时限为%1。截至%2，该任务进度为%3")
                .arg(dueText(task->due), DocumentNumber::date(today), percentText(row->percent));
        facts += state.isEmpty() ? QStringLiteral("。") : QStringLiteral("，%1。").arg(state);
        writer.add(OfficialBlock::of(OfficialRole::Text, facts, Align::Left, 2));
        if (!task->co.isEmpty())
            writer.add(OfficialBlock::of(
                OfficialRole::Text,
                QStringLiteral("该任务配合单位为%1。").arg(task->co.join(QStringLiteral("、"))),
                Align::Left, 2));
        writer.add(OfficialBlock::of(
            OfficialRole::Text,
            QStringLiteral("请你单位高度重视，认真分析原因，采取有力措施加快推进，并于收到"
                           "本函之日起10个工作日内将任务推进情况、存在问题及下一步措施"
                           "书面报送%1。")
                .arg(reportTo),
            Align::Left, 2));
        writer.add(
            OfficialBlock::of(OfficialRole::Text, QStringLiteral("特此函告。"), Align::Left, 2));
        signature(writer, settings, today);
        writer.finish();
        return {};
    };
    LP_TRY(PdfFile::write(path, summary.title, OfficialWriter::setUpPage, paint));
    LP_TRY(tasks.recordDocument(taskId, {QStringLiteral("letter"), summary.number, {}, today}));
    return summary;
}

} // namespace lianping
