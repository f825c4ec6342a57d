#include "core/payments/PaymentUiService.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QTimeZone>

#include "core/common/Money.h"
#include "core/concurrency/DbExecutor.h"
#include "core/integrations/StripeClient.h"
#include "core/net/NetExecutor.h"
#include "core/payments/PaymentRepository.h"
#include "core/payments/RefundRepository.h"
#include "core/search/SearchRepository.h"

namespace ops::payments {

namespace {

Error writeError(const QString &detail = {})
{
    return Error::make(Error::Kind::Internal,
        QCoreApplication::translate("ops::payments::PaymentUiService", "The file could not be written."), detail);
}

} // namespace

QFuture<Result<qint64>> PaymentApi::refundableCents(qint64)
{
    return QtFuture::makeReadyFuture(Result<qint64>(Error::make(Error::Kind::Internal,
        QCoreApplication::translate("ops::payments::PaymentUiService", "Refunds are not available here."))));
}

QFuture<Result<RefundResult>> PaymentApi::refund(const RefundInput &)
{
    return QtFuture::makeReadyFuture(Result<RefundResult>(Error::make(Error::Kind::Internal,
        QCoreApplication::translate("ops::payments::PaymentUiService", "Refunds are not available here."))));
}

QFuture<Result<qint64>> PaymentUiService::refundableCents(qint64 paymentId)
{
    return m_db.run([paymentId](db::PgConnection &c) { return RefundRepository(c).refundableCents(paymentId); });
}

QFuture<Result<RefundResult>> PaymentUiService::refund(const RefundInput &input)
{
    auto notify = changedNotifier();
    return m_db.run([input, notify](db::PgConnection &c) -> Result<RefundResult> {
        auto r = RefundRepository(c).queue(input, [](const RefundResult &row) {
            net::NetExecutor unused(1); // the client only builds the request here; the outbox worker sends it
            integrations::StripeClient client(unused, integrations::StripeConfig());
            return client.createRefundRequest(row.paymentIntentId, row.amountCents, QString(), row.idempotencyKey);
        });
        if (r.ok())
            notify();
        return r;
    });
}

PaymentUiService::PaymentUiService(DbExecutor &db, QObject *parent)
    : PaymentApi(parent)
    , m_db(db)
{}

PaymentUiService::~PaymentUiService() = default;

std::function<void()> PaymentUiService::changedNotifier()
{
    QPointer<PaymentUiService> self(this);
    return [self] {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self] {
                if (self)
                    emit self->paymentsChanged();
            },
            Qt::QueuedConnection);
    };
}

QFuture<Result<PaymentPage>> PaymentUiService::listPayments(
    const PaymentListFilter &filter, const PaymentCursor &after, int limit)
{
    return m_db.run(
        [filter, after, limit](db::PgConnection &c) { return PaymentRepository(c).page(filter, after, limit); });
}

QFuture<Result<qint64>> PaymentUiService::exportPayments(const PaymentExportRequest &request,
    std::shared_ptr<std::atomic<bool>> cancel, std::shared_ptr<std::atomic<qint64>> progress)
{
    return m_db.run([request, cancel, progress](db::PgConnection &c) -> Result<qint64> {
        csv::CsvFile file(request.path, request.options);
        if (!file.open())
            return writeError(file.errorString());
        csv::CsvWriter &w = file.writer();
        w.writeRow(request.headers);
        PaymentRepository repo(c);
        PaymentCursor after;
        qint64 rows = 0;
        const QTimeZone zone("America/Toronto");
        for (;;) {
            if (cancel && cancel->load()) {
                file.cancel();
                return Error::make(Error::Kind::Cancelled,
                    QCoreApplication::translate("ops::payments::PaymentUiService", "Export cancelled."));
            }
            auto page = repo.page(request.filter, after, PaymentRepository::kMaxLimit);
            if (!page.ok()) {
                file.cancel();
                return page.error();
            }
            for (const PaymentListRow &r : page.value().rows) {
                w.addField(r.code);
                w.addField(r.customerCode);
                w.addField(r.customerName);
                w.addField(r.receivedAt.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"));
                w.addField(request.methodLabels.value(r.method, r.method));
                w.addField(r.reference);
                w.addField(request.statusLabels.value(r.status, r.status));
                w.addMoney(Money::fromCents(r.amountCents));
                w.addMoney(Money::fromCents(r.allocatedCents));
                w.endRow();
                ++rows;
            }
            if (!w.flush()) {
                file.cancel();
                return writeError();
            }
            if (progress)
                progress->store(rows);
            if (page.value().next.isNull())
                break;
            after = page.value().next;
        }
        if (!file.commit())
            return writeError(file.errorString());
        return rows;
    });
}

QFuture<Result<QList<CustomerChoice>>> PaymentUiService::findCustomers(const QString &text)
{
    return m_db.run([text](db::PgConnection &c) -> Result<QList<CustomerChoice>> {
        // The global search's words (names, codes, addresses, phones); each customer once, in its order.
        auto found = search::SearchRepository(c).find(text, 30);
        if (!found.ok())
            return found.error();
        QList<CustomerChoice> out;
        QSet<qint64> seen;
        for (const search::SearchHit &h : found.value().hits) {
            if (h.kind != search::HitKind::Customer || seen.contains(h.entityId))
                continue;
            seen.insert(h.entityId);
            out.push_back({h.entityId, h.code, h.title, h.subtitle});
        }
        return out;
    });
}

QFuture<Result<QList<OpenInvoice>>> PaymentUiService::openInvoices(qint64 customerId)
{
    return m_db.run([customerId](db::PgConnection &c) { return PaymentRepository(c).openInvoices(customerId); });
}

QFuture<Result<PaymentResult>> PaymentUiService::record(const PaymentInput &input)
{
    return m_db.run([input, changed = changedNotifier()](db::PgConnection &c) {
        auto r = PaymentRepository(c).record(input);
        if (r.ok())
            changed();
        return r;
    });
}

QFuture<Result<PaymentResult>> PaymentUiService::reverse(qint64 paymentId, const QString &reason)
{
    return m_db.run([paymentId, reason, changed = changedNotifier()](db::PgConnection &c) {
        auto r = PaymentRepository(c).reverse(paymentId, reason);
        if (r.ok())
            changed();
        return r;
    });
}

QFuture<Result<PaymentAllocationState>> PaymentUiService::allocationState(qint64 paymentId)
{
    return m_db.run([paymentId](db::PgConnection &c) { return PaymentRepository(c).allocationState(paymentId); });
}

QFuture<Result<PaymentResult>> PaymentUiService::reallocate(
    qint64 paymentId, const QList<AllocationInput> &allocations, int expectedVersion)
{
    return m_db.run([paymentId, allocations, expectedVersion, changed = changedNotifier()](db::PgConnection &c) {
        auto r = PaymentRepository(c).reallocate(paymentId, allocations, expectedVersion);
        if (r.ok())
            changed();
        return r;
    });
}

QFuture<Result<qint64>> PaymentUiService::creditCents(qint64 customerId)
{
    return m_db.run([customerId](db::PgConnection &c) { return PaymentRepository(c).creditCents(customerId); });
}

QFuture<Result<qint64>> PaymentUiService::applyCredit(qint64 customerId)
{
    return m_db.run([customerId, changed = changedNotifier()](db::PgConnection &c) {
        auto r = PaymentRepository(c).applyCredit(customerId);
        if (r.ok() && r.value() > 0)
            changed();
        return r;
    });
}

} // namespace ops::payments
