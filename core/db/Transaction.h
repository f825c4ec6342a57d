#pragma once

#include <functional>

#include "core/db/PgConnection.h"

namespace ops::db {

enum class Isolation
{
    ReadCommitted,
    RepeatableRead,
    Serializable
};

// RAII transaction: BEGIN on construction, ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(PgConnection &c, Isolation iso = Isolation::ReadCommitted);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begin; }
    Status commit();
    void rollback();

private:
    PgConnection &m_c;
    Status m_begin;
    bool m_open = false;
};

// Runs fn in a transaction, retrying on serialization failure / deadlock (40001, 40P01) up to maxAttempts.
template <typename T>
Result<T> withTransaction(PgConnection &c, const std::function<Result<T>(PgConnection &)> &fn,
    Isolation iso = Isolation::ReadCommitted, int maxAttempts = 5)
{
    for (int attempt = 1;; ++attempt) {
        Transaction tx(c, iso);
        if (!tx.begun().ok())
            return tx.begun().error();
        Result<T> r = fn(c);
        if (r.ok()) {
            Status s = tx.commit();
            if (s.ok())
                return r;
            if (!s.error().retryable || attempt >= maxAttempts)
                return s.error();
        } else {
            tx.rollback();
            if (!r.error().retryable || attempt >= maxAttempts)
                return r;
        }
    }
}

} // namespace ops::db
