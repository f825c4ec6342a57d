#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::campaigns {

// An unsubscribe (or a START request) read from a provider (docs/campaigns.md "Unsubscribes pulled from the
// providers").
struct InboundConsentEvent
{
    QString channel; // "email" | "sms"
    QString address; // lower-cased e-mail, or E.164 (the number as received when it is no Quebec number)
    QString source; // "mailjet" | "twilio"
    QString providerRef; // the provider's id of the event: a pull applied twice adds nothing
    QJsonObject evidence; // what the provider sent
    QDateTime at; // when it happened (UTC); invalid: now
};

// An SMS a customer sent to one of our numbers.
struct InboundSms
{
    QString sid; // Twilio's message SID
    QString from; // E.164 when it is a Quebec number, else as received
    QString body;
    QDateTime at; // when Twilio received it (UTC); invalid: now
};

struct ThreadedSms
{
    enum class Outcome
    {
        Threaded, // appended to the customer's open ticket
        Created, // a new ticket
        Already, // this SID was threaded before: nothing changed
    };
    Outcome outcome = Outcome::Already;
    qint64 ticketId = 0;
    qint64 customerId = 0; // 0: no customer has this number
};

// The SQL of the inbound pull. The *InTransaction calls expect the caller's transaction (one per event); the others
// run alone. Synchronous: DB threads only.
class InboundRepository
{
public:
    explicit InboundRepository(db::PgConnection &c);

    // The provider refs of `source` already in casl_unsubscribes among refs (skipped before a transaction each).
    Result<QSet<QString>> knownUnsubscribes(const QString &source, const QStringList &refs);

    // One casl_unsubscribes row (nothing when (source, providerRef) is there already: false) and, for a new one,
    // the customer's consents of the channel revoked at the event's time. The customer: the only one with that
    // e-mail (none when several share it), or the one whose campaign mobile it is (SegmentRepository's rule).
    Result<bool> recordUnsubscribeInTransaction(const InboundConsentEvent &e);
    // START / UNSTOP: kept in casl_optin_requests as evidence, no consent granted (false: already there).
    Result<bool> recordOptInRequestInTransaction(const InboundConsentEvent &e);
    // The SMS as a ticket_messages row (channel sms, not internal, provider_ref = sid) on the newest not resolved or
    // closed ticket of the customer whose mobile it is (of an unknown number: the newest such ticket without a
    // customer that this number wrote to), else on a new ticket « SMS de <name or number> ».
    Result<ThreadedSms> threadSmsInTransaction(const InboundSms &m);

private:
    Result<qint64> customerIdFor(const QString &channel, const QString &address);

    db::PgConnection &m_c;
};

} // namespace ops::campaigns
