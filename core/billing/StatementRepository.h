#pragma once

#include <QDate>
#include <QString>

#include "core/billing/CustomerDocuments.h"
#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}
namespace ops::outbox {
struct OutboxRequest;
}

namespace ops::billing {

// A payment's receipt (issue 13 item 1). Synchronous: DB executor threads (or targo-opsctl) only.
class ReceiptRepository
{
public:
    explicit ReceiptRepository(db::PgConnection &c);

    Result<qint64> idByCode(const QString &code); // 0: no such payment
    // The payment, its customer, the invoices it paid, its refunds, what stayed as credit, the customer's balance
    // now and the company settings, in the customer's language. NotFound when there is no such payment.
    Result<ReceiptDocument> load(qint64 paymentId);
    // The receipt's e-mail into the outbox, linked to the payment (business_entity 'payment'): its row's id.
    Result<qint64> queueMail(qint64 paymentId, const outbox::OutboxRequest &request);

private:
    db::PgConnection &m_c;
};

// A customer's statement for a date range (issue 13 item 4). Movements (Quebec dates):
// - an invoice or a credit note (not draft, not void): its total, on its issue date;
// - a payment that cleared (succeeded, and those later reversed or refunded): minus its amount, on the day received;
// - a reversal: plus the payment's amount, on the day reversed;
// - a succeeded refund (payment_refunds): plus its amount, on the day it was requested.
// The opening balance is the sum of every movement before `from`; the closing balance the opening plus the range's
// lines: the balance identity (docs/billing.md) as of `to`, hence customers.balance_cents when `to` is today.
class StatementRepository
{
public:
    explicit StatementRepository(db::PgConnection &c);

    Result<qint64> customerIdByCode(const QString &code); // 0: no such customer
    // The benchmark's customer: the most invoices and payments since the date (ties: lowest id); 0 when none.
    Result<qint64> customerWithMostMovements(const QDate &since);
    // Validation when a date is invalid or from is after to; NotFound for an unknown customer.
    Result<StatementDocument> load(qint64 customerId, const QDate &from, const QDate &to);
    // The statement's e-mail into the outbox, linked to the customer (business_entity 'statement').
    Result<qint64> queueMail(const outbox::OutboxRequest &request);

private:
    db::PgConnection &m_c;
};

} // namespace ops::billing
