#pragma once

#include <functional>

#include "core/payments/PaymentMethodsApi.h"

namespace ops {
class DbExecutor;
}
namespace ops::db {
class PgConnection;
}

namespace ops::payments {

struct SetupLinkInput;
struct SetupLinkResult;

// What needs Stripe's key: installed by the composition root once the key is read (stripePaymentMethodRunners), so
// the GUI never holds the secret. Both are blocking and run on a DB executor thread.
struct PaymentMethodRunners
{
    // Detaches pm_… at Stripe.
    std::function<Status(const QString &stripePaymentMethodId)> detach;
    // The whole link (sendSetupLink with the sender settings).
    std::function<Result<SetupLinkResult>(db::PgConnection &, const SetupLinkInput &)> sendLink;
};

// PaymentMethodsApi over PaymentMethodRepository on the DB executor, plus the Stripe runners when set.
class PaymentMethodService : public PaymentMethodsApi
{
    Q_OBJECT
public:
    explicit PaymentMethodService(DbExecutor &db, QObject *parent = nullptr);
    ~PaymentMethodService() override;

    QFuture<Result<PaymentMethodsView>> load(qint64 customerId) override;
    QFuture<Status> makeDefault(qint64 customerId, qint64 methodId, int version) override;
    QFuture<Status> setPpa(qint64 customerId, bool enabled) override;

    // GUI thread. Empty runners: Stripe not set up (Remove and the link are disabled, with the reason).
    void setRunners(PaymentMethodRunners runners);
    bool canRemove() const override { return bool(m_runners.detach); }
    QFuture<Result<RemoveMethodResult>> remove(qint64 customerId, qint64 methodId, int version) override;
    bool canSendLinks() const override { return bool(m_runners.sendLink); }
    QFuture<Result<SetupLinkSent>> sendLink(const SetupLinkRequest &request) override;

private:
    DbExecutor &m_db;
    PaymentMethodRunners m_runners;
};

} // namespace ops::payments
