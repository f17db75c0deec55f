#include "Output.h"

#include <charconv>

namespace lianping::cli {

std::optional<Format> parseFormat(const QString& name)
{
    if (name.isEmpty() || name == QStringLiteral("table"))
        return Format::Table;
    if (name == QStringLiteral("csv"))
        return Format::Csv;
    if (name == QStringLiteral("json"))
        return Format::Json;
    return std::nullopt;
}

QString shortestNumber(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : (wide || c.isHighSurrogate() ? 2 : 1);
    }
    return width;
}

namespace {

QString cellText(const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Text:
        return cell.text;
    case Cell::Kind::Number:
        return cell.decimals >= 0 ? QString::number(cell.number, 'f', cell.decimals) : shortestNumber(cell.number);
    case Cell::Kind::Bool:
        return cell.flag ? QStringLiteral("true") : QStringLiteral("false");
    case Cell::Kind::Null:
        return {};
    }
    return {};
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString jsonString(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString jsonValue(const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Text:
        return jsonString(cell.text);
    case Cell::Kind::Number:
        return shortestNumber(cell.number);
    case Cell::Kind::Bool:
        return cell.flag ? QStringLiteral("true") : QStringLiteral("false");
    case Cell::Kind::Null:
        return QStringLiteral("null");
    }
    return QStringLiteral("null");
}

} // namespace

RecordWriter::RecordWriter(Format format, QStringList keys, std::FILE* out)
    : m_format(format)
    , m_keys(std::move(keys))
    , m_out(out)
{
    if (m_format == Format::Csv)
        write(m_keys.join(QLatin1Char(',')) + QLatin1Char('\n'));
    else if (m_format == Format::Json)
        write(QStringLiteral("["));
    else
        m_table.push_back(m_keys);
}

RecordWriter::~RecordWriter() { finish(); }

void RecordWriter::write(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), m_out);
}

void RecordWriter::add(const std::vector<Cell>& row)
{
    if (m_format == Format::Table) {
        QStringList texts;
        for (const Cell& cell : row)
            texts << cellText(cell);
        m_table.push_back(texts);
        return;
    }
    QString line;
    if (m_format == Format::Csv) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                line += QLatin1Char(',');
            line += csvField(cellText(row[i]));
        }
        line += QLatin1Char('\n');
    } else {
        line = m_first ? QStringLiteral("\n  {") : QStringLiteral(",\n  {");
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                line += QStringLiteral(", ");
            line += jsonString(m_keys[static_cast<qsizetype>(i)]) + QStringLiteral(": ") + jsonValue(row[i]);
        }
        line += QLatin1Char('}');
    }
    m_first = false;
    write(line);
}

void RecordWriter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_format == Format::Json) {
        write(m_first ? QStringLiteral("]\n") : QStringLiteral("\n]\n"));
    } else if (m_format == Format::Table) {
        std::vector<int> widths(static_cast<std::size_t>(m_keys.size()), 0);
        for (const QStringList& row : m_table)
            for (qsizetype i = 0; i < row.size() && i < m_keys.size(); ++i)
                widths[static_cast<std::size_t>(i)] = std::max(widths[static_cast<std::size_t>(i)], displayWidth(row[i]));
        QString out;
        for (const QStringList& row : m_table) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i) {
                line += row[i];
                if (i + 1 < row.size())
                    line += QString(widths[static_cast<std::size_t>(i)] - displayWidth(row[i]) + 2, QLatin1Char(' '));
            }
            out += line + QLatin1Char('\n');
        }
        write(out);
    }
    std::fflush(m_out);
}

} // namespace lianping::cli
