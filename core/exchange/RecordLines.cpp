#include "RecordLines.h"

#include "core/exchange/PayloadStream.h"

#include <QJsonDocument>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>

namespace lianping {

namespace {
constexpr std::size_t BatchItems = 256;
constexpr std::size_t MaxWaiting = 4;
} // namespace

struct RecordLines::Item {
    std::variant<QByteArray, QJsonArray, Record> content;
};

struct RecordLines::State {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::pair<std::vector<Item>, bool>> waiting; // batch, last
    std::vector<std::pair<QString, Version>> sealed;
    PayloadWriter payload; // the encoder's alone once it runs
    QByteArray out;        // the compressed payload, once the last batch is written
    std::thread encoder;

    void write(Item& item, std::vector<std::pair<QString, Version>>& done) {
        if (QByteArray* line = std::get_if<QByteArray>(&item.content)) {
            payload.writeLine(*line);
        } else if (QJsonArray* row = std::get_if<QJsonArray>(&item.content)) {
            payload.writeLine(QJsonDocument(*row).toJson(QJsonDocument::Compact));
        } else {
            Record& record = std::get<Record>(item.content);
            record.seal();
            std::erase(record.known, record.version);
            payload.writeLine(record.toLine());
            done.emplace_back(std::move(record.key), record.version);
        }
    }

    void run() {
        for (;;) {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !waiting.empty(); });
            auto [batch, last] = std::move(waiting.front());
            waiting.pop_front();
            changed.notify_all();
            lock.unlock();
            std::vector<std::pair<QString, Version>> done;
            done.reserve(batch.size());
            for (Item& item : batch)
                write(item, done);
            batch.clear(); // freed here, not under the lock
            QByteArray compressed = last ? payload.finish() : QByteArray();
            lock.lock();
            sealed.insert(sealed.end(), std::make_move_iterator(done.begin()),
                          std::make_move_iterator(done.end()));
            if (last) {
                out = std::move(compressed);
                return;
            }
        }
    }
};

RecordLines::RecordLines()
    : m_state(std::make_unique<State>()) {
    m_batch.reserve(BatchItems);
    m_state->encoder = std::thread([state = m_state.get()] { state->run(); });
}

RecordLines::~RecordLines() {
    if (m_state->encoder.joinable()) { // not finished: end the lines, then the thread
        hand(true);
        m_state->encoder.join();
    }
}

void RecordLines::addLine(QByteArray json) {
    add(Item{std::move(json)});
}

void RecordLines::addRow(QJsonArray row) {
    add(Item{std::move(row)});
}

void RecordLines::addRecord(Record&& draft) {
    add(Item{std::move(draft)});
}

void RecordLines::add(Item&& item) {
    m_batch.push_back(std::move(item));
    if (m_batch.size() >= BatchItems)
        hand(false);
}

void RecordLines::hand(bool last) {
    std::unique_lock lock(m_state->mutex);
    m_state->changed.wait(lock, [&] { return m_state->waiting.size() < MaxWaiting; });
    m_state->waiting.emplace_back(std::move(m_batch), last);
    m_state->changed.notify_all();
    lock.unlock();
    m_batch = std::vector<Item>();
    m_batch.reserve(BatchItems);
}

std::vector<std::pair<QString, Version>> RecordLines::takeSealed() {
    std::lock_guard lock(m_state->mutex);
    return std::exchange(m_state->sealed, {});
}

QByteArray RecordLines::finish() {
    hand(true);
    m_state->encoder.join();
    return std::move(m_state->out);
}

} // namespace lianping
