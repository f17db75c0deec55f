#include "Output.h"

#include "core/common/JsonText.h"
#include "core/common/Points.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace lianping::cli {

// The shortest text that reads back as the same double, never in exponent form: to_chars'
// shortest form writes 200000 as "2e+05", which a person (and a spreadsheet) misreads.
std::to_chars_result writeShortest(char* first, char* last, double value) {
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 1e15)
        return std::to_chars(first, last, value, std::chars_format::fixed, 0);
    const std::to_chars_result shortest = std::to_chars(first, last, value);
    if (std::find(first, shortest.ptr, 'e') == shortest.ptr)
        return shortest;
    return std::to_chars(first, last, value, std::chars_format::fixed);
}

std::optional<Format> parseFormat(const QString& name) {
    if (name.isEmpty() || name == QStringLiteral("table"))
        return Format::Table;
    if (name == QStringLiteral("csv"))
        return Format::Csv;
    if (name == QStringLiteral("json"))
        return Format::Json;
    return std::nullopt;
}

QString shortestNumber(double value) {
    char buffer[64];
    const auto result = writeShortest(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

int displayWidth(const QString& text) {
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

QString formatOneDecimalOr(double value, int decimals) {
    return decimals == 1 ? formatOneDecimal(value) : QString::number(value, 'f', decimals);
}

QString cellText(const Cell& cell) {
    switch (cell.kind) {
    case Cell::Kind::Text:
        return cell.text;
    case Cell::Kind::Number:
        return cell.decimals >= 0 ? formatOneDecimalOr(cell.number, cell.decimals)
                                  : shortestNumber(cell.number);
    case Cell::Kind::Bool:
        return cell.flag ? QStringLiteral("true") : QStringLiteral("false");
    case Cell::Kind::Null:
        return {};
    case Cell::Kind::List:
        return cell.list.join(QStringLiteral("、"));
    }
    return {};
}

// A text cell that Excel or WPS would read as a formula (=, +, -, @, tab, CR first) gets a
// leading apostrophe, as OWASP recommends against CSV injection; numbers are written as such.
QString defuseFormula(const QString& text) {
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

void appendCsv(QByteArray& out, const QString& raw) {
    const QByteArray utf8 = defuseFormula(raw).toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') &&
        !utf8.contains('\r')) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendNumber(QByteArray& out, double value, int decimals) {
    char buffer[64];
    const auto result = decimals >= 0 ? std::to_chars(buffer, buffer + sizeof buffer, value,
                                                      std::chars_format::fixed, decimals)
                                      : writeShortest(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendJsonValue(QByteArray& out, const Cell& cell) {
    switch (cell.kind) {
    case Cell::Kind::Text:
        json::appendString(out, cell.text);
        break;
    case Cell::Kind::Number:
        appendNumber(out, cell.number, -1);
        break;
    case Cell::Kind::Bool:
        out += cell.flag ? "true" : "false";
        break;
    case Cell::Kind::Null:
        out += "null";
        break;
    case Cell::Kind::List:
        out += '[';
        for (qsizetype i = 0; i < cell.list.size(); ++i) {
            if (i > 0)
                out += ',';
            json::appendString(out, cell.list[i]);
        }
        out += ']';
        break;
    }
}

} // namespace

RecordWriter::RecordWriter(Format format, QStringList keys, std::FILE* out)
    : m_format(format)
    , m_keys(std::move(keys))
    , m_out(out) {
    if (m_format == Format::Csv)
        m_buffer += m_keys.join(QLatin1Char(',')).toUtf8() + '\n';
    else if (m_format == Format::Json)
        m_buffer += '[';
    else
        m_table.push_back(m_keys);
    for (const QString& key : m_keys) {
        QByteArray prefix;
        json::appendString(prefix, key);
        m_jsonKeys.push_back(prefix + ": ");
    }
}

RecordWriter::~RecordWriter() {
    finish();
}

void RecordWriter::flush() {
    std::fwrite(m_buffer.constData(), 1, static_cast<std::size_t>(m_buffer.size()), m_out);
    m_buffer.clear();
}

void RecordWriter::add(const std::vector<Cell>& row) {
    if (m_format == Format::Table) {
        QStringList texts;
        for (const Cell& cell : row)
            texts << cellText(cell);
        m_table.push_back(texts);
        return;
    }
    if (m_format == Format::Csv) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                m_buffer += ',';
            const Cell& cell = row[i];
            if (cell.kind == Cell::Kind::Number)
                appendNumber(m_buffer, cell.number, cell.decimals);
            else
                appendCsv(m_buffer, cellText(cell));
        }
        m_buffer += '\n';
    } else {
        m_buffer += m_first ? "\n  {" : ",\n  {";
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                m_buffer += ", ";
            m_buffer += m_jsonKeys[i];
            appendJsonValue(m_buffer, row[i]);
        }
        m_buffer += '}';
    }
    m_first = false;
    if (m_buffer.size() > (1 << 20))
        flush();
}

void RecordWriter::finish() {
    if (m_finished)
        return;
    m_finished = true;
    if (m_format == Format::Json) {
        m_buffer += m_first ? "]\n" : "\n]\n";
    } else if (m_format == Format::Table) {
        std::vector<int> widths(static_cast<std::size_t>(m_keys.size()), 0);
        for (const QStringList& row : m_table)
            for (qsizetype i = 0; i < row.size() && i < m_keys.size(); ++i)
                widths[static_cast<std::size_t>(i)] =
                    std::max(widths[static_cast<std::size_t>(i)], displayWidth(row[i]));
        for (const QStringList& row : m_table) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i) {
                line += row[i];
                if (i + 1 < row.size())
                    line += QString(widths[static_cast<std::size_t>(i)] - displayWidth(row[i]) + 2,
                                    QLatin1Char(' '));
            }
            m_buffer += line.toUtf8() + '\n';
        }
    }
    flush();
    std::fflush(m_out);
}

} // namespace lianping::cli
