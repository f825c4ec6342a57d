#include "app/opsctl/InboundCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/opsctl/CommandLine.h"
#include "core/campaigns/InboundPull.h"
#include "core/db/PgConnection.h"
#include "core/integrations/ProviderSettings.h"

using namespace Qt::StringLiterals;

namespace ops {

namespace {

// The variables that make a provider usable (not its limits).
QString credentialNames(const QString &provider)
{
    QStringList names;
    for (const QString &n : integrations::IntegrationSettings::environmentNames(provider))
        if (n.endsWith(u"BASE_URL"_s) || n.endsWith(u"API_KEY"_s) || n.endsWith(u"SECRET_KEY"_s)
            || n.endsWith(u"ACCOUNT_SID"_s) || n.endsWith(u"AUTH_TOKEN"_s) || n.endsWith(u"_FROM"_s))
            names << n;
    return names.join(u", "_s);
}

} // namespace

int runInboundCommand(QStringList args, CommandContext &ctx)
{
    if (args.value(0) != u"pull"_s || args.size() != 1)
        return usageError(ctx, QCoreApplication::translate("opsctl", "usage: inbound pull [--json]"));
    integrations::IntegrationSettings settings;
    settings.applyEnvironment();
    if (!campaigns::inboundMailjetConfigured(settings) && !campaigns::inboundTwilioConfigured(settings))
        return usageError(ctx,
            QCoreApplication::translate("opsctl", "Neither Mailjet nor Twilio is configured: set %1 or %2.")
                .arg(credentialNames(u"mailjet"_s), credentialNames(u"twilio"_s)));
    auto c = ctx.connect(false);
    if (!c.ok())
        return fail(ctx, c.error());
    auto r = campaigns::pullInbound(*c.value(), settings);
    if (!r.ok())
        return fail(ctx, r.error());
    const campaigns::InboundSummary &s = r.value();
    if (ctx.json) {
        ctx.out << QJsonDocument(
            QJsonObject{{u"mailjet_pulled"_s, s.mailjetPulled}, {u"twilio_pulled"_s, s.twilioPulled},
                {u"unsubscribes_mailjet"_s, s.mailjetUnsubscribes}, {u"unsubscribes_twilio"_s, s.twilioUnsubscribes},
                {u"optin_requests"_s, s.optInRequests}, {u"messages_threaded"_s, s.messagesThreaded},
                {u"tickets_created"_s, s.ticketsCreated}, {u"unmatched"_s, s.unmatched},
                {u"already_known"_s, s.alreadyKnown}, {u"twilio_cursor"_s, s.twilioCursor},
                {u"errors"_s, QJsonArray::fromStringList(s.errors)}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("opsctl",
            "Unsubscribes: %1 from Mailjet, %2 from Twilio (STOP); %3 START requests kept. SMS: %4 threaded onto open "
            "tickets, %5 new tickets, %6 from unknown numbers; %7 already known.")
                       .arg(s.mailjetUnsubscribes)
                       .arg(s.twilioUnsubscribes)
                       .arg(s.optInRequests)
                       .arg(s.messagesThreaded)
                       .arg(s.ticketsCreated)
                       .arg(s.unmatched)
                       .arg(s.alreadyKnown)
                << Qt::endl;
    }
    for (const QString &e : s.errors)
        ctx.err << e << Qt::endl;
    return s.errors.isEmpty() ? 0 : 1;
}

} // namespace ops
