#pragma once
// The lines of a package's payload, made on a thread of their own: records come as drafts
// with the versions the receiver should know of, and are sealed (serialized and hashed) and
// written there while the caller reads the next ones from the database. Lines keep the order
// they were given in; a few batches wait at most, so memory stays bounded.

#include "core/exchange/Records.h"

#include <QByteArray>
#include <QJsonArray>

#include <memory>
#include <utility>
#include <vector>

namespace lianping {

class RecordLines {
public:
    RecordLines();
    ~RecordLines();
    RecordLines(const RecordLines&) = delete;
    RecordLines& operator=(const RecordLines&) = delete;

    void addLine(QByteArray json); // a line as it is (without the newline)
    void addRow(QJsonArray row);   // a history row
    // A draft whose `known` holds the versions seen of its key; its own is dropped from them
    // once it is sealed.
    void addRecord(Record&& draft);

    // The keys and versions of the records sealed since the last call, for the caller to
    // remember (in no particular order).
    std::vector<std::pair<QString, Version>> takeSealed();
    // Waits for every line; the compressed payload. Call takeSealed() after it for the last.
    QByteArray finish();

private:
    struct Item;
    struct State;
    void add(Item&& item);
    void hand(bool last);
    std::unique_ptr<State> m_state;
    std::vector<Item> m_batch;
};

} // namespace lianping
