#include "XlsReader.h"

#include "core/common/CoreText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtEndian>

#include <freexl.h>

#include <atomic>
#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace lianping {

namespace {

struct XlsCloser {
    void operator()(const void* handle) const { freexl_close(handle); }
};
using XlsHandle = std::unique_ptr<const void, XlsCloser>;

QString cellText(const FreeXL_CellValue& cell) {
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return QString::number(cell.value.double_value, 'g', 15);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        return QString::fromUtf8(cell.value.text_value).trimmed();
    default:
        return {};
    }
}

QString openError(const QString& path, int code) {
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return CoreText::tr("%1: cannot read the file").arg(path);
    case FREEXL_BIFF_OBFUSCATED:
        return CoreText::tr("%1: the workbook is password-protected; save it without a password")
            .arg(path);
    default:
        Q_UNUSED(code);
        return CoreText::tr("%1: cannot read this .xls workbook (it may be damaged); open it in "
                            "Excel or WPS and save it as .xlsx")
            .arg(path);
    }
}

// freexl (1.0.6) converts each directory entry's name with the length the file gives, up to
// 65535 bytes, out of a 128-byte entry in a 4 KB stack buffer: a damaged or crafted workbook
// makes it read far past that buffer (found by fuzz_xls). The compound-file format caps a name
// at 64 bytes, so the entries freexl scans — the first directory sector, located as freexl
// locates it — are checked before it opens the file. Anything freexl would not read as a
// compound file (wrong signature or sector size, a sector that is not there) passes: it fails
// or takes the old-BIFF path in freexl without touching a directory entry.
bool directoryNamesFit(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QByteArray header = file.read(512);
    if (header.size() != 512 || !header.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return true;
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint16 shift = qFromLittleEndian<quint16>(bytes + 30);
    if (shift != 9 && shift != 12)
        return true;
    const quint32 sectorSize = 1u << shift;
    // freexl's own arithmetic, 32-bit unsigned: a start of 0xFFFFFFFF reads the header.
    const quint32 where = (qFromLittleEndian<quint32>(bytes + 48) + 1u) * sectorSize;
    if (!file.seek(where))
        return true;
    const QByteArray sector = file.read(sectorSize);
    if (sector.size() != static_cast<qsizetype>(sectorSize))
        return true;
    for (quint32 entry = 0; entry < sectorSize; entry += 128) {
        const auto* nameSize = reinterpret_cast<const uchar*>(sector.constData()) + entry + 64;
        if (qFromLittleEndian<quint16>(nameSize) > 64)
            return false;
    }
    return true;
}

// Serialised rows (or an error) between the child that parses and the parent that waits.
void putInt(QByteArray& out, quint32 value) {
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void putText(QByteArray& out, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    putInt(out, static_cast<quint32>(utf8.size()));
    out.append(utf8);
}

QByteArray encode(const Result<std::vector<TableRow>>& rows) {
    QByteArray out;
    if (!rows) {
        out.append('E');
        putText(out, rows.error().message);
        return out;
    }
    out.append('R');
    putInt(out, static_cast<quint32>(rows->size()));
    for (const TableRow& row : *rows) {
        putInt(out, static_cast<quint32>(row.line));
        putInt(out, static_cast<quint32>(row.fields.size()));
        for (const QString& field : row.fields)
            putText(out, field);
    }
    return out;
}

class Decoder {
public:
    explicit Decoder(const QByteArray& bytes)
        : m_bytes(bytes) {}
    bool integer(quint32& value) {
        if (m_bytes.size() - m_at < 4)
            return false;
        value = qFromLittleEndian<quint32>(m_bytes.constData() + m_at);
        m_at += 4;
        return true;
    }
    bool text(QString& value) {
        quint32 size = 0;
        if (!integer(size) || static_cast<quint64>(m_bytes.size() - m_at) < size)
            return false;
        value = QString::fromUtf8(m_bytes.constData() + m_at, static_cast<qsizetype>(size));
        m_at += size;
        return true;
    }
    bool tag(char& value) {
        if (m_at >= m_bytes.size())
            return false;
        value = m_bytes[m_at++];
        return true;
    }

private:
    const QByteArray& m_bytes;
    qsizetype m_at = 0;
};

std::optional<Result<std::vector<TableRow>>> decode(const QByteArray& bytes) {
    Decoder in(bytes);
    char tag = 0;
    if (!in.tag(tag))
        return std::nullopt;
    if (tag == 'E') {
        QString message;
        if (!in.text(message))
            return std::nullopt;
        return Result<std::vector<TableRow>>(fail(message));
    }
    quint32 count = 0;
    if (tag != 'R' || !in.integer(count))
        return std::nullopt;
    std::vector<TableRow> rows;
    for (quint32 r = 0; r < count; ++r) {
        TableRow row;
        quint32 line = 0;
        quint32 fields = 0;
        if (!in.integer(line) || !in.integer(fields))
            return std::nullopt;
        row.line = static_cast<int>(line);
        for (quint32 f = 0; f < fields; ++f) {
            QString field;
            if (!in.text(field))
                return std::nullopt;
            row.fields << field;
        }
        rows.push_back(std::move(row));
    }
    return Result<std::vector<TableRow>>(std::move(rows));
}

#ifdef Q_OS_UNIX
// libfreexl 1.0.6 still crashes on some damaged workbooks (found by fuzz_xls: reads past
// buffers while parsing strings, and frees what it never allocated when an open fails). A
// county's file must not take the desktop and its unsaved work down with it: the workbook is
// parsed in a child process, which hands the rows back through a pipe. A child that crashes,
// or takes longer than a minute, is a damaged file to the person importing it.
std::optional<Result<std::vector<TableRow>>> readIsolated(const QString& path) {
    int channel[2];
    if (pipe(channel) != 0)
        return std::nullopt;
    const pid_t child = fork();
    if (child < 0) {
        close(channel[0]);
        close(channel[1]);
        return std::nullopt;
    }
    if (child == 0) {
        close(channel[0]);
        const QByteArray out = encode(XlsReader::readRowsInProcess(path));
        qsizetype written = 0;
        while (written < out.size()) {
            const ssize_t n = write(channel[1], out.constData() + written,
                                    static_cast<size_t>(out.size() - written));
            if (n <= 0)
                _exit(1);
            written += n;
        }
        _exit(0);
    }
    close(channel[1]);
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    bool timedOut = false;
    for (;;) {
        pollfd ready{channel[0], POLLIN, 0};
        const qint64 left = 60000 - clock.elapsed();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        const int polled = poll(&ready, 1, static_cast<int>(left));
        if (polled < 0 && errno == EINTR)
            continue;
        if (polled <= 0) {
            timedOut = polled == 0;
            break;
        }
        char buffer[65536];
        const ssize_t n = read(channel[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        received.append(buffer, n);
    }
    close(channel[0]);
    if (timedOut)
        kill(child, SIGKILL);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (timedOut || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return Result<std::vector<TableRow>>(fail(openError(path, FREEXL_CRAFTED_FILE)));
    std::optional<Result<std::vector<TableRow>>> rows = decode(received);
    if (!rows)
        return Result<std::vector<TableRow>>(fail(openError(path, FREEXL_CRAFTED_FILE)));
    return rows;
}
#endif

} // namespace

namespace {
std::atomic<bool> isolated{true};
} // namespace

void XlsReader::setIsolated(bool on) {
    isolated = on;
}

Result<std::vector<TableRow>> XlsReader::readRows(const QString& path) {
#ifdef Q_OS_UNIX
    if (isolated)
        if (std::optional<Result<std::vector<TableRow>>> rows = readIsolated(path))
            return std::move(*rows);
#endif
    return readRowsInProcess(path); // no child process to be had: read it here
}

Result<std::vector<TableRow>> XlsReader::readRowsInProcess(const QString& path) {
    if (!directoryNamesFit(path))
        return fail(openError(path, FREEXL_CRAFTED_FILE));
    const void* raw = nullptr;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &raw);
    XlsHandle handle(raw);
    if (opened != FREEXL_OK)
        return fail(openError(path, opened));
    if (!raw) // freexl 1.0.6 reports some failed parses as success without a handle
        return fail(openError(path, FREEXL_CRAFTED_FILE));
    unsigned int password = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
        password == FREEXL_BIFF_OBFUSCATED)
        return fail(openError(path, FREEXL_BIFF_OBFUSCATED));
    unsigned int sheets = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK || sheets == 0)
        return fail(CoreText::tr("%1: the workbook has no sheet").arg(path));
    if (freexl_select_active_worksheet(raw, 0) != FREEXL_OK)
        return fail(CoreText::tr("%1: cannot read the first sheet").arg(path));
    unsigned int rowCount = 0;
    unsigned short columnCount = 0;
    if (freexl_worksheet_dimensions(raw, &rowCount, &columnCount) != FREEXL_OK)
        return fail(CoreText::tr("%1: cannot read the first sheet").arg(path));

    std::vector<TableRow> rows;
    for (unsigned int r = 0; r < rowCount; ++r) {
        TableRow row;
        row.line = static_cast<int>(r) + 1;
        for (unsigned short c = 0; c < columnCount; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(raw, r, c, &cell) != FREEXL_OK)
                return fail(CoreText::tr("%1: row %2: the sheet is damaged (cell %3)")
                                .arg(path)
                                .arg(row.line)
                                .arg(c + 1));
            row.fields << cellText(cell);
        }
        while (!row.fields.isEmpty() && row.fields.back().isEmpty())
            row.fields.removeLast();
        if (!row.fields.isEmpty())
            rows.push_back(std::move(row));
    }
    return rows;
}

Result<Table> XlsReader::readFile(const QString& path) {
    return Table::fromSheet(path, readRows(path));
}

} // namespace lianping
