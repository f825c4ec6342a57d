#pragma once

#include <atomic>
#include <memory>

#include <QFuture>
#include <QHash>
#include <QObject>

#include "core/common/Result.h"
#include "core/export/CsvWriter.h"
#include "core/payments/PaymentTypes.h"
#include "core/payments/RefundTypes.h"

namespace ops::payments {

// A customer the payment entry dialog can pick (found by the global search's words).
struct CustomerChoice
{
    qint64 id = 0;
    QString code;
    QString name;
    QString subtitle; // address or e-mail, to tell homonyms apart
};

struct PaymentExportRequest
{
    QString path;
    PaymentListFilter filter;
    csv::CsvOptions options;
    // Payment, customer code, customer, received (ISO date and time, local), method, reference, status, amount,
    // allocated; money plain with the options' decimal point.
    QStringList headers;
    QHash<QString, QString> methodLabels; // method key → label
    QHash<QString, QString> statusLabels; // status key → label
};

// The Payments tab's whole view of the database: the list by keyset pages and its CSV export, a customer by search,
// the customer's open invoices, a payment recorded, a payment reversed. Every call returns at once; the work runs off
// the GUI thread. UI tests use a fake.
class PaymentApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PaymentApi() override = default;

    virtual QFuture<Result<PaymentPage>> listPayments(
        const PaymentListFilter &filter, const PaymentCursor &after, int limit) = 0;
    // The rows written (header excluded); a Cancelled error, and no file, once *cancel is set.
    virtual QFuture<Result<qint64>> exportPayments(const PaymentExportRequest &request,
        std::shared_ptr<std::atomic<bool>> cancel, std::shared_ptr<std::atomic<qint64>> progress) = 0;
    virtual QFuture<Result<QList<CustomerChoice>>> findCustomers(const QString &text) = 0;
    virtual QFuture<Result<QList<OpenInvoice>>> openInvoices(qint64 customerId) = 0;
    virtual QFuture<Result<PaymentResult>> record(const PaymentInput &input) = 0;
    virtual QFuture<Result<PaymentResult>> reverse(qint64 paymentId, const QString &reason) = 0;
    // The allocation editor: a payment's allocation and the invoices it may go to; the allocation replaced (Conflict
    // when the payment changed since expectedVersion or is not succeeded).
    virtual QFuture<Result<PaymentAllocationState>> allocationState(qint64 paymentId) = 0;
    virtual QFuture<Result<PaymentResult>> reallocate(
        qint64 paymentId, const QList<AllocationInput> &allocations, int expectedVersion) = 0;
    // The customer's unallocated money, and that money applied to its open invoices oldest first (the cents moved).
    virtual QFuture<Result<qint64>> creditCents(qint64 customerId) = 0;
    virtual QFuture<Result<qint64>> applyCredit(qint64 customerId) = 0;
    // Refunds of Stripe payments (card, pad), queued through the outbox (docs/billing.md, "Stripe"); a service that
    // cannot refund says so and answers with an error.
    virtual bool canRefund() const { return false; }
    virtual QFuture<Result<qint64>> refundableCents(qint64 paymentId); // amount − refunded − refunds waiting
    virtual QFuture<Result<RefundResult>> refund(const RefundInput &input);

signals:
    // A payment was recorded, reversed or reallocated, or a credit applied, through this API (invoices and balances
    // moved with it).
    void paymentsChanged();
};

} // namespace ops::payments

Q_DECLARE_METATYPE(ops::payments::PaymentListFilter)
