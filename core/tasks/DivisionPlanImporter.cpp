#include "DivisionPlanImporter.h"

#include "core/common/CellText.h"
#include "core/common/CoreText.h"
#include "core/io/TableFile.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/tasks/TaskDates.h"
#include "core/tasks/TaskRepository.h"

#include <QHash>
#include <QRegularExpression>

namespace lianping {

namespace {

struct Columns {
    int number, title, kind, lead, co, due, target, action, county, split;
};

Columns findColumns(const Table& table) {
    return Columns{
        table.column({"序号", "编号", "number", "no"}),
        table.column({"任务", "任务内容", "工作任务", "重点任务", "任务名称", "具体任务", "title"}),
        table.column({"类别", "任务类别", "类型", "任务类型", "kind"}),
        table.column({"牵头单位", "牵头部门", "牵头责任单位", "责任单位", "lead"}),
        table.column({"配合单位", "配合部门", "协办单位", "co"}),
        table.column({"完成时限", "时限", "完成时间", "时间节点", "due"}),
        table.column({"目标", "目标要求", "量化目标", "工作目标", "target"}),
        table.column({"行动", "专项行动", "所属行动", "action"}),
        table.column({"县区", "县(区)", "县（区）", "所属县区", "county"}),
        table.column({"分解方式", "分解", "split"})};
}

QString field(const TableRow& row, int index) {
    return index >= 0 && index < row.fields.size() ? CellText::clean(row.fields[index]) : QString();
}

QString where(const Table& table, const TableRow& row, int column) {
    if (column < 0 || column >= table.header.size())
        return CoreText::tr("%1: row %2").arg(table.source).arg(row.line);
    return CoreText::tr("%1: row %2, field %3")
        .arg(table.source)
        .arg(row.line)
        .arg(table.header[column]);
}

// "一、清廉机关建设行动" → 清廉机关建设行动; "（三）" and "3." ordinals likewise.
QString withoutOrdinal(const QString& text) {
    static const QRegularExpression ordinal(
        QStringLiteral("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|"
                       "\\d+[、.．])\\s*"));
    QString rest = text;
    rest.remove(ordinal);
    return rest.trimmed();
}

// 1 → "1"; 1.2, 1-2, 1．2 → "1.2" (the parent is the text before the last dot).
QString sequenceKey(const QString& text) {
    QString key = CellText::number(text);
    key.replace(QRegularExpression(QStringLiteral("[-－—．、]")), QStringLiteral("."));
    while (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    static const QRegularExpression valid(QStringLiteral("^\\d+(\\.\\d+)*$"));
    if (!valid.match(key).hasMatch())
        return {};
    QStringList parts = key.split(QLatin1Char('.'));
    for (QString& part : parts)
        part = QString::number(part.toInt());
    return parts.join(QLatin1Char('.'));
}

} // namespace

Result<DivisionPlanReport> DivisionPlanImporter::importFile(int year, const QString& path) {
    Result<Table> table = TableFile::read(path);
    if (!table)
        return table.error();
    return importTable(year, *table);
}

Result<DivisionPlanReport> DivisionPlanImporter::importTable(int year, const Table& source) {
    Table table = source;
    if (findColumns(table).title < 0)
        table.promoteHeader({"任务", "任务内容", "工作任务", "重点任务", "任务名称", "具体任务"});
    const Columns c = findColumns(table);
    const std::pair<int, const char*> required[] = {
        {c.title, "任务"}, {c.kind, "类别"}, {c.lead, "牵头单位"}};
    for (const auto& [column, name] : required)
        if (column < 0)
            return fail(CoreText::tr("%1: no column %2 (the header row needs 序号, 任务, 类别, "
                                     "牵头单位, 配合单位, 完成时限, 目标)")
                            .arg(table.source, QString::fromUtf8(name)));

    TaskRepository tasks(m_db);
    // What the ledger holds already: a plan imported again adds nothing.
    QHash<QString, std::int64_t> existing;
    const auto keyOf = [](const QString& title, const QString& lead,
                          std::optional<std::int64_t> parent) {
        return title + QChar(0x1f) + lead + QChar(0x1f) + QString::number(parent.value_or(0));
    };
    for (const Task& task : tasks.list(year))
        existing.insert(keyOf(task.title, task.lead, task.parent), task.id);

    DivisionPlanReport report;
    Transaction transaction(m_db);
    LP_TRY(transaction.begun());
    QString action;
    int section = 0;
    QHash<QString, std::int64_t> idOfSequence; // "section:1.2" → id
    QHash<std::int64_t, Task> stored;
    for (const TableRow& row : table.rows) {
        const QString title = field(row, c.title);
        if (title.isEmpty()) {
            // A heading row (一、清廉学校建设行动) sets the action of the rows under it.
            QString heading;
            for (const QString& cell : row.fields)
                if (!CellText::clean(cell).isEmpty()) {
                    if (!heading.isEmpty()) {
                        heading.clear();
                        break;
                    }
                    heading = CellText::clean(cell);
                }
            if (!heading.isEmpty() && sequenceKey(heading).isEmpty()) {
                action = TaskRepository::actionName(withoutOrdinal(heading));
                ++section;
                continue;
            }
            bool blank = true;
            for (const QString& cell : row.fields)
                blank = blank && CellText::clean(cell).isEmpty();
            if (blank)
                continue;
            return fail(where(table, row, c.title) + CoreText::tr(": a task needs its text"));
        }
        TaskInput input;
        input.year = year;
        input.title = title;
        input.kind = field(row, c.kind);
        if (TaskRepository::kindCode(input.kind).isEmpty())
            return fail(where(table, row, c.kind) +
                        CoreText::tr(": '%1' is none of 共性, 个性, 延伸").arg(input.kind));
        input.lead = field(row, c.lead);
        if (input.lead.isEmpty())
            return fail(where(table, row, c.lead) +
                        CoreText::tr(": a task needs a lead department"));
        if (c.co >= 0)
            input.co = QStringList{field(row, c.co)};
        input.target = field(row, c.target);
        input.county = field(row, c.county);
        input.action =
            c.action >= 0 && !field(row, c.action).isEmpty() ? field(row, c.action) : action;
        input.due = field(row, c.due);
        if (!TaskDates::parse(input.due, year))
            return fail(where(table, row, c.due) +
                        CoreText::tr(": '%1' is not a date (2026-06-30, 2026年6月底, 6月底前, "
                                     "年底前, 第三季度 or 长期坚持)")
                            .arg(input.due));
        const QString sequence = sequenceKey(field(row, c.number));
        const qsizetype dot = sequence.lastIndexOf(QLatin1Char('.'));
        if (dot > 0) {
            const QString parentKey = QStringLiteral("%1:%2").arg(section).arg(sequence.left(dot));
            const auto parent = idOfSequence.constFind(parentKey);
            if (parent == idOfSequence.constEnd())
                return fail(where(table, row, c.number) +
                            CoreText::tr(": part %1 comes before (or without) task %2")
                                .arg(sequence, sequence.left(dot)));
            input.parent = *parent;
            QString split = field(row, c.split);
            if (split.isEmpty()) {
                const Task& whole = stored.value(*parent);
                if (!input.county.isEmpty())
                    split = QStringLiteral("down");
                else if (input.lead.startsWith(whole.lead) || input.lead == whole.lead)
                    split = QStringLiteral("inner");
                else
                    split = QStringLiteral("outer");
            }
            input.split = split;
            if (TaskRepository::splitCode(split).isEmpty())
                return fail(where(table, row, c.split) +
                            CoreText::tr(": '%1' is none of 内分, 外分, 下分").arg(split));
        }
        const QString key = keyOf(input.title, input.lead, input.parent);
        std::int64_t id = 0;
        if (const auto found = existing.constFind(key); found != existing.constEnd()) {
            id = *found;
            ++report.unchanged;
        } else {
            Result<std::int64_t> added = tasks.add(input);
            if (!added)
                return fail(where(table, row, -1) + QStringLiteral(": ") + added.error().message);
            id = *added;
            existing.insert(key, id);
            ++(input.parent ? report.parts : report.tasks);
        }
        Task task;
        task.id = id;
        task.lead = input.lead;
        stored.insert(id, task);
        if (!sequence.isEmpty())
            idOfSequence.insert(QStringLiteral("%1:%2").arg(section).arg(sequence), id);
    }
    LP_TRY(transaction.commit());
    return report;
}

} // namespace lianping
