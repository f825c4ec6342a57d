#include "core/payments/SetupLinkRepository.h"

#include <QCoreApplication>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/outbox/OutboxRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::payments {

namespace {

Error invalid(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Validation, message, detail);
}

const char *const kSelectRequest = R"SQL(
SELECT r.id, r.customer_id, c.code, coalesce(c.stripe_id, ''), coalesce(r.setup_intent_id, ''), r.method_type,
       r.channel, r.recipient, r.status, r.idempotency_key, coalesce(r.outbox_id, 0)
  FROM stripe_setup_requests r JOIN customers c ON c.id = r.customer_id
)SQL";

SetupLinkResult requestRow(const db::PgResult &res, int row)
{
    SetupLinkResult x;
    x.requestId = res.int64(row, 0);
    x.customerId = res.int64(row, 1);
    x.customerCode = res.text(row, 2);
    x.stripeCustomerId = res.text(row, 3);
    x.setupIntentId = res.text(row, 4);
    x.methodType = res.text(row, 5);
    x.channel = res.text(row, 6);
    x.recipient = res.text(row, 7);
    x.status = res.text(row, 8);
    x.idempotencyKey = res.text(row, 9);
    x.outboxId = res.int64(row, 10);
    return x;
}

} // namespace

SetupLinkRepository::SetupLinkRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<SetupCustomer> SetupLinkRepository::customer(qint64 customerId, const QString &customerCode)
{
    auto r = m_c.exec("SELECT id, code, display_name, language, coalesce(email, ''), coalesce(phone, ''),"
                      " coalesce(stripe_id, '') FROM customers WHERE id = $1 OR ($1 = 0 AND code = $2)",
        db::SqlParams().add(customerId).add(customerCode.trimmed().toUpper()));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return invalid(QCoreApplication::translate("ops::payments::StripeSetupLinks", "There is no customer %1.")
                           .arg(customerId > 0 ? QString::number(customerId) : customerCode.trimmed().toUpper()));
    const db::PgResult &res = r.value();
    return SetupCustomer{res.int64(0, 0), res.text(0, 1), res.text(0, 2), res.text(0, 3).trimmed(), res.text(0, 4),
        res.text(0, 5), res.text(0, 6)};
}

Result<QString> SetupLinkRepository::setStripeCustomer(qint64 customerId, const QString &stripeCustomerId)
{
    auto r = m_c.exec("UPDATE customers SET stripe_id = $2 WHERE id = $1 AND stripe_id IS NULL",
        db::SqlParams().add(customerId).add(stripeCustomerId));
    if (!r.ok())
        return r.error();
    auto now = m_c.exec("SELECT coalesce(stripe_id, '') FROM customers WHERE id = $1", db::SqlParams().add(customerId));
    if (!now.ok())
        return now.error();
    return now.value().text(0, 0);
}

Result<SetupLinkResult> SetupLinkRepository::record(qint64 customerId, const QString &methodType,
    const QString &channel, const QString &recipient, const QString &idempotencyKey)
{
    auto ins = m_c.exec(R"SQL(
WITH n AS (SELECT nextval(pg_get_serial_sequence('stripe_setup_requests', 'id')) AS id)
INSERT INTO stripe_setup_requests (id, customer_id, method_type, channel, recipient, idempotency_key, requested_by)
SELECT n.id, $1, $2, $3, $4, coalesce(nullif($5, ''), 'ops-setup-' || n.id), ops_current_staff_id() FROM n
ON CONFLICT (idempotency_key) DO NOTHING
RETURNING id
)SQL",
        db::SqlParams().add(customerId).add(methodType).add(channel).add(recipient).add(idempotencyKey));
    if (!ins.ok())
        return ins.error();
    if (ins.value().rows() == 1)
        return load(ins.value().int64(0, 0));
    auto again = m_c.exec(
        QString::fromLatin1(kSelectRequest) + u" WHERE r.idempotency_key = $1"_s, db::SqlParams().add(idempotencyKey));
    if (!again.ok())
        return again.error();
    if (again.value().rows() != 1)
        return Error::make(Error::Kind::Internal, u"setup request vanished"_s);
    return requestRow(again.value(), 0);
}

Status SetupLinkRepository::recordIntent(qint64 requestId, const QString &setupIntentId)
{
    auto r = m_c.exec("UPDATE stripe_setup_requests SET setup_intent_id = $2 WHERE id = $1"
                      " AND setup_intent_id IS DISTINCT FROM $2",
        db::SqlParams().add(requestId).add(setupIntentId));
    if (!r.ok())
        return r.error();
    return success();
}

Result<qint64> SetupLinkRepository::markSent(qint64 requestId, const outbox::OutboxRequest &message)
{
    std::function<Result<qint64>(db::PgConnection &)> fn = [&](db::PgConnection &c) -> Result<qint64> {
        auto locked = c.exec("SELECT status, coalesce(outbox_id, 0) FROM stripe_setup_requests WHERE id = $1"
                             " FOR UPDATE",
            db::SqlParams().add(requestId));
        if (!locked.ok())
            return locked.error();
        if (locked.value().rows() != 1)
            return Error::make(Error::Kind::NotFound, u"no setup request %1"_s.arg(requestId));
        if (locked.value().int64(0, 1) != 0)
            return locked.value().int64(0, 1); // already sent: never twice
        auto item = outbox::OutboxRepository(c).enqueue(message);
        if (!item.ok())
            return item.error();
        auto upd = c.exec("UPDATE stripe_setup_requests SET status = CASE WHEN status = 'requested' THEN 'sent'"
                          " ELSE status END, outbox_id = $2 WHERE id = $1",
            db::SqlParams().add(requestId).add(item.value().id));
        if (!upd.ok())
            return upd.error();
        return item.value().id;
    };
    return db::withTransaction(m_c, fn);
}

Status SetupLinkRepository::fail(qint64 requestId, const QString &message)
{
    auto r = m_c.exec("UPDATE stripe_setup_requests SET status = 'failed', error_message = left($2, 1000),"
                      " completed_at = now() WHERE id = $1 AND status = 'requested'",
        db::SqlParams().add(requestId).add(message));
    if (!r.ok())
        return r.error();
    return success();
}

Result<SetupLinkResult> SetupLinkRepository::load(qint64 requestId)
{
    auto r = m_c.exec(QString::fromLatin1(kSelectRequest) + u" WHERE r.id = $1"_s, db::SqlParams().add(requestId));
    if (!r.ok())
        return r.error();
    if (r.value().rows() != 1)
        return Error::make(Error::Kind::NotFound, u"no setup request %1"_s.arg(requestId));
    return requestRow(r.value(), 0);
}

} // namespace ops::payments
