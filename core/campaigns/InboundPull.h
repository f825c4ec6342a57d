#pragma once

#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::integrations {
class IntegrationSettings;
class MailjetContacts;
class TwilioClient;
} // namespace ops::integrations

namespace ops::campaigns {

// What one inbound pull did (targo-opsctl inbound pull --json: the keys of docs/campaigns.md).
struct InboundSummary
{
    bool mailjetPulled = false; // Mailjet configured and read without error
    bool twilioPulled = false;
    int mailjetUnsubscribes = 0; // new casl_unsubscribes rows, source mailjet
    int twilioUnsubscribes = 0; // new rows from STOP replies
    int optInRequests = 0; // START / UNSTOP kept as evidence
    int messagesThreaded = 0; // SMS appended to an open ticket
    int ticketsCreated = 0; // SMS that opened a new ticket
    int unmatched = 0; // SMS from a number no customer has (threaded onto a ticket without customer)
    int alreadyKnown = 0; // read again (the overlap): nothing changed
    QString twilioCursor; // DateSent of the newest stored SMS (ISO 8601, UTC)
    QStringList errors; // translated, one per provider that failed (the others still ran)
};

// The opt-out keywords of Twilio's standard list (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT) plus
// ARRET / ARRÊT, and the opt-in ones (START, UNSTOP): the whole body, ignoring case, accents, spaces and punctuation
// around it.
enum class SmsKeyword
{
    None,
    OptOut,
    OptIn,
};
SmsKeyword smsKeyword(const QString &body);

inline const QString kTwilioInboundCursor = QStringLiteral("twilio.inbound");

// Both pulls with the given clients (either may be null: not configured). Mailjet: every excluded contact, one
// transaction each for the new ones. Twilio: the messages to `ourNumber` (empty: every number of the account) sent
// after the stored cursor minus an overlap, oldest first, one transaction each; the cursor moves past what is
// stored only. A provider's error (down, bad JSON) is in `errors`: nothing of that provider is written, its cursor
// stays. A database error fails the whole pull. Blocking: never on the GUI thread.
Result<InboundSummary> pullInbound(db::PgConnection &c, integrations::MailjetContacts *mailjet,
    integrations::TwilioClient *twilio, const QString &ourNumber);

// Which providers the pull reads: Mailjet with its API key and secret key; Twilio with its account SID, auth token
// and a sender (our number, or a messaging service MG…: every number of the account). No sender: Twilio is not read
// (a worker that only sends, say).
bool inboundMailjetConfigured(const integrations::IntegrationSettings &settings);
bool inboundTwilioConfigured(const integrations::IntegrationSettings &settings);

// The same with the clients built from the providers' settings, on a private NetExecutor. Neither configured: an
// empty summary.
Result<InboundSummary> pullInbound(db::PgConnection &c, const integrations::IntegrationSettings &settings);

} // namespace ops::campaigns
