#pragma once

#include <QList>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::payments {

// What `bench payments` needs besides the real repository: customers to pay, and a measured payment taken back out
// (allocations, invoice paid amounts, balance, the row) so the demo data stays as seeded. Not for production use.
class PaymentBenchRepository
{
public:
    explicit PaymentBenchRepository(db::PgConnection &c);

    // Up to n customers with at least two open invoices (spread over the base, by id).
    Result<QList<qint64>> customersWithOpenInvoices(int n);
    Status undoPayment(qint64 paymentId);

private:
    db::PgConnection &m_c;
};

} // namespace ops::payments
