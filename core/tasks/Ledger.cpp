#include "Ledger.h"

#include "core/tasks/TaskRepository.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <map>

namespace lianping {

TaskStatus Ledger::statusOf(bool done, const QDate& due, const QDate& today) {
    if (done)
        return TaskStatus::Done;
    if (!due.isValid())
        return TaskStatus::OnTrack;
    const qint64 left = today.daysTo(due);
    if (left < 0)
        return TaskStatus::Overdue;
    return left <= DueSoonDays ? TaskStatus::DueSoon : TaskStatus::OnTrack;
}

Ledger::Ledger(std::vector<Task> tasks, QDate today)
    : m_today(today.isValid() ? today : QDate::currentDate()) {
    order(std::move(tasks));
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].depth == 0)
            compute(i);
}

Ledger Ledger::load(Database& db, int year, QDate today) {
    return Ledger(TaskRepository(db).list(year), today);
}

void Ledger::order(std::vector<Task> tasks) {
    // Tasks by action (the seven first, in their order; others as they first appear; none
    // last), then in the order they were added; each followed by its parts, depth first.
    QHash<std::int64_t, std::vector<std::size_t>> partsOf;
    QHash<std::int64_t, bool> present;
    for (const Task& task : tasks)
        present.insert(task.id, true);
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].parent && present.contains(*tasks[i].parent))
            partsOf[*tasks[i].parent].push_back(i);
        else
            roots.push_back(i);
    }
    QHash<QString, int> actionRank;
    const QStringList& actions = TaskRepository::defaultActions();
    for (int i = 0; i < actions.size(); ++i)
        actionRank.insert(actions[i], i);
    for (std::size_t i : roots)
        if (!actionRank.contains(tasks[i].action) && !tasks[i].action.isEmpty())
            actionRank.insert(tasks[i].action, static_cast<int>(actionRank.size()));
    std::stable_sort(roots.begin(), roots.end(), [&](std::size_t a, std::size_t b) {
        return actionRank.value(tasks[a].action, 1 << 20) <
               actionRank.value(tasks[b].action, 1 << 20);
    });
    m_rows.reserve(tasks.size());
    m_children.reserve(tasks.size());
    // Iterative depth-first walk (a deep split never exhausts the stack).
    std::vector<std::pair<std::size_t, int>> stack;
    for (std::size_t root : roots) {
        stack.push_back({root, 0});
        std::vector<std::size_t> parentRow{}; // row index per depth
        while (!stack.empty()) {
            const auto [taskIndex, depth] = stack.back();
            stack.pop_back();
            LedgerRow row;
            row.task = std::move(tasks[taskIndex]);
            row.depth = depth;
            const std::size_t rowIndex = m_rows.size();
            m_index.insert(row.task.id, rowIndex);
            parentRow.resize(static_cast<std::size_t>(depth) + 1);
            parentRow[static_cast<std::size_t>(depth)] = rowIndex;
            m_children.emplace_back();
            if (depth > 0)
                m_children[parentRow[static_cast<std::size_t>(depth) - 1]].push_back(rowIndex);
            const auto parts = partsOf.constFind(row.task.id);
            row.hasParts = parts != partsOf.constEnd() && !parts->empty();
            m_rows.push_back(std::move(row));
            if (parts != partsOf.constEnd())
                for (auto it = parts->rbegin(); it != parts->rend(); ++it)
                    stack.push_back({*it, depth + 1});
        }
    }
}

void Ledger::compute(std::size_t root) {
    // Post-order without recursion: parts before the task they make up.
    std::vector<std::pair<std::size_t, bool>> stack{{root, false}};
    while (!stack.empty()) {
        auto [index, expanded] = stack.back();
        stack.pop_back();
        if (!expanded) {
            stack.push_back({index, true});
            for (std::size_t child : m_children[index])
                stack.push_back({child, false});
            continue;
        }
        LedgerRow& row = m_rows[index];
        const std::vector<std::size_t>& parts = m_children[index];
        if (parts.empty()) {
            row.done = row.task.doneOn.isValid();
            row.doneOn = row.task.doneOn;
            row.percent = row.done ? 100.0 : row.task.percent;
        } else {
            double sum = 0;
            bool all = true;
            QDate last;
            TaskStatus worst = TaskStatus::Done;
            for (std::size_t child : parts) {
                const LedgerRow& part = m_rows[child];
                sum += part.percent;
                all = all && part.done;
                if (part.doneOn.isValid() && (!last.isValid() || part.doneOn > last))
                    last = part.doneOn;
                if (static_cast<int>(part.status) > static_cast<int>(worst))
                    worst = part.status;
            }
            row.done = all;
            row.doneOn = all ? last : QDate();
            row.percent = all ? 100.0 : sum / static_cast<double>(parts.size());
            if (!row.task.due.isValid() && !all) {
                row.status = worst;
                row.late = false;
                continue;
            }
        }
        row.status = statusOf(row.done, row.task.due, m_today);
        row.late = row.done && row.task.due.isValid() && row.doneOn > row.task.due;
    }
}

const LedgerRow* Ledger::row(std::int64_t id) const {
    const auto found = m_index.constFind(id);
    return found == m_index.constEnd() ? nullptr : &m_rows[*found];
}

std::vector<const LedgerRow*> Ledger::filter(const LedgerFilter& filter) const {
    std::vector<const LedgerRow*> rows;
    for (const LedgerRow& row : m_rows) {
        const Task& t = row.task;
        if (!filter.lead.isEmpty() && t.lead != filter.lead)
            continue;
        if (!filter.county.isEmpty() && t.county != filter.county)
            continue;
        if (filter.cityLevel && !t.county.isEmpty())
            continue;
        if (!filter.action.isEmpty() && t.action != filter.action)
            continue;
        if (filter.status && row.status != *filter.status)
            continue;
        if (!filter.search.isEmpty() && !t.title.contains(filter.search, Qt::CaseInsensitive) &&
            !t.target.contains(filter.search, Qt::CaseInsensitive) &&
            !t.lead.contains(filter.search, Qt::CaseInsensitive) &&
            !t.co.join(QLatin1Char(' ')).contains(filter.search, Qt::CaseInsensitive))
            continue;
        rows.push_back(&row);
    }
    return rows;
}

std::vector<LedgerRate> Ledger::rates(LedgerGrouping grouping) const {
    std::vector<LedgerRate> groups;
    QHash<QString, std::size_t> at;
    for (const LedgerRow& row : m_rows) {
        if (row.depth != 0)
            continue;
        QString key;
        switch (grouping) {
        case LedgerGrouping::Lead:
            key = row.task.lead;
            break;
        case LedgerGrouping::County:
            key = row.task.county;
            break;
        case LedgerGrouping::Action:
            key = row.task.action;
            break;
        case LedgerGrouping::Kind:
            key = row.task.kind;
            break;
        }
        auto found = at.constFind(key);
        if (found == at.constEnd()) {
            found = at.insert(key, groups.size());
            groups.push_back({key, 0, 0});
        }
        LedgerRate& group = groups[*found];
        ++group.tasks;
        group.done += row.done ? 1 : 0;
    }
    // Rows are in action order already; kinds in their order; names by Chinese collation.
    if (grouping == LedgerGrouping::Kind) {
        const QStringList order = {QStringLiteral("common"), QStringLiteral("specific"),
                                   QStringLiteral("extended")};
        std::sort(groups.begin(), groups.end(), [&](const LedgerRate& a, const LedgerRate& b) {
            return order.indexOf(a.group) < order.indexOf(b.group);
        });
    } else if (grouping != LedgerGrouping::Action) {
        QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
        std::sort(groups.begin(), groups.end(), [&](const LedgerRate& a, const LedgerRate& b) {
            if (a.group.isEmpty() != b.group.isEmpty())
                return b.group.isEmpty();
            return collator.compare(a.group, b.group) < 0;
        });
    }
    return groups;
}

LedgerRate Ledger::total() const {
    LedgerRate total;
    for (const LedgerRow& row : m_rows)
        if (row.depth == 0) {
            ++total.tasks;
            total.done += row.done ? 1 : 0;
        }
    return total;
}

QString Ledger::rateText(const LedgerRate& rate) {
    return QStringLiteral("%1 / %2，%3 %")
        .arg(rate.done)
        .arg(rate.tasks)
        .arg(QString::number(rate.rate() * 100.0, 'f', 2));
}

} // namespace lianping
