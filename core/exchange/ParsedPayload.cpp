#include "ParsedPayload.h"

#include <QJsonDocument>

namespace lianping {

namespace {
constexpr std::size_t BatchSize = 512;
constexpr std::size_t MaxBatches = 8;
} // namespace

ParsedPayload::ParsedPayload(PayloadLines& lines)
    : m_lines(lines)
    , m_worker([this] { run(); }) {}

ParsedPayload::~ParsedPayload() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_space.notify_all();
    m_worker.join();
}

void ParsedPayload::push(std::vector<Item>&& batch) {
    std::vector<std::vector<Item>> spent;
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [this] { return m_stop || m_batches.size() < MaxBatches; });
    m_batches.push_back(std::move(batch));
    spent.swap(m_spent);
    lock.unlock();
    m_ready.notify_one();
    // `spent` is freed here, on the thread that allocated it.
}

void ParsedPayload::run() {
    std::vector<Item> batch;
    batch.reserve(BatchSize);
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                break;
        }
        Item item;
        const std::optional<QByteArray> line = m_lines.next();
        if (!line) {
            item.type = Item::Type::Cut;
        } else if (line->startsWith('[')) {
            item.type = Item::Type::History;
            item.history = QJsonDocument::fromJson(*line).array();
        } else {
            QJsonObject object = QJsonDocument::fromJson(*line).object();
            if (object.contains(QStringLiteral("end"))) {
                item.type = Item::Type::End;
                item.end = object.value(QStringLiteral("end")).toObject();
                item.trailing = m_lines.next().has_value() || m_lines.failed();
            } else {
                item.type = Item::Type::Record;
                item.record = Record::fromJson(object);
            }
        }
        const bool last = item.type == Item::Type::End || item.type == Item::Type::Cut;
        batch.push_back(std::move(item));
        if (last || batch.size() == BatchSize) {
            push(std::move(batch));
            batch = {};
            batch.reserve(BatchSize);
        }
        if (last)
            break;
    }
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_ready.notify_one();
}

const ParsedPayload::Item& ParsedPayload::next() {
    if (m_position == m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return m_cut;
        m_spent.push_back(std::move(m_current));
        m_current = std::move(m_batches.front());
        m_batches.pop_front();
        m_position = 0;
        lock.unlock();
        m_space.notify_one();
    }
    return m_current[m_position++];
}

} // namespace lianping
