#include "core/payments/StripePaymentMethods.h"

#include <QFuture>

#include "core/integrations/ProviderSettings.h"
#include "core/integrations/StripeClient.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"
#include "core/payments/StripeSetupLinks.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::payments {

namespace {

// Runs fn with a Stripe client of its own (one connection, blocking: a DB executor thread).
template <typename T, typename F> Result<T> withStripe(const integrations::ProviderSettings &stripe, F fn)
{
    net::NetExecutor net(1);
    if (Status s = net.setProvider(stripe.netConfig()); !s.ok())
        return s.error();
    integrations::StripeConfig config;
    config.secretKey = stripe.secret;
    integrations::StripeClient client(net, config);
    Result<T> r = fn(client);
    net.shutdown();
    return r;
}

} // namespace

PaymentMethodRunners stripePaymentMethodRunners(
    const integrations::ProviderSettings &stripe, const SetupLinkSender &sender)
{
    PaymentMethodRunners runners;
    runners.detach = [stripe](const QString &stripeId) -> Status {
        return withStripe<Unit>(stripe, [&](integrations::StripeClient &client) -> Status {
            QFuture<Result<integrations::StripePaymentMethod>> f =
                client.detachPaymentMethod(stripeId, u"ops-detach-"_s + stripeId);
            f.waitForFinished(); // a worker thread: the NetExecutor answers on its own thread
            const auto r = f.result();
            if (r.ok())
                return success();
            if (net::httpStatusOf(r.error()) == 404)
                return success(); // Stripe no longer knows it (resource_missing): gone there already
            return integrations::StripeClient::mapError(r.error());
        });
    };
    runners.sendLink = [stripe, sender](db::PgConnection &c, const SetupLinkInput &in) -> Result<SetupLinkResult> {
        return withStripe<SetupLinkResult>(
            stripe, [&](integrations::StripeClient &client) { return sendSetupLink(c, client, in, sender); });
    };
    return runners;
}

} // namespace ops::payments
