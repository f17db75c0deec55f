#pragma once
// Writes records as an aligned text table (CJK characters count double width), CSV or JSON.
// Rows are streamed: a 200,000-row result is never held twice.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>
#include <vector>

namespace lianping::cli {

enum class Format { Table, Csv, Json };
std::optional<Format> parseFormat(const QString& name);

// A value of a record: text, number, boolean or null, so JSON keeps its types.
struct Cell {
    enum class Kind { Text, Number, Bool, Null, List } kind = Kind::Null;
    QString text;
    QStringList list; // Kind::List: a JSON array of strings; "、"-joined in a table or CSV
    double number = 0;
    bool flag = false;
    int decimals = -1; // table/CSV: -1 full precision, else fixed decimals

    static Cell str(const QString& value) { return {Kind::Text, value, {}, 0, false, -1}; }
    static Cell num(double value, int decimals = -1) {
        return {Kind::Number, {}, {}, value, false, decimals};
    }
    static Cell boolean(bool value) { return {Kind::Bool, {}, {}, 0, value, -1}; }
    static Cell null() { return {}; }
    static Cell strings(const QStringList& values) {
        Cell cell;
        cell.kind = Kind::List;
        cell.list = values;
        return cell;
    }
    template <typename T> static Cell opt(const std::optional<T>& value, int decimals = -1) {
        return value ? num(static_cast<double>(*value), decimals) : null();
    }
};

class RecordWriter {
public:
    RecordWriter(Format format, QStringList keys, std::FILE* out = stdout);
    ~RecordWriter();
    void add(const std::vector<Cell>& row);
    void finish();

private:
    void flush();
    QByteArray m_buffer;
    std::vector<QByteArray> m_jsonKeys; // "key": encoded once
    Format m_format;
    QStringList m_keys;
    std::FILE* m_out;
    std::vector<QStringList> m_table; // table format aligns columns, so it buffers
    bool m_first = true;
    bool m_finished = false;
};

QString shortestNumber(double value); // the shortest text that reads back as the same double
int displayWidth(const QString& text);

} // namespace lianping::cli
