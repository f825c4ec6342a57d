#include "core/stripe/PpaService.h"

#include <algorithm>

#include "core/integrations/ProviderSettings.h"
#include "core/integrations/StripeClient.h"
#include "core/net/NetExecutor.h"
#include "core/stripe/PpaRun.h"
#include "core/stripe/StripeEventApplier.h"

namespace ops::stripe {

namespace {

integrations::ProviderSettings withDefaults(integrations::ProviderSettings p)
{
    if (p.ratePerSec <= 0)
        p.ratePerSec = kStripeDefaultRatePerSec;
    if (p.concurrency <= 0)
        p.concurrency = 8;
    return p;
}

} // namespace

Result<PpaRunSummary> runPpa(db::PgConnection &c, const integrations::ProviderSettings &settings, const QDate &date)
{
    const integrations::ProviderSettings p = withDefaults(settings);
    net::NetExecutor net(p.concurrency);
    if (Status s = net.setProvider(p.netConfig()); !s.ok())
        return s.error();
    integrations::StripeConfig config;
    config.secretKey = p.secret;
    integrations::StripeClient client(net, config);
    PpaOptions options;
    options.inFlight = std::max(options.inFlight, 4 * p.concurrency);
    auto r = PpaRun(c, client, options).run(date);
    net.shutdown();
    return r;
}

Result<StripeEventsSummary> applyStripeEvents(
    db::PgConnection &c, const integrations::ProviderSettings &settings, int maxPages)
{
    const integrations::ProviderSettings p = withDefaults(settings);
    net::NetExecutor net(1);
    if (Status s = net.setProvider(p.netConfig()); !s.ok())
        return s.error();
    integrations::StripeConfig config;
    config.secretKey = p.secret;
    integrations::StripeClient client(net, config);
    auto r = StripeEventApplier(c, client).apply(maxPages);
    net.shutdown();
    return r;
}

} // namespace ops::stripe
