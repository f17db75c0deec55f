#include "Table.h"

#include "core/common/CoreText.h"

namespace lianping {

namespace {

bool matches(const QString& cell, std::initializer_list<const char*> names) {
    QString text = cell.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A))) // : or ：
        text.chop(1);
    for (const char* name : names)
        if (text.compare(QString::fromUtf8(name), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

Table Table::fromRows(const QString& source, std::vector<TableRow> rows) {
    Table table;
    table.source = source;
    if (rows.empty())
        return table;
    table.header = rows.front().fields;
    table.headerLine = rows.front().line;
    table.rows.assign(std::make_move_iterator(rows.begin() + 1),
                      std::make_move_iterator(rows.end()));
    return table;
}

Result<Table> Table::fromSheet(const QString& source, Result<std::vector<TableRow>> rows) {
    if (!rows)
        return rows.error();
    if (rows->empty())
        return fail(CoreText::tr("%1: the sheet is empty (a header row is expected)").arg(source));
    return fromRows(source, std::move(*rows));
}

int Table::column(std::initializer_list<const char*> names) const {
    for (const char* name : names) {
        const QString wanted = QString::fromUtf8(name);
        for (int i = 0; i < header.size(); ++i)
            if (header[i].trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
    }
    return -1;
}

bool Table::promoteHeader(std::initializer_list<const char*> names) {
    if (column(names) >= 0)
        return true;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (const QString& cell : rows[r].fields) {
            if (!matches(cell, names))
                continue;
            preamble.push_back(TableRow{headerLine, header});
            for (std::size_t p = 0; p < r; ++p)
                preamble.push_back(std::move(rows[p]));
            header = rows[r].fields;
            headerLine = rows[r].line;
            rows.erase(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(r) + 1);
            return true;
        }
    }
    return false;
}

QString Table::preambleValue(std::initializer_list<const char*> labels) const {
    for (const TableRow& row : preamble)
        for (int i = 0; i < row.fields.size(); ++i)
            if (matches(row.fields[i], labels))
                return i + 1 < row.fields.size() ? row.fields[i + 1].trimmed() : QString();
    return {};
}

} // namespace lianping
