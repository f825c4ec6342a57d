#pragma once

#include <functional>

#include "core/payments/PaymentApi.h"

namespace ops {
class DbExecutor;
}

namespace ops::payments {

// PaymentApi over PaymentRepository and the search repository, every call on the DB executor. Lives on the GUI
// thread; owned by the Session.
class PaymentUiService : public PaymentApi
{
    Q_OBJECT
public:
    explicit PaymentUiService(DbExecutor &db, QObject *parent = nullptr);
    ~PaymentUiService() override;

    QFuture<Result<PaymentPage>> listPayments(
        const PaymentListFilter &filter, const PaymentCursor &after, int limit) override;
    QFuture<Result<qint64>> exportPayments(const PaymentExportRequest &request,
        std::shared_ptr<std::atomic<bool>> cancel, std::shared_ptr<std::atomic<qint64>> progress) override;
    QFuture<Result<QList<CustomerChoice>>> findCustomers(const QString &text) override;
    QFuture<Result<QList<OpenInvoice>>> openInvoices(qint64 customerId) override;
    QFuture<Result<PaymentResult>> record(const PaymentInput &input) override;
    QFuture<Result<PaymentResult>> reverse(qint64 paymentId, const QString &reason) override;
    QFuture<Result<PaymentAllocationState>> allocationState(qint64 paymentId) override;
    QFuture<Result<PaymentResult>> reallocate(
        qint64 paymentId, const QList<AllocationInput> &allocations, int expectedVersion) override;
    QFuture<Result<qint64>> creditCents(qint64 customerId) override;
    QFuture<Result<qint64>> applyCredit(qint64 customerId) override;
    bool canRefund() const override { return true; }
    QFuture<Result<qint64>> refundableCents(qint64 paymentId) override;
    QFuture<Result<RefundResult>> refund(const RefundInput &input) override;

private:
    std::function<void()> changedNotifier(); // emits paymentsChanged later on this object's thread, if it still exists

    DbExecutor &m_db;
};

} // namespace ops::payments
