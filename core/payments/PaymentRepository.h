#pragma once

#include "core/common/Result.h"
#include "core/payments/PaymentTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::payments {

// Manual payments (migration 0020_payments): record with allocation, reversal, the customer's credit, the balance
// check and the payments list. Synchronous: DB executor threads (or targo-opsctl) only. The rules are in
// docs/billing.md ("Payments"). Every change locks the customer's row first (then its invoices), so two workstations
// allocating to the same invoice wait for each other and never over-allocate; the balance moves in the same
// transaction.
class PaymentRepository
{
public:
    static constexpr int kMaxLimit = 1000;

    explicit PaymentRepository(db::PgConnection &c);

    // The methods a clerk may enter by hand (card and pre-authorized debit come from Stripe).
    static bool isManualMethod(const QString &method);
    // The checks that need no database: amount > 0, a manual method, a reference of at most 200 characters, a date
    // not after today, allocations with positive amounts on distinct invoices whose sum is not above the payment.
    static Status check(const PaymentInput &in, const QDate &today);
    // Oldest first: each open invoice (already in allocation order) takes what is left, up to its open amount.
    static QList<AllocationInput> proposeAllocation(const QList<OpenInvoice> &open, qint64 amountCents);

    Result<qint64> customerIdByCode(const QString &code); // 0: no such customer
    Result<qint64> idByCode(const QString &paymentCode); // 0: no such payment
    Result<QList<OpenInvoice>> openInvoices(qint64 customerId);
    Result<qint64> creditCents(qint64 customerId); // unallocated remainder of the customer's succeeded payments

    // One transaction: the payment (status succeeded), its allocations, the invoices' paid amounts and statuses, the
    // customer's balance. Validation (nothing written) for bad input, an unknown customer, an allocation to an invoice
    // that is not the customer's or not open, or above its open amount.
    Result<PaymentResult> record(const PaymentInput &in);
    // One transaction: an NSF cheque or any payment that did not clear: status reversed with the reason, its
    // allocations removed, its invoices re-opened, the balance restored (and the customer's other credit, if any,
    // applied to what re-opened). Conflict when the payment is not succeeded (reversed twice, failed, pending).
    Result<PaymentResult> reverse(qint64 paymentId, const QString &reason);
    // The customer's credit applied to the open invoices oldest first (the billing run does this for every billed
    // customer). Returns the cents allocated.
    Result<qint64> applyCredit(qint64 customerId);

    // Stripe payments (PPA run and Stripe's events, core/stripe). Each runs in the caller's OPEN transaction and locks
    // the customer's row first, like the changes above. A payment already recorded for the PaymentIntent is returned
    // as it is (0 when none and nothing was written is never returned: the id of the new or existing payment).
    Result<qint64> recordStripeInTransaction(const StripePaymentInput &in);
    // A pending payment that cleared: succeeded, allocated to invoiceId (up to what is open on it; the rest as
    // credit, applied oldest first), balance moved. False (nothing changed) when it is not pending.
    Result<bool> settlePendingInTransaction(qint64 paymentId, qint64 invoiceId);
    // A pending payment that did not clear: failed (it never counted). False when it is not pending.
    Result<bool> failPendingInTransaction(qint64 paymentId);
    // The allocation editor's starting point (NotFound for an unknown payment).
    Result<PaymentAllocationState> allocationState(qint64 paymentId);
    // The checks of a new allocation that need no database: amounts above zero, each invoice once, the sum not above
    // the payment's allocatable money.
    static Status checkAllocation(const QList<AllocationInput> &allocations, qint64 allocatableCents);
    // One transaction: the payment's allocations replaced by `allocations` (customer row locked, then the invoices,
    // then the payment). Conflict when the payment is not succeeded or its version is no longer expectedVersion
    // (someone changed it; a negative expectedVersion skips that check); Validation, nothing written, for the checks
    // above, an invoice that is not an open invoice of this customer (or one this payment already holds money on),
    // or an amount above what is open on it counting what this payment already holds there. The invoices' paid
    // amounts and statuses follow; the balance does not move; what is left is the customer's credit (not applied).
    Result<PaymentResult> reallocate(qint64 paymentId, const QList<AllocationInput> &allocations, int expectedVersion);

    // Every customer recomputed in one set-based statement (balance = invoices and credit notes issued, not draft or
    // void, less succeeded payments after their refunds), plus invoice paid amounts and over-allocation.
    Result<VerifyReport> verify();

    Result<PaymentPage> page(const PaymentListFilter &filter, const PaymentCursor &after, int limit);

private:
    db::PgConnection &m_c;
};

} // namespace ops::payments
