#include "core/integrations/OutboxMessages.h"

#include "core/integrations/MailjetClient.h"
#include "core/integrations/TwilioClient.h"
#include "core/net/NetExecutor.h"

namespace ops::integrations {

Result<outbox::OutboxRequest> mailOutboxRequest(
    const QString &fromEmail, const QString &fromName, const MailjetMessage &message)
{
    MailjetConfig config;
    config.fromEmail = fromEmail.trimmed();
    config.fromName = fromName;
    net::NetExecutor unused(1); // the client only builds the request here; the outbox worker sends it
    MailjetClient client(unused, config);
    auto requests = client.sendRequests({message});
    if (!requests.ok())
        return requests.error();
    outbox::OutboxRequest r = requests.value().first();
    r.operation = QStringLiteral("email.send");
    return r;
}

Result<outbox::OutboxRequest> smsOutboxRequest(
    const QString &accountSid, const QString &from, const QString &to, const QString &body)
{
    TwilioConfig config;
    config.accountSid = accountSid.trimmed();
    net::NetExecutor unused(1); // the client only builds the request here; the outbox worker sends it
    TwilioClient client(unused, config);
    TwilioSms sms;
    sms.to = to;
    const QString sender = from.trimmed();
    (sender.startsWith(QLatin1String("MG")) ? sms.messagingServiceSid : sms.from) = sender;
    sms.body = body;
    return client.sendSmsRequest(sms);
}

} // namespace ops::integrations
