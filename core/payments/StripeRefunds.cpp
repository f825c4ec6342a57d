#include "core/payments/StripeRefunds.h"

#include <QFuture>

#include "core/integrations/StripeClient.h"
#include "core/net/Outcome.h"

namespace ops::payments {

Result<RefundResult> sendRefund(db::PgConnection &c, integrations::StripeClient &client, const RefundResult &row)
{
    QFuture<Result<integrations::StripeRefund>> f =
        client.createRefund(row.paymentIntentId, row.amountCents, QString(), row.idempotencyKey);
    f.waitForFinished(); // a worker thread: the NetExecutor answers on its own thread
    const Result<integrations::StripeRefund> answer = f.result();
    RefundRepository repo(c);
    if (!answer.ok()) {
        const int status = net::httpStatusOf(answer.error());
        // Stripe refused this request for good: the row fails (a 409 or 429 is worth resending with the same key).
        if (status >= 400 && status < 500 && status != 409 && status != 429) {
            const Error e = integrations::StripeClient::mapError(answer.error());
            auto failed = repo.fail(row.refundId, e.userMessage);
            if (!failed.ok())
                return failed.error();
        }
        return integrations::StripeClient::mapError(answer.error());
    }
    return repo.complete(row.refundId, answer.value().id, answer.value().status);
}

Result<RefundResult> refundThroughStripe(db::PgConnection &c, integrations::StripeClient &client, const RefundInput &in)
{
    RefundRepository repo(c);
    auto waiting = repo.unsent(in.paymentId);
    if (!waiting.ok())
        return waiting.error();
    for (const RefundResult &row : waiting.value()) {
        auto sent = sendRefund(c, client, row);
        if (sent.ok())
            continue;
        auto now = repo.load(row.refundId);
        if (!now.ok() || now.value().status != QLatin1String("failed"))
            return sent.error(); // no answer: nothing new is asked before this one is settled
    }
    auto prepared = repo.prepare(in);
    if (!prepared.ok())
        return prepared.error();
    return sendRefund(c, client, prepared.value());
}

} // namespace ops::payments
