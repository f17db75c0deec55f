#pragma once
// A write transaction (BEGIN IMMEDIATE), or a savepoint when one is already open, that rolls
// back unless commit() succeeds: every multi-row change goes through one of these.

#include "core/common/Result.h"

namespace lianping {

class Database;

class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Result<void>& begun() const { return m_begun; }
    Result<void> commit();

private:
    Database& m_db;
    Result<void> m_begun;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace lianping
