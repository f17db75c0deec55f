#pragma once
// A package's payload (format 2) as a stream: JSON lines — a header, then one line per record
// and per history row, then an end line with the counts — deflated as they are written and
// inflated as they are read. Neither side ever holds the whole JSON: memory is that of the
// compressed package and one line.

#include "core/common/Result.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace lianping {

// Deflates on a thread of its own while the caller reads the next records: a few chunks of
// 256 KiB wait at most, so memory stays bounded.
class PayloadWriter {
public:
    PayloadWriter();
    ~PayloadWriter();
    PayloadWriter(const PayloadWriter&) = delete;
    PayloadWriter& operator=(const PayloadWriter&) = delete;

    void writeLine(const QByteArray& json); // without the newline
    // The compressed stream; the writer is done.
    QByteArray finish();

private:
    void hand(QByteArray chunk, bool last);
    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_pending;
};

class PayloadReader {
public:
    static constexpr qint64 MaxLineBytes = 64ll * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 8ll * 1024 * 1024 * 1024; // inflated

    explicit PayloadReader(QByteArray compressed);
    ~PayloadReader();
    PayloadReader(const PayloadReader&) = delete;
    PayloadReader& operator=(const PayloadReader&) = delete;

    // The next line; nothing at the end of the stream or on damage (then failed() is true).
    std::optional<QByteArray> nextLine();
    bool failed() const { return m_failed; }

private:
    bool inflateMore();
    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_compressed;
    QByteArray m_buffer;
    qsizetype m_start = 0;
    qint64 m_total = 0;
    bool m_ended = false;
    bool m_failed = false;
};

} // namespace lianping
