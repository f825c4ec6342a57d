#include "core/payments/PaymentBenchRepository.h"

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"

namespace ops::payments {

PaymentBenchRepository::PaymentBenchRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<QList<qint64>> PaymentBenchRepository::customersWithOpenInvoices(int n)
{
    auto r =
        m_c.exec("SELECT customer_id FROM invoices WHERE kind = 'invoice' AND status IN ('issued', 'partially_paid')"
                 " GROUP BY customer_id HAVING count(*) >= 2 ORDER BY customer_id LIMIT $1",
            db::SqlParams().add(n));
    if (!r.ok())
        return r.error();
    QList<qint64> out;
    for (int row = 0; row < r.value().rows(); ++row)
        out << r.value().int64(row, 0);
    return out;
}

Status PaymentBenchRepository::undoPayment(qint64 paymentId)
{
    std::function<Result<bool>(db::PgConnection &)> fn = [paymentId](db::PgConnection &c) -> Result<bool> {
        auto removed = c.exec("WITH d AS (DELETE FROM payment_allocations WHERE payment_id = $1 RETURNING invoice_id)"
                              " SELECT ops_refresh_invoice_paid(array_agg(invoice_id)) FROM d",
            db::SqlParams().add(paymentId));
        if (!removed.ok())
            return removed.error();
        auto p = c.exec("DELETE FROM payments WHERE id = $1 RETURNING customer_id, amount_cents, status",
            db::SqlParams().add(paymentId));
        if (!p.ok())
            return p.error();
        if (p.value().rows() == 1 && p.value().text(0, 2) == QLatin1String("succeeded")) {
            auto b = c.exec("UPDATE customers SET balance_cents = balance_cents + $2 WHERE id = $1",
                db::SqlParams().add(p.value().int64(0, 0)).add(p.value().int64(0, 1)));
            if (!b.ok())
                return b.error();
        }
        return true;
    };
    auto r = db::withTransaction(m_c, fn);
    if (!r.ok())
        return r.error();
    return success();
}

} // namespace ops::payments
