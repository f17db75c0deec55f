#pragma once
// A payload's records and history rows read, inflated and parsed on a worker thread while the
// caller merges the ones before them into the database: a city's package keeps both cores
// busy. Memory stays bounded: the worker waits when a few thousand parsed lines are queued.

#include "core/exchange/PayloadLines.h"
#include "core/exchange/Records.h"

#include <QJsonArray>
#include <QJsonObject>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace lianping {

class ParsedPayload {
public:
    struct Item {
        enum class Type { Record, History, End, Cut };
        Type type = Type::Cut;
        std::optional<Record> record; // Record: none when the line is damaged
        QJsonArray history;           // History: the row
        QJsonObject end;              // End: the end line's counts
        bool trailing = false;        // End: more came after it, or the stream failed
    };

    // Reads the lines after the header (already taken from `lines`) until the end line or
    // the first missing line.
    explicit ParsedPayload(PayloadLines& lines);
    ~ParsedPayload();
    ParsedPayload(const ParsedPayload&) = delete;
    ParsedPayload& operator=(const ParsedPayload&) = delete;

    // The next line, in order; after End or Cut, Cut again. Valid until the next call: the
    // batch it is in goes back to the worker, which frees what it allocated (a record freed
    // on the merging thread would contend for the worker's allocator arena).
    const Item& next();

private:
    void run();
    void push(std::vector<Item>&& batch);
    PayloadLines& m_lines;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<std::vector<Item>> m_batches;
    // Batches merged, handed back so the worker frees what it allocated (no cross-thread
    // frees in the allocator on the merging thread).
    std::vector<std::vector<Item>> m_spent;
    bool m_stop = false;
    bool m_finished = false;
    std::vector<Item> m_current;
    std::size_t m_position = 0;
    const Item m_cut; // what next() gives once everything is read
    std::thread m_worker;
};

} // namespace lianping
