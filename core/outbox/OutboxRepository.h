#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

#include "core/common/Result.h"
#include "core/outbox/OutboxTypes.h"

namespace ops::db {
class PgConnection;
class SqlParams;
} // namespace ops::db

namespace ops::net {
class RetryPolicy;
}

namespace ops::outbox {

// SQL for the outbox table. Synchronous; runs on DB threads only (a DbExecutor job or the worker's own thread).
class OutboxRepository
{
public:
    explicit OutboxRepository(db::PgConnection &c);

    // Inserts a pending row. Must run inside the caller's business transaction, so that the change and the call it
    // causes commit (or roll back) together; refused outside a transaction.
    Result<OutboxItem> enqueue(const OutboxRequest &request);

    // Claims up to n due rows for workerId (status 'sending', attempts + 1, lease of leaseSeconds) with
    // FOR UPDATE SKIP LOCKED, so concurrent workers never get the same row. A 'sending' row whose lease expired (its
    // worker died) is claimed again only when resending is harmless (Stripe with its Idempotency-Key, or a GET); for
    // other providers it becomes 'ambiguous' and is never resent without an operator. providers: empty for all.
    Result<QList<OutboxItem>> claim(
        int n, const QString &workerId, int leaseSeconds, const QStringList &providers = {});

    // Claims one pending row now, due or not (an operator or a command asked for it): empty when another worker
    // holds it or it is no longer pending.
    Result<QList<OutboxItem>> claimOne(qint64 id, const QString &workerId, int leaseSeconds);

    // Outcomes of a claimed row. Refused (Conflict) when the claim is no longer ours (another worker took it over,
    // or an operator acted on it). A success also settles a row that was meanwhile marked ambiguous.
    Status recordSuccess(
        const OutboxItem &claimed, int httpStatus, const QString &providerRef, const QJsonObject &response);
    Status recordFailure(const OutboxItem &claimed, const OutboxFailure &failure);
    // An answer read by the provider's rules (SendVerdict): sent, partly failed (the request is narrowed to the
    // failed part and the row is 'failed', so a retry resends only that), failed, or ambiguous.
    Status recordVerdict(const OutboxItem &claimed, int httpStatus, const SendVerdict &verdict);
    // Extends the lease of rows still in flight (a long send, a queue behind a rate limit): rows no longer claimed
    // by workerId are left alone; an ambiguous row still claimed by workerId is renewed too. Returns how many were
    // renewed.
    Result<int> renewLeases(const QList<qint64> &ids, const QString &workerId, int leaseSeconds);
    // Gives back a claimed row that was not sent (worker stopping): pending again, the attempt not counted.
    Status release(const OutboxItem &claimed);

    // Ambiguous rows not looked up yet (reconciled_at IS NULL) of the given providers and operations, marked as
    // looked up now (SKIP LOCKED: two workers never look up the same row).
    Result<QList<OutboxItem>> claimForReconcile(int n, const QStringList &providers, const QStringList &operations);
    // The lookup's answer: found → 'sent' with the provider's id (only while the row is still ambiguous: an
    // operator's decision wins); not found → stays ambiguous, the note added to last_error.
    Status recordReconciled(qint64 id, const Reconciliation &r);
    // Among refs, the provider ids already recorded on an outbox row of provider other than exceptId: a lookup
    // must never give one message to two rows.
    Result<QSet<QString>> refsRecordedElsewhere(const QString &provider, const QStringList &refs, qint64 exceptId);

    Result<QList<OutboxItem>> list(const OutboxFilter &filter);
    Result<OutboxItem> find(qint64 id);

    // Operator decisions.
    // failed/ambiguous -> pending, due now, at least one more attempt. Refused (Conflict) while a worker's claim on
    // the row is still live (an ambiguous row whose send is still going on).
    Status retry(qint64 id);
    Result<int> retryAllFailed(const QString &provider = {}); // failed only: ambiguous rows need a decision each
    Status cancel(qint64 id); // pending/failed/ambiguous -> cancelled

    // What an error from the NetExecutor means for the row: retryable -> Retry (delay from backoff); ambiguous or
    // cancelled in flight -> Retry for an idempotent row, Ambiguous otherwise; anything else -> Fail.
    static OutboxFailure failureFor(const OutboxItem &item, const Error &error, const net::RetryPolicy &backoff);

private:
    Error stateError(qint64 id, const QString &action);
    // UPDATE outbox SET <set> for a row still claimed by this attempt ($1 id, $2 claimed_by, $3 attempts; the
    // caller's parameters from $4); Conflict when the claim was lost.
    Status settle(const OutboxItem &claimed, const char *set, db::SqlParams params, const QString &what);

    db::PgConnection &m_c;
};

// The same as OutboxRepository(c).enqueue(request): for business code that holds a connection in a transaction.
Result<OutboxItem> enqueue(db::PgConnection &c, const OutboxRequest &request);

} // namespace ops::outbox
