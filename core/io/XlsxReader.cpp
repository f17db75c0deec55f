#include "XlsxReader.h"

#include "core/common/CoreText.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace lianping {

namespace {

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

// One entry's bytes; a null optional when the entry does not exist.
Result<std::optional<QByteArray>> readEntry(zip_t* archive, const QString& path,
                                            const QString& name) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    const QByteArray entry = name.toUtf8();
    if (zip_stat(archive, entry.constData(), 0, &stat) != 0)
        return std::optional<QByteArray>();
    if (!(stat.valid & ZIP_STAT_SIZE) ||
        stat.size > static_cast<zip_uint64_t>(XlsxReader::MaxEntryBytes))
        return fail(CoreText::tr("%1: the workbook part %2 is too large").arg(path, name));
    zip_file_t* file = zip_fopen(archive, entry.constData(), 0);
    if (!file)
        return fail(CoreText::tr("%1: cannot read the workbook part %2").arg(path, name));
    QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        return fail(CoreText::tr("%1: the workbook part %2 is damaged").arg(path, name));
    return std::optional<QByteArray>(std::move(bytes));
}

// Text of the current element and its descendants' <t> runs, skipping phonetic <rPh>.
QString readStringItem(QXmlStreamReader& xml) {
    QString text;
    int depth = 1;
    bool phonetic = false;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == QLatin1String("rPh"))
                phonetic = true;
            else if (xml.name() == QLatin1String("t") && !phonetic) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth; // readElementText consumed the end element
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == QLatin1String("rPh"))
                phonetic = false;
        }
    }
    return text;
}

Result<QStringList> parseSharedStrings(const QByteArray& bytes, const QString& path) {
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            strings << readStringItem(xml);
            if (strings.back().size() > XlsxReader::MaxCellChars)
                return fail(CoreText::tr("%1: a cell holds %2 characters; Excel itself allows at "
                                         "most %3")
                                .arg(path)
                                .arg(strings.back().size())
                                .arg(XlsxReader::MaxCellChars));
        }
    }
    if (xml.hasError())
        return fail(
            CoreText::tr("%1: the shared strings are damaged: %2").arg(path, xml.errorString()));
    return strings;
}

// "xl/worksheets/sheet1.xml" of the named sheet, or of the first in workbook order.
Result<QString> sheetPart(zip_t* archive, const QString& path, const QString& sheetName) {
    Result<std::optional<QByteArray>> workbook =
        readEntry(archive, path, QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    if (!*workbook)
        return fail(CoreText::tr("%1: not an Excel workbook (no xl/workbook.xml)").arg(path));
    QString relationId;
    QXmlStreamReader xml(**workbook);
    while (!xml.atEnd() && relationId.isEmpty()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("sheet"))
            continue;
        if (!sheetName.isEmpty() && xml.attributes().value(QLatin1String("name")) != sheetName)
            continue;
        for (const QXmlStreamAttribute& attribute : xml.attributes())
            if (attribute.name() == QLatin1String("id"))
                relationId = attribute.value().toString();
    }
    if (relationId.isEmpty())
        return sheetName.isEmpty()
                   ? fail(CoreText::tr("%1: the workbook has no sheet").arg(path))
                   : fail(CoreText::tr("%1: the workbook has no sheet %2").arg(path, sheetName));
    Result<std::optional<QByteArray>> rels =
        readEntry(archive, path, QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return rels.error();
    if (!*rels)
        return fail(
            CoreText::tr("%1: not an Excel workbook (no workbook relationships)").arg(path));
    QXmlStreamReader relations(**rels);
    while (!relations.atEnd()) {
        relations.readNext();
        if (!relations.isStartElement() || relations.name() != QLatin1String("Relationship") ||
            relations.attributes().value(QLatin1String("Id")) != relationId)
            continue;
        QString target = relations.attributes().value(QLatin1String("Target")).toString();
        if (target.startsWith(QLatin1Char('/')))
            return target.mid(1);
        return QStringLiteral("xl/") + target;
    }
    return fail(CoreText::tr("%1: the first sheet's part is missing").arg(path));
}

// "BC12" → column 54 (0-based) and row 12; false for anything else.
bool parseReference(QStringView reference, int& column, int& row) {
    column = 0;
    qsizetype i = 0;
    while (i < reference.size() && reference[i].isLetter()) {
        column = column * 26 + (reference[i].toUpper().unicode() - 'A' + 1);
        if (column > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == reference.size())
        return false;
    bool ok = false;
    row = reference.mid(i).toInt(&ok);
    --column;
    return ok && row > 0;
}

// Numbers as a person typed them: 12.5, 3201001 (not 3.201001E6), 0.3 (not 0.30000000000000004).
QString numberText(const QString& raw) {
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    return QString::number(value, 'g', 15);
}

} // namespace

Result<std::vector<TableRow>> XlsxReader::readRows(const QString& path, const QString& sheetName) {
    int error = 0;
    ZipPtr archive(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error));
    if (!archive) {
        if (error == ZIP_ER_OPEN || error == ZIP_ER_NOENT || error == ZIP_ER_READ)
            return fail(CoreText::tr("%1: cannot read the file").arg(path));
        return fail(
            CoreText::tr("%1: not an .xlsx workbook (the zip container is damaged)").arg(path));
    }
    Result<QString> part = sheetPart(archive.get(), path, sheetName);
    if (!part)
        return part.error();
    QStringList shared;
    Result<std::optional<QByteArray>> sharedBytes =
        readEntry(archive.get(), path, QStringLiteral("xl/sharedStrings.xml"));
    if (!sharedBytes)
        return sharedBytes.error();
    if (*sharedBytes) {
        Result<QStringList> parsed = parseSharedStrings(**sharedBytes, path);
        if (!parsed)
            return parsed.error();
        shared = std::move(*parsed);
    }
    Result<std::optional<QByteArray>> sheet = readEntry(archive.get(), path, *part);
    if (!sheet)
        return sheet.error();
    if (!*sheet)
        return fail(CoreText::tr("%1: the sheet part %2 is missing").arg(path, *part));

    std::vector<TableRow> rows;
    QXmlStreamReader xml(**sheet);
    TableRow current;
    int nextRow = 1;
    auto damaged = [&](const QString& why) {
        return fail(CoreText::tr("%1: row %2: the sheet is damaged (%3)")
                        .arg(path)
                        .arg(current.line)
                        .arg(why));
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            while (!current.fields.isEmpty() && current.fields.back().isEmpty())
                current.fields.removeLast();
            if (!current.fields.isEmpty())
                rows.push_back(std::move(current));
            current = TableRow{};
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int number = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            current.line = ok && number > 0 ? number : nextRow;
            nextRow = current.line + 1;
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString type = attributes.value(QLatin1String("t")).toString();
        int column = current.fields.size();
        int row = current.line;
        const QStringView reference = attributes.value(QLatin1String("r"));
        if (!reference.isEmpty() && !parseReference(reference, column, row))
            return damaged(CoreText::tr("cell reference %1").arg(reference.toString()));
        QString value;
        QString raw;
        bool hasValue = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("v")) {
                raw = xml.readElementText();
                hasValue = true;
            } else if (xml.name() == QLatin1String("is")) {
                value = readStringItem(xml);
                hasValue = true;
                raw.clear();
            }
        }
        if (!hasValue)
            continue;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = raw.toInt(&ok);
            if (!ok || index < 0 || index >= shared.size())
                return damaged(CoreText::tr("shared string %1").arg(raw));
            value = shared[index];
        } else if (type == QLatin1String("b")) {
            value = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
            value = raw;
        } else if (type != QLatin1String("inlineStr")) {
            value = numberText(raw);
        }
        if (value.size() > MaxCellChars)
            return damaged(CoreText::tr("a cell of %1 characters; Excel itself allows at most %2")
                               .arg(value.size())
                               .arg(MaxCellChars));
        if (column >= current.fields.size())
            current.fields.resize(column + 1);
        current.fields[column] = value.trimmed();
    }
    if (xml.hasError())
        return fail(CoreText::tr("%1: the sheet is damaged: %2").arg(path, xml.errorString()));
    return rows;
}

Result<Table> XlsxReader::readFile(const QString& path) {
    return Table::fromSheet(path, readRows(path));
}

} // namespace lianping
