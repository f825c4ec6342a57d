#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ops::payments {

// One line of a manual allocation: so many cents of the payment to this invoice.
struct AllocationInput
{
    qint64 invoiceId = 0;
    qint64 amountCents = 0;
    bool operator==(const AllocationInput &other) const = default;
};

// A manual payment as the clerk enters it. The customer is named by id or, when customerId is 0, by code. With
// manualAllocation false the payment goes to the open invoices oldest first (and then to any other credit the
// customer has); with it true, exactly `allocations` (possibly none) and the rest stays as the customer's credit.
struct PaymentInput
{
    qint64 customerId = 0;
    QString customerCode;
    qint64 amountCents = 0;
    QString method; // cash, cheque, etransfer
    QString reference;
    QDate receivedOn; // invalid: today
    bool manualAllocation = false;
    QList<AllocationInput> allocations;
};

// A payment taken through Stripe (a PPA attempt's PaymentIntent): card or pad (pre-authorized debit). Succeeded: it
// counts at once (allocated to its invoice, the rest as credit, balance moved); not succeeded: a pending payment,
// outside the balance until Stripe says it cleared.
struct StripePaymentInput
{
    qint64 customerId = 0;
    qint64 invoiceId = 0;
    qint64 amountCents = 0;
    QString method; // card, pad
    QString paymentIntentId;
    bool succeeded = false;
};

// An open invoice of a customer, in allocation order (due date, then issue date, then id).
struct OpenInvoice
{
    qint64 id = 0;
    QString code;
    QDate issueDate;
    QDate dueDate;
    qint64 totalCents = 0;
    qint64 paidCents = 0;
    qint64 openCents = 0; // total - paid - credit notes that correct it
};

struct AllocationLine
{
    qint64 invoiceId = 0;
    QString invoiceCode;
    qint64 amountCents = 0;
};

// What a recorded or reversed payment did.
struct PaymentResult
{
    qint64 id = 0;
    QString code;
    qint64 customerId = 0;
    QString customerCode;
    qint64 amountCents = 0;
    QString method;
    QString status;
    QList<AllocationLine> allocations; // of this payment (recorded), or the ones removed (reversed)
    qint64 allocatedCents = 0;
    qint64 creditCents = 0; // the customer's unallocated credit after the change
    qint64 balanceCents = 0; // the customer's balance after the change
};

// What the allocation editor starts from: one succeeded payment, what it holds on which invoice, and every invoice
// it may go to (the ones it holds money on and the customer's other open invoices, in allocation order). For those,
// OpenInvoice::openCents is the most this payment may put on the invoice: what is open on it plus what this payment
// already holds there.
struct PaymentAllocationState
{
    qint64 paymentId = 0;
    QString paymentCode;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString status;
    QString method;
    QDateTime receivedAt;
    qint64 amountCents = 0;
    qint64 allocatableCents = 0; // amount less what was refunded
    int version = 0; // the payment's row version (optimistic check of reallocate)
    QList<OpenInvoice> invoices;
    QList<AllocationInput> allocations; // this payment's, in the order of `invoices`
    qint64 customerCreditCents = 0; // the customer's unallocated money, this payment's included
};

// One customer whose maintained balance differs from the recomputed one.
struct BalanceDifference
{
    qint64 customerId = 0;
    QString customerCode;
    qint64 balanceCents = 0;
    qint64 expectedCents = 0;
};

struct VerifyReport
{
    qint64 customers = 0;
    qint64 differenceCount = 0;
    QList<BalanceDifference> differences; // at most 500
    qint64 paidMismatches = 0; // invoices whose paid_cents or status disagree with their allocations
    qint64 overAllocatedInvoices = 0; // allocations above the invoice's total
    qint64 overAllocatedPayments = 0; // allocations above the payment's amount, or on a payment that is not succeeded
    bool clean() const
    {
        return differenceCount == 0 && paidMismatches == 0 && overAllocatedInvoices == 0 && overAllocatedPayments == 0;
    }
};

// The payments list: filters, rows, keyset cursor (received_at DESC, id DESC).
struct PaymentListFilter
{
    QDate from; // received on or after (local date), invalid: no bound
    QDate to; // received on or before
    QString method; // empty: any
    QString status; // empty: any
    QString customer; // code or part of the name; empty: any
    bool operator==(const PaymentListFilter &other) const = default;
};

struct PaymentListRow
{
    qint64 id = 0;
    QString code;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDateTime receivedAt;
    qint64 amountCents = 0;
    qint64 allocatedCents = 0;
    QString method;
    QString reference;
    QString status;
    QString reversalReason;
};

struct PaymentCursor
{
    QDateTime receivedAt;
    qint64 id = 0;
    bool isNull() const { return id == 0; }
};

struct PaymentPage
{
    QList<PaymentListRow> rows;
    PaymentCursor next; // null when this was the last page
};

} // namespace ops::payments

Q_DECLARE_METATYPE(ops::payments::PaymentResult)
Q_DECLARE_METATYPE(ops::payments::PaymentPage)
Q_DECLARE_METATYPE(ops::payments::PaymentAllocationState)
