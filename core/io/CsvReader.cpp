#include "CsvReader.h"

#include "common/CoreText.h"

#include <QCoreApplication>

#include <QFile>
#include <QStringDecoder>

namespace lianping {

QString CsvReader::decode(const QByteArray& bytes) {
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb(bytes);
        if (!gb.hasError())
            return text;
    }
    return QString::fromUtf8(bytes);
}

Result<Table> CsvReader::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CoreText::tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<Table> CsvReader::parse(const QByteArray& bytes, const QString& source) {
    const QString text = decode(bytes);
    std::vector<TableRow> records;
    TableRow current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.front().trimmed().isEmpty();
        if (!blank)
            records.push_back(current);
        current = TableRow{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(CoreText::tr("%1: line %2: a quoted field is not closed")
                        .arg(source)
                        .arg(current.line));
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    if (records.empty())
        return fail(CoreText::tr("%1: the file is empty (a header row is expected)").arg(source));
    for (TableRow& row : records)
        for (QString& value : row.fields)
            value = value.trimmed();
    return Table::fromRows(source, std::move(records));
}

} // namespace lianping
