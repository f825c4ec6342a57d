#pragma once

#include <optional>

#include <QString>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::live {

// The rows the live-update benchmark (targo-opsctl bench live) changes and restores. Synchronous: DB threads only.
class LiveBenchRepository
{
public:
    struct Probe
    {
        qint64 customerId = 0;
        std::optional<QString> phoneAlt; // nullopt: NULL
    };

    explicit LiveBenchRepository(db::PgConnection &c);

    // A customer from the middle of the table (by id) and its phone_alt; nullopt when there is no customer.
    Result<std::optional<Probe>> middleCustomer();
    // Sets the customer's phone_alt (nullopt: NULL) in its own statement, so the change is committed (and notified)
    // at once.
    Status setPhoneAlt(qint64 customerId, const std::optional<QString> &phoneAlt);

private:
    db::PgConnection &m_c;
};

} // namespace ops::live
