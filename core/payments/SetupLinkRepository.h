#pragma once

#include <QMetaType>
#include <QString>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::outbox {
struct OutboxRequest;
}

namespace ops::payments {

struct SetupLinkResult
{
    qint64 requestId = 0;
    qint64 customerId = 0;
    QString customerCode;
    QString stripeCustomerId;
    QString setupIntentId;
    QString methodType;
    QString channel;
    QString recipient;
    QString status; // requested, sent, succeeded, failed, canceled
    QString idempotencyKey;
    qint64 outboxId = 0;
    QString link;
};

// The customer as the link needs it.
struct SetupCustomer
{
    qint64 id = 0;
    QString code;
    QString name;
    QString language; // fr, en
    QString email;
    QString phone;
    QString stripeId;
};

// SQL of the setup links (stripe_setup_requests). Synchronous: DB executor threads or targo-opsctl.
class SetupLinkRepository
{
public:
    explicit SetupLinkRepository(db::PgConnection &c);

    Result<SetupCustomer> customer(qint64 customerId, const QString &customerCode);
    // Sets customers.stripe_id when it is still empty; returns the id the customer has afterwards.
    Result<QString> setStripeCustomer(qint64 customerId, const QString &stripeCustomerId);
    // The request row, committed before Stripe is called. A key recorded before gives back that row (nothing new);
    // an empty key becomes "ops-setup-<id>".
    Result<SetupLinkResult> record(qint64 customerId, const QString &methodType, const QString &channel,
        const QString &recipient, const QString &idempotencyKey = {});
    Status recordIntent(qint64 requestId, const QString &setupIntentId);
    // One transaction: the message's outbox row and the request marked sent with it. Returns the outbox row id.
    Result<qint64> markSent(qint64 requestId, const outbox::OutboxRequest &message);
    Status fail(qint64 requestId, const QString &message);
    Result<SetupLinkResult> load(qint64 requestId);

private:
    db::PgConnection &m_c;
};

} // namespace ops::payments

Q_DECLARE_METATYPE(ops::payments::SetupLinkResult)
