#include "CsvReader.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>

#include <QFile>
#include <QStringDecoder>

namespace lianping {

namespace {

bool decodes(QStringDecoder::Encoding encoding, const QByteArray& bytes, QString& text) {
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    text = decoder(bytes);
    return !decoder.hasError();
}

// The first line (1-based) that is not valid UTF-8, for the message.
int firstBadLine(const QByteArray& bytes) {
    int line = 1;
    for (const QByteArray& part : bytes.split('\n')) {
        QString ignored;
        if (!decodes(QStringDecoder::Utf8, part, ignored))
            return line;
        ++line;
    }
    return 1;
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray& bytes, const QString& source) {
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (decodes(QStringDecoder::Utf8, bytes.mid(3), text))
            return text;
    } else if (bytes.startsWith("\xFF\xFE")) {
        if (decodes(QStringDecoder::Utf16LE, bytes.mid(2), text))
            return text;
    } else if (bytes.startsWith("\xFE\xFF")) {
        if (decodes(QStringDecoder::Utf16BE, bytes.mid(2), text))
            return text;
    } else {
        if (decodes(QStringDecoder::Utf8, bytes, text))
            return text;
        // Chinese Excel and WPS save CSV as GBK, which GB18030 contains.
        QStringDecoder gb("GB18030");
        if (gb.isValid()) {
            text = gb(bytes);
            if (!gb.hasError() && !text.contains(QChar::ReplacementCharacter))
                return text;
        }
    }
    // Never import a name with "?" or U+FFFD in it: say where the file stops making sense.
    return fail(CoreText::tr("%1: line %2: the text is neither UTF-8 nor GB18030 (GBK); save "
                             "the file again as \"CSV UTF-8\" or as an Excel workbook")
                    .arg(source)
                    .arg(firstBadLine(bytes)));
}

Result<Table> CsvReader::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CoreText::tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<Table> CsvReader::parse(const QByteArray& bytes, const QString& source) {
    Result<QString> decoded = decode(bytes, source);
    if (!decoded)
        return decoded.error();
    const QString& text = *decoded;
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
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('\n')) {
            continue; // CR LF: the LF ends the record
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) { // LF, or CR alone (old Mac)
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
