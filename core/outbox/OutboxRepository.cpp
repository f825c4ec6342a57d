#include "core/outbox/OutboxRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include "core/db/PgConnection.h"
#include "core/db/Transaction.h"
#include "core/net/Outcome.h"
#include "core/net/RetryPolicy.h"

namespace ops::outbox {

namespace {

constexpr int kMaxBatch = 500;
constexpr int kMaxListLimit = 1000;

constexpr const char *kColumns = "id, provider, operation, request::text, idempotency_key, status, attempts, "
                                 "max_attempts, next_attempt_at, claimed_by, claimed_at, lease_until, "
                                 "last_http_status, last_error, provider_ref, business_entity, business_id, "
                                 "created_at, updated_at, sent_at";

// Must agree with OutboxItem::isIdempotent().
constexpr const char *kIdempotentSql =
    "(provider = 'stripe' OR upper(request->>'method') IN ('GET', 'HEAD', 'OPTIONS'))";

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

OutboxItem itemAt(const db::PgResult &r, int row)
{
    OutboxItem it;
    int c = 0;
    it.id = r.int64(row, c++);
    it.provider = r.text(row, c++);
    it.operation = r.text(row, c++);
    it.request = QJsonDocument::fromJson(r.bytes(row, c++)).object();
    it.idempotencyKey = r.text(row, c++);
    it.status = statusFromName(r.text(row, c++)).value_or(OutboxStatus::Pending);
    it.attempts = r.int32(row, c++);
    it.maxAttempts = r.int32(row, c++);
    it.nextAttemptAt = r.timestamp(row, c++);
    it.claimedBy = r.text(row, c++);
    it.claimedAt = r.isNull(row, c) ? QDateTime() : r.timestamp(row, c);
    ++c;
    it.leaseUntil = r.isNull(row, c) ? QDateTime() : r.timestamp(row, c);
    ++c;
    it.lastHttpStatus = r.int32(row, c++);
    it.lastError = r.text(row, c++);
    it.providerRef = r.text(row, c++);
    it.businessEntity = r.text(row, c++);
    if (!r.isNull(row, c))
        it.businessId = r.int64(row, c);
    ++c;
    it.createdAt = r.timestamp(row, c++);
    it.updatedAt = r.timestamp(row, c++);
    it.sentAt = r.isNull(row, c) ? QDateTime() : r.timestamp(row, c);
    return it;
}

QList<OutboxItem> itemsOf(const db::PgResult &r)
{
    QList<OutboxItem> out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        out.append(itemAt(r, i));
    return out;
}

QByteArray sql(const char *before, const char *after = "")
{
    return QByteArray(before) + kColumns + after;
}

} // namespace

OutboxRepository::OutboxRepository(db::PgConnection &c)
    : m_c(c)
{}

Result<OutboxItem> OutboxRepository::enqueue(const OutboxRequest &request)
{
    if (!m_c.inTransaction())
        return Error::internal(QStringLiteral("outbox enqueue outside a transaction: the business change and the call "
                                              "must commit together"));
    if (!isKnownProvider(request.provider))
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::outbox", "Unknown service %1: the message cannot be queued.")
                .arg(request.provider));
    if (request.operation.isEmpty() || request.path.isEmpty() || request.method.isEmpty()
        || request.businessEntity.isEmpty() != !request.businessId.has_value())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::outbox", "The request for %1 is incomplete and cannot be queued.")
                .arg(request.provider),
            QStringLiteral("operation '%1', path '%2'").arg(request.operation, request.path));
    if (Status pinned = request.checkPinned(); !pinned.ok())
        return pinned.error();
    db::SqlParams p;
    p.add(request.provider)
        .add(request.operation)
        .add(compactJson(request.toJson()))
        .add(request.idempotencyKey.isEmpty() ? std::optional<QString>()
                                              : std::optional<QString>(request.idempotencyKey))
        .add(std::max(1, request.maxAttempts))
        .add(request.businessEntity.isEmpty() ? std::optional<QString>()
                                              : std::optional<QString>(request.businessEntity))
        .add(request.businessId);
    auto r = m_c.exec(sql("INSERT INTO outbox (provider, operation, request, idempotency_key, max_attempts, "
                          "business_entity, business_id) VALUES ($1, $2, $3::jsonb, "
                          "coalesce($4, 'targo-outbox-' || gen_random_uuid()::text), $5, $6, $7) RETURNING ")
                          .constData(),
        p);
    if (!r.ok())
        return r.error();
    return itemAt(r.value(), 0);
}

Result<QList<OutboxItem>> OutboxRepository::claim(
    int n, const QString &workerId, int leaseSeconds, const QStringList &providers)
{
    n = std::clamp(n, 1, kMaxBatch);
    const QString providerArray = QLatin1Char('{') + providers.join(QLatin1Char(',')) + QLatin1Char('}');
    std::function<Result<QList<OutboxItem>>(db::PgConnection &)> fn =
        [&](db::PgConnection &c) -> Result<QList<OutboxItem>> {
        // A worker died while sending to a provider without idempotency: the call may or may not have happened.
        db::SqlParams stale;
        stale.add(providers.isEmpty() ? std::optional<QString>() : std::optional<QString>(providerArray));
        const QByteArray staleSql =
            QByteArray("WITH s AS (SELECT id FROM outbox WHERE status = 'sending' AND lease_until < now() "
                       "AND ($1::text[] IS NULL OR provider = ANY($1::text[])) AND NOT ")
            + kIdempotentSql
            + " FOR UPDATE SKIP LOCKED) "
              "UPDATE outbox o SET status = 'ambiguous', last_error = format('the claim of "
              "%s expired at %s while it was sending (worker stopped or lost); %s has no idempotency key, so the "
              "request may or may not have been carried out', o.claimed_by, o.lease_until, o.provider) "
              "FROM s WHERE o.id = s.id";
        auto s = c.exec(staleSql.constData(), stale);
        if (!s.ok())
            return s.error();
        db::SqlParams p;
        p.add(n).add(workerId).add(std::max(1, leaseSeconds));
        p.add(providers.isEmpty() ? std::optional<QString>() : std::optional<QString>(providerArray));
        const QByteArray claimSql =
            QByteArray("WITH c AS (SELECT id FROM outbox WHERE ((status = 'pending' AND next_attempt_at "
                       "<= now()) OR (status = 'sending' AND lease_until < now() AND ")
            + kIdempotentSql
            + ")) AND ($4::text[] IS NULL OR provider = ANY($4::text[])) ORDER BY next_attempt_at, id LIMIT $1 "
              "FOR UPDATE SKIP LOCKED) "
              "UPDATE outbox o SET status = 'sending', claimed_by = $2, claimed_at = now(), lease_until = now() "
              "+ make_interval(secs => $3), attempts = o.attempts + 1 FROM c WHERE o.id = c.id RETURNING "
            + QByteArray(kColumns).replace("id, provider", "o.id, o.provider");
        auto r = c.exec(claimSql.constData(), p);
        if (!r.ok())
            return r.error();
        QList<OutboxItem> items = itemsOf(r.value());
        std::sort(items.begin(), items.end(), [](const OutboxItem &a, const OutboxItem &b) { return a.id < b.id; });
        return items;
    };
    return db::withTransaction(m_c, fn);
}

Result<QList<OutboxItem>> OutboxRepository::claimOne(qint64 id, const QString &workerId, int leaseSeconds)
{
    db::SqlParams p;
    p.add(id).add(workerId).add(std::max(1, leaseSeconds));
    const QByteArray statement =
        "WITH c AS (SELECT id FROM outbox WHERE id = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED) "
        "UPDATE outbox o SET status = 'sending', claimed_by = $2, claimed_at = now(), lease_until = now() "
        "+ make_interval(secs => $3), attempts = o.attempts + 1 FROM c WHERE o.id = c.id RETURNING "
        + QByteArray(kColumns).replace("id, provider", "o.id, o.provider");
    auto r = m_c.exec(statement.constData(), p);
    if (!r.ok())
        return r.error();
    return itemsOf(r.value());
}

namespace {

db::SqlParams claimParams(const OutboxItem &claimed)
{
    db::SqlParams p;
    p.add(claimed.id).add(claimed.claimedBy).add(claimed.attempts);
    return p;
}

std::optional<QString> nonEmpty(const QString &s)
{
    return s.isEmpty() ? std::optional<QString>() : std::optional<QString>(s);
}

} // namespace

Status OutboxRepository::settle(const OutboxItem &claimed, const char *set, db::SqlParams params, const QString &what)
{
    const QByteArray statement = QByteArrayLiteral("UPDATE outbox SET ") + set
        + " WHERE id = $1 AND claimed_by = $2 AND attempts = $3 AND status IN ('sending', 'ambiguous')";
    auto r = m_c.exec(statement.constData(), params);
    if (!r.ok())
        return r.error();
    if (r.value().affectedRows() != 1)
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("ops::outbox", "Outbox item %1 was taken over before its result was saved.")
                .arg(claimed.id),
            QStringLiteral("%1 of outbox %2 (attempt %3) not recorded: claim lost")
                .arg(what)
                .arg(claimed.id)
                .arg(claimed.attempts));
    return success();
}

Status OutboxRepository::recordSuccess(
    const OutboxItem &claimed, int httpStatus, const QString &providerRef, const QJsonObject &response)
{
    db::SqlParams p = claimParams(claimed);
    p.add(httpStatus).add(nonEmpty(providerRef)).add(compactJson(response));
    return settle(claimed,
        "status = 'sent', sent_at = now(), lease_until = NULL, last_http_status = $4, provider_ref = $5, "
        "response = $6::jsonb, last_error = NULL",
        p, QStringLiteral("success"));
}

Status OutboxRepository::recordFailure(const OutboxItem &claimed, const OutboxFailure &failure)
{
    QString disposition = QStringLiteral("retry");
    if (failure.disposition == OutboxFailure::Disposition::Fail)
        disposition = QStringLiteral("failed");
    else if (failure.disposition == OutboxFailure::Disposition::Ambiguous)
        disposition = QStringLiteral("ambiguous");
    db::SqlParams p = claimParams(claimed);
    p.add(disposition).add(static_cast<qint64>(failure.delay.count()));
    p.add(failure.httpStatus > 0 ? std::optional<int>(failure.httpStatus) : std::optional<int>());
    p.add(failure.error);
    return settle(claimed,
        "status = CASE WHEN $4::text <> 'retry' THEN $4::text WHEN attempts >= max_attempts THEN 'failed' "
        "ELSE 'pending' END, "
        "next_attempt_at = CASE WHEN $4::text = 'retry' THEN now() + $5::bigint * interval '1 millisecond' "
        "ELSE next_attempt_at END, lease_until = NULL, last_http_status = $6, last_error = $7",
        p, QStringLiteral("failure (%1)").arg(failure.error.left(300)));
}

Status OutboxRepository::recordVerdict(const OutboxItem &claimed, int httpStatus, const SendVerdict &verdict)
{
    if (verdict.kind == SendVerdict::Kind::Sent)
        return recordSuccess(claimed, httpStatus, verdict.providerRef, verdict.response);
    const QString status =
        verdict.kind == SendVerdict::Kind::Ambiguous ? QStringLiteral("ambiguous") : QStringLiteral("failed");
    db::SqlParams p = claimParams(claimed);
    p.add(status).add(httpStatus).add(nonEmpty(verdict.providerRef)).add(compactJson(verdict.response));
    p.add(verdict.remainingRequest ? std::optional<QByteArray>(compactJson(*verdict.remainingRequest))
                                   : std::optional<QByteArray>());
    p.add(verdict.error);
    // A partly failed row keeps the ids of what was done, and only what failed as its request.
    return settle(claimed,
        "status = $4, lease_until = NULL, last_http_status = $5, provider_ref = coalesce($6, provider_ref), "
        "response = $7::jsonb, request = coalesce($8::jsonb, request), last_error = $9, "
        "sent_at = CASE WHEN $6::text IS NOT NULL THEN now() ELSE sent_at END",
        p, QStringLiteral("verdict %1 (%2)").arg(status, verdict.error.left(300)));
}

Result<int> OutboxRepository::renewLeases(const QList<qint64> &ids, const QString &workerId, int leaseSeconds)
{
    if (ids.isEmpty())
        return 0;
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    db::SqlParams p;
    p.add(QStringLiteral("{%1}").arg(list.join(QLatin1Char(',')))).add(workerId).add(leaseSeconds);
    // An 'ambiguous' row still claimed by workerId was marked so while its send went on (its lease had run out):
    // renewing it says the worker is alive, and an operator's retry waits for the result.
    auto r = m_c.exec("UPDATE outbox SET lease_until = now() + make_interval(secs => $3) "
                      "WHERE id = ANY($1::bigint[]) AND claimed_by = $2 AND status IN ('sending', 'ambiguous') "
                      "AND lease_until IS NOT NULL",
        p);
    if (!r.ok())
        return r.error();
    return static_cast<int>(r.value().affectedRows());
}

Result<QList<OutboxItem>> OutboxRepository::claimForReconcile(
    int n, const QStringList &providers, const QStringList &operations)
{
    if (providers.isEmpty() || operations.isEmpty())
        return QList<OutboxItem>();
    auto arrayOf = [](const QStringList &l) {
        QStringList quoted;
        for (const QString &s : l)
            quoted << QLatin1Char('"') + QString(s).remove(QLatin1Char('"')).remove(QLatin1Char('\\'))
                    + QLatin1Char('"');
        return QStringLiteral("{%1}").arg(quoted.join(QLatin1Char(',')));
    };
    db::SqlParams p;
    p.add(std::clamp(n, 1, kMaxBatch)).add(arrayOf(providers)).add(arrayOf(operations));
    const QByteArray statement =
        "WITH c AS (SELECT id FROM outbox WHERE status = 'ambiguous' AND reconciled_at IS NULL "
        "AND provider = ANY($2::text[]) AND operation = ANY($3::text[]) ORDER BY id LIMIT $1 "
        "FOR UPDATE SKIP LOCKED) UPDATE outbox o SET reconciled_at = now() FROM c WHERE o.id = c.id RETURNING "
        + QByteArray(kColumns).replace("id, provider", "o.id, o.provider");
    auto r = m_c.exec(statement.constData(), p);
    if (!r.ok())
        return r.error();
    return itemsOf(r.value());
}

Status OutboxRepository::recordReconciled(qint64 id, const Reconciliation &rec)
{
    db::SqlParams p;
    p.add(id);
    if (rec.found) {
        p.add(nonEmpty(rec.providerRef)).add(compactJson(rec.response)).add(rec.note);
        // Never the id of another row's message (two workers looking up twin rows at once).
        auto r = m_c.exec("UPDATE outbox o SET status = 'sent', sent_at = now(), provider_ref = $2, "
                          "response = $3::jsonb, last_error = nullif($4, '') WHERE o.id = $1 AND o.status = "
                          "'ambiguous' AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.provider = o.provider "
                          "AND x.provider_ref = $2 AND x.id <> o.id)",
            p);
        return r.ok() ? success() : Status(r.error());
    }
    p.add(rec.note);
    auto r = m_c.exec("UPDATE outbox SET last_error = concat_ws(E'\\n', last_error, $2::text) "
                      "WHERE id = $1 AND status = 'ambiguous'",
        p);
    return r.ok() ? success() : Status(r.error());
}

Result<QSet<QString>> OutboxRepository::refsRecordedElsewhere(
    const QString &provider, const QStringList &refs, qint64 exceptId)
{
    QSet<QString> out;
    if (refs.isEmpty())
        return out;
    QStringList quoted;
    for (const QString &ref : refs)
        quoted << QLatin1Char('"') + QString(ref).remove(QLatin1Char('"')).remove(QLatin1Char('\\')) + QLatin1Char('"');
    db::SqlParams p;
    p.add(provider).add(QStringLiteral("{%1}").arg(quoted.join(QLatin1Char(',')))).add(exceptId);
    auto r = m_c.exec("SELECT DISTINCT provider_ref FROM outbox WHERE provider = $1 AND provider_ref = ANY($2::text[]) "
                      "AND id <> $3",
        p);
    if (!r.ok())
        return r.error();
    for (int i = 0; i < r.value().rows(); ++i)
        out.insert(r.value().text(i, 0));
    return out;
}

Status OutboxRepository::release(const OutboxItem &claimed)
{
    db::SqlParams p;
    p.add(claimed.id).add(claimed.claimedBy).add(claimed.attempts);
    auto r = m_c.exec("UPDATE outbox SET status = 'pending', attempts = attempts - 1, lease_until = NULL, "
                      "claimed_by = NULL, claimed_at = NULL "
                      "WHERE id = $1 AND claimed_by = $2 AND attempts = $3 AND status = 'sending'",
        p);
    if (!r.ok())
        return r.error();
    return success();
}

Result<QList<OutboxItem>> OutboxRepository::list(const OutboxFilter &filter)
{
    db::SqlParams p;
    p.add(filter.status ? std::optional<QString>(statusName(*filter.status)) : std::optional<QString>());
    p.add(filter.provider.isEmpty() ? std::optional<QString>() : std::optional<QString>(filter.provider));
    p.add(filter.beforeId);
    p.add(std::clamp(filter.limit, 1, kMaxListLimit));
    auto r =
        m_c.exec(sql("SELECT ",
                     " FROM outbox WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR provider = $2) "
                     "AND ($3::bigint IS NULL OR id < $3) ORDER BY id DESC LIMIT $4")
                     .constData(),
            p);
    if (!r.ok())
        return r.error();
    return itemsOf(r.value());
}

Result<OutboxItem> OutboxRepository::find(qint64 id)
{
    auto r = m_c.exec(sql("SELECT ", " FROM outbox WHERE id = $1").constData(), db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    if (r.value().rows() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("ops::outbox", "Outbox item %1 does not exist.").arg(id));
    return itemAt(r.value(), 0);
}

Error OutboxRepository::stateError(qint64 id, const QString &action)
{
    auto item = find(id);
    if (!item.ok())
        return item.error();
    const QString status = statusName(item.value().status);
    if (action == u"retry"
        && (item.value().status == OutboxStatus::Failed || item.value().status == OutboxStatus::Ambiguous)) {
        auto live = m_c.exec("SELECT lease_until > now() FROM outbox WHERE id = $1", db::SqlParams().add(id));
        if (live.ok() && live.value().rows() == 1 && live.value().boolean(0, 0))
            return Error::make(Error::Kind::Conflict,
                QCoreApplication::translate("ops::outbox",
                    "Outbox item %1 is still being sent by %2 (its claim runs until %3): wait for that attempt's "
                    "result before sending it again.")
                    .arg(id)
                    .arg(item.value().claimedBy,
                        QLocale().toString(item.value().leaseUntil.toLocalTime(), QLocale::ShortFormat)),
                QStringLiteral("retry of outbox %1 refused: claim of %2 live until %3")
                    .arg(id)
                    .arg(item.value().claimedBy, item.value().leaseUntil.toString(Qt::ISODateWithMs)));
    }
    if (action == u"retry")
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate(
                "ops::outbox", "Outbox item %1 is %2: only failed or ambiguous items can be sent again.")
                .arg(id)
                .arg(status));
    return Error::make(Error::Kind::Conflict,
        QCoreApplication::translate(
            "ops::outbox", "Outbox item %1 is %2: only pending, failed or ambiguous items can be cancelled.")
            .arg(id)
            .arg(status));
}

Status OutboxRepository::retry(qint64 id)
{
    auto r = m_c.exec("UPDATE outbox SET status = 'pending', next_attempt_at = now(), claimed_by = NULL, "
                      "claimed_at = NULL, lease_until = NULL, max_attempts = greatest(max_attempts, attempts + 1), "
                      "reconciled_at = NULL WHERE id = $1 AND status IN ('failed', 'ambiguous') "
                      "AND (lease_until IS NULL OR lease_until <= now())",
        db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    if (r.value().affectedRows() == 0)
        return stateError(id, QStringLiteral("retry"));
    return success();
}

Result<int> OutboxRepository::retryAllFailed(const QString &provider)
{
    db::SqlParams p;
    p.add(provider.isEmpty() ? std::optional<QString>() : std::optional<QString>(provider));
    auto r = m_c.exec("UPDATE outbox SET status = 'pending', next_attempt_at = now(), claimed_by = NULL, "
                      "claimed_at = NULL, lease_until = NULL, max_attempts = greatest(max_attempts, attempts + 1) "
                      "WHERE status = 'failed' AND ($1::text IS NULL OR provider = $1) "
                      "AND (lease_until IS NULL OR lease_until <= now())",
        p);
    if (!r.ok())
        return r.error();
    return static_cast<int>(r.value().affectedRows());
}

Status OutboxRepository::cancel(qint64 id)
{
    auto r = m_c.exec("UPDATE outbox SET status = 'cancelled', lease_until = NULL "
                      "WHERE id = $1 AND status IN ('pending', 'failed', 'ambiguous')",
        db::SqlParams().add(id));
    if (!r.ok())
        return r.error();
    if (r.value().affectedRows() == 0)
        return stateError(id, QStringLiteral("cancel"));
    return success();
}

OutboxFailure OutboxRepository::failureFor(const OutboxItem &item, const Error &error, const net::RetryPolicy &backoff)
{
    OutboxFailure f;
    f.httpStatus = net::httpStatusOf(error);
    f.error = error.detail.isEmpty() ? error.userMessage : error.detail;
    net::Outcome outcome = net::outcomeOf(error);
    if (error.kind == Error::Kind::Cancelled)
        outcome = net::Outcome::Ambiguous; // stopped in flight: it may have reached the provider
    switch (outcome) {
    case net::Outcome::Retryable:
        f.disposition = OutboxFailure::Disposition::Retry;
        break;
    case net::Outcome::Ambiguous:
        f.disposition = item.isIdempotent() ? OutboxFailure::Disposition::Retry : OutboxFailure::Disposition::Ambiguous;
        break;
    case net::Outcome::Success:
    case net::Outcome::Permanent:
        f.disposition = OutboxFailure::Disposition::Fail;
        break;
    }
    if (f.disposition == OutboxFailure::Disposition::Retry)
        f.delay = backoff.backoff(std::max(1, item.attempts));
    return f;
}

Result<OutboxItem> enqueue(db::PgConnection &c, const OutboxRequest &request)
{
    return OutboxRepository(c).enqueue(request);
}

} // namespace ops::outbox
