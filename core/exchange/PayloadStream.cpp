#include "PayloadStream.h"

#include <zlib.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace lianping {

namespace {
constexpr qsizetype ChunkBytes = 256 * 1024;
} // namespace

struct PayloadWriter::State {
    static constexpr std::size_t MaxWaiting = 4;

    z_stream stream{};
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::pair<QByteArray, bool>> waiting; // chunk, last
    QByteArray out;                                  // the deflater's until it has ended
    bool ended = false;
    std::thread deflater;

    void deflateChunk(const QByteArray& input, bool last) {
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
        stream.avail_in = static_cast<uInt>(input.size());
        char buffer[ChunkBytes];
        int status = Z_OK;
        do {
            stream.next_out = reinterpret_cast<Bytef*>(buffer);
            stream.avail_out = sizeof buffer;
            status = deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0 ||
                 (last && status != Z_STREAM_END && status != Z_STREAM_ERROR));
    }

    void run() {
        for (;;) {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !waiting.empty(); });
            auto [chunk, last] = std::move(waiting.front());
            waiting.pop_front();
            changed.notify_all();
            lock.unlock();
            deflateChunk(chunk, last);
            if (last) {
                lock.lock();
                ended = true;
                changed.notify_all();
                return;
            }
        }
    }
};

PayloadWriter::PayloadWriter()
    : m_state(std::make_unique<State>()) {
    deflateInit(&m_state->stream, 6);
    m_state->deflater = std::thread([state = m_state.get()] { state->run(); });
}

PayloadWriter::~PayloadWriter() {
    if (m_state->deflater.joinable()) { // not finished: end the stream, then the thread
        hand({}, true);
        m_state->deflater.join();
    }
    deflateEnd(&m_state->stream);
}

void PayloadWriter::writeLine(const QByteArray& json) {
    m_pending += json;
    m_pending += '\n';
    if (m_pending.size() >= ChunkBytes) {
        hand(std::move(m_pending), false);
        m_pending = QByteArray();
        m_pending.reserve(ChunkBytes + ChunkBytes / 4);
    }
}

void PayloadWriter::hand(QByteArray chunk, bool last) {
    std::unique_lock lock(m_state->mutex);
    m_state->changed.wait(lock, [&] { return m_state->waiting.size() < State::MaxWaiting; });
    m_state->waiting.emplace_back(std::move(chunk), last);
    m_state->changed.notify_all();
}

QByteArray PayloadWriter::finish() {
    hand(std::move(m_pending), true);
    m_pending = QByteArray();
    m_state->deflater.join();
    return std::move(m_state->out);
}

struct PayloadReader::State {
    z_stream stream{};
};

PayloadReader::PayloadReader(QByteArray compressed)
    : m_state(std::make_unique<State>())
    , m_compressed(std::move(compressed)) {
    inflateInit(&m_state->stream);
    m_state->stream.next_in = reinterpret_cast<Bytef*>(m_compressed.data());
    m_state->stream.avail_in = static_cast<uInt>(m_compressed.size());
}

PayloadReader::~PayloadReader() {
    inflateEnd(&m_state->stream);
}

bool PayloadReader::inflateMore() {
    if (m_ended || m_failed)
        return false;
    z_stream& stream = m_state->stream;
    // Drop what was read already, then inflate one chunk after what is left.
    m_buffer.remove(0, m_start);
    m_start = 0;
    const qsizetype used = m_buffer.size();
    m_buffer.resize(used + ChunkBytes);
    stream.next_out = reinterpret_cast<Bytef*>(m_buffer.data() + used);
    stream.avail_out = static_cast<uInt>(ChunkBytes);
    const int status = inflate(&stream, Z_NO_FLUSH);
    const qsizetype produced = ChunkBytes - static_cast<qsizetype>(stream.avail_out);
    m_buffer.resize(used + produced);
    m_total += produced;
    if (status == Z_STREAM_END) {
        m_ended = true;
        if (stream.avail_in != 0) // bytes after the end of the stream
            m_failed = true;
    } else if (status != Z_OK || (produced == 0 && stream.avail_in == 0)) {
        m_failed = true; // damaged, or cut short
    }
    if (m_total > MaxTotalBytes)
        m_failed = true;
    return !m_failed && (produced > 0 || !m_ended);
}

std::optional<QByteArray> PayloadReader::nextLine() {
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', m_start);
        if (end >= 0) {
            QByteArray line = m_buffer.mid(m_start, end - m_start);
            m_start = end + 1;
            return line;
        }
        if (m_buffer.size() - m_start > MaxLineBytes) {
            m_failed = true;
            return std::nullopt;
        }
        if (!inflateMore()) {
            if (!m_failed && m_start < m_buffer.size())
                m_failed = true; // a last line without its newline: cut short
            return std::nullopt;
        }
    }
}

} // namespace lianping
