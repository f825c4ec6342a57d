#include "app/opsctl/StripeCommands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/CommandLine.h"
#include "core/db/PgConnection.h"
#include "core/integrations/ProviderSettings.h"
#include "core/integrations/StripeClient.h"
#include "core/net/NetExecutor.h"
#include "core/payments/SetupPageSetting.h"
#include "core/payments/StripeSetupLinks.h"
#include "core/settings/Settings.h"

using namespace Qt::StringLiterals;

namespace ops {

int runStripeSetupLink(QStringList args, CommandContext &ctx)
{
    const QString usage = QCoreApplication::translate(
        "opsctl", "usage: stripe setup-link CUST-CODE --method card|acss_debit --via email|sms [--to R] [--json]");
    payments::SetupLinkInput in;
    in.methodType = takeOption(args, u"--method"_s);
    in.channel = takeOption(args, u"--via"_s);
    in.recipient = takeOption(args, u"--to"_s);
    if (args.size() != 1 || in.methodType.isEmpty() || in.channel.isEmpty())
        return usageError(ctx, usage);
    in.customerCode = args.takeFirst();
    integrations::IntegrationSettings settings;
    settings.applyEnvironment();
    const integrations::ProviderSettings stripe = settings.provider(u"stripe"_s);
    if (!stripe.problems().isEmpty())
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "Stripe is not configured: %1 Set %2.")
                .arg(stripe.problems().join(QLatin1Char(' ')),
                    integrations::IntegrationSettings::environmentNames(u"stripe"_s).mid(0, 4).join(u", "_s)));
    payments::SetupLinkSender sender;
    // TARGO_STRIPE_SETUP_PAGE_URL first, else the address set in File → Integrations → Stripe.
    const Settings fileSettings;
    sender.pageUrl = payments::setupPageUrl(fileSettings);
    sender.mailFromEmail = settings.provider(u"mailjet"_s).sender;
    sender.twilioAccountSid = settings.provider(u"twilio"_s).account;
    sender.smsFrom = settings.provider(u"twilio"_s).sender;
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    net::NetExecutor net(1);
    if (Status s = net.setProvider(stripe.netConfig()); !s.ok())
        return fail(ctx, s.error());
    integrations::StripeConfig config;
    config.secretKey = stripe.secret;
    integrations::StripeClient client(net, config);
    auto r = payments::sendSetupLink(*c.value(), client, in, sender);
    net.shutdown();
    if (!r.ok()) {
        if (r.error().kind == Error::Kind::Validation)
            return usageError(ctx, r.error().userMessage);
        return fail(ctx, r.error());
    }
    const payments::SetupLinkResult &x = r.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{u"request_id"_s, x.requestId}, {u"customer"_s, x.customerCode},
                {u"stripe_customer"_s, x.stripeCustomerId}, {u"setup_intent"_s, x.setupIntentId},
                {u"method"_s, x.methodType}, {u"via"_s, x.channel}, {u"to"_s, x.recipient}, {u"status"_s, x.status},
                {u"outbox_id"_s, x.outboxId}, {u"idempotency_key"_s, x.idempotencyKey}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl", "Link for %1 (%2) queued to %3 by %4 (outbox row %5).")
                       .arg(x.customerCode, x.methodType, x.recipient, x.channel)
                       .arg(x.outboxId)
                << Qt::endl;
    }
    return 0;
}

} // namespace ops
