#pragma once

#include <QString>

#include "core/common/Result.h"
#include "core/outbox/OutboxTypes.h"

namespace ops::integrations {

struct MailjetMessage;

// The outbox request of one message, built from the sender settings only (no secret: the outbox worker adds the
// provider's authentication, and sends). For business code that queues a message in its own transaction.

// One Mailjet e-mail ("email.send"): fromEmail is Mailjet's verified sender, used when message.from is empty.
Result<outbox::OutboxRequest> mailOutboxRequest(
    const QString &fromEmail, const QString &fromName, const MailjetMessage &message);
// One Twilio SMS ("sms.send") to an E.164 number; from is an E.164 sender or a messaging service ("MG...").
Result<outbox::OutboxRequest> smsOutboxRequest(
    const QString &accountSid, const QString &from, const QString &to, const QString &body);

} // namespace ops::integrations
