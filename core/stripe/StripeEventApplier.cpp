#include "core/stripe/StripeEventApplier.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "core/db/PgConnection.h"
#include "core/db/SqlParams.h"
#include "core/db/Transaction.h"
#include "core/integrations/CursorRepository.h"
#include "core/integrations/StripeClient.h"
#include "core/integrations/StripeEventFeed.h"
#include "core/payments/PaymentRepository.h"
#include "core/payments/StripeAccountEvents.h"
#include "core/stripe/PpaRepository.h"
#include "core/stripe/StripeEventLogRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::stripe {

namespace {

// A payment_intent.* event on the attempt it names (metadata ops_attempt_id) or that holds its PaymentIntent.
Result<payments::StripeEventOutcome> applyIntentEvent(db::PgConnection &c, const integrations::StripeEvent &e)
{
    payments::StripeEventOutcome out;
    const QJsonObject &pi = e.object;
    const QString intentId = pi.value(u"id"_s).toString();
    IntentResult result;
    result.paymentIntentId = intentId;
    if (e.type == u"payment_intent.succeeded"_s) {
        result.state = IntentResult::State::Succeeded;
    } else if (e.type == u"payment_intent.processing"_s) {
        result.state = IntentResult::State::Processing;
    } else {
        result.state = IntentResult::State::Failed;
        const QJsonObject err = pi.value(u"last_payment_error"_s).toObject();
        result.errorCode = err.value(u"decline_code"_s).toString();
        if (result.errorCode.isEmpty())
            result.errorCode = err.value(u"code"_s).toString();
        if (result.errorCode.isEmpty())
            result.errorCode = u"payment_failed"_s;
        result.errorMessage = err.value(u"message"_s).toString();
        if (result.errorMessage.isEmpty())
            result.errorMessage = QCoreApplication::translate(
                "ops::stripe::StripeEventApplier", "Stripe reported that the payment failed.");
    }
    PpaRepository repo(c);
    std::optional<PpaAttempt> attempt;
    bool idOk = false;
    const qint64 attemptId = pi.value(u"metadata"_s).toObject().value(u"ops_attempt_id"_s).toString().toLongLong(&idOk);
    if (idOk) {
        auto a = repo.attempt(attemptId);
        if (!a.ok())
            return a.error();
        attempt = a.value();
        // The metadata must agree with what we asked for (a PaymentIntent of another attempt is not this one's).
        if (attempt && !attempt->paymentIntentId.isEmpty() && attempt->paymentIntentId != intentId)
            attempt.reset();
    }
    if (!attempt && !intentId.isEmpty()) {
        auto a = repo.attemptByIntent(intentId);
        if (!a.ok())
            return a.error();
        attempt = a.value();
    }
    if (attempt) {
        auto changed = repo.recordIntentInTransaction(attempt->id, result);
        if (!changed.ok())
            return changed.error();
        auto now = repo.attempt(attempt->id);
        if (!now.ok())
            return now.error();
        out.outcome = changed.value() ? u"applied"_s : u"ignored"_s;
        out.customerId = attempt->customerId;
        out.paymentId = now.value() ? now.value()->paymentId : 0;
        out.detail = u"attempt %1: %2"_s.arg(attempt->id).arg(now.value() ? now.value()->status : QString());
        return out;
    }
    // A PaymentIntent made outside the PPA run (none yet) with a pending payment: settle or fail it.
    auto payment = repo.paymentByIntent(intentId);
    if (!payment.ok())
        return payment.error();
    if (!payment.value()) {
        out.outcome = u"unmatched"_s;
        out.detail = intentId;
        return out;
    }
    out.paymentId = payment.value()->id;
    out.customerId = payment.value()->customerId;
    payments::PaymentRepository payments(c);
    Result<bool> changed = false;
    if (result.state == IntentResult::State::Succeeded)
        changed = payments.settlePendingInTransaction(payment.value()->id, 0);
    else if (result.state == IntentResult::State::Failed)
        changed = payments.failPendingInTransaction(payment.value()->id);
    if (!changed.ok())
        return changed.error();
    out.outcome = changed.value() ? u"applied"_s : u"ignored"_s;
    out.detail = intentId;
    return out;
}

} // namespace

StripeEventApplier::StripeEventApplier(db::PgConnection &c, integrations::StripeClient &client)
    : m_c(c)
    , m_client(client)
{}

Result<QString> StripeEventApplier::applyOne(const integrations::StripeEvent &event)
{
    std::function<Result<QString>(db::PgConnection &)> fn = [&event](db::PgConnection &c) -> Result<QString> {
        // One applier at a time per event (the log cannot be updated: the row goes in last, with its outcome).
        StripeEventLogRepository log(c);
        auto seen = log.lockAndCheckApplied(event.id);
        if (!seen.ok())
            return seen.error();
        if (seen.value())
            return u"already"_s;
        Result<payments::StripeEventOutcome> outcome = event.type.startsWith(u"payment_intent."_s)
            ? applyIntentEvent(c, event)
            : payments::applyAccountEvent(c, event);
        if (!outcome.ok())
            return outcome.error();
        const payments::StripeEventOutcome &o = outcome.value();
        if (Status recorded = log.recordApplied(event, o); !recorded.ok())
            return recorded.error();
        return o.outcome;
    };
    return db::withTransaction(m_c, fn);
}

Result<StripeEventsSummary> StripeEventApplier::apply(int maxPages)
{
    StripeEventsSummary s;
    integrations::CursorRepository cursors(m_c);
    auto cursor = cursors.get(integrations::kStripeEventsCursor);
    if (!cursor.ok())
        return cursor.error();
    s.firstRead = cursor.value().isEmpty();
    auto batch = integrations::readStripeEvents(m_client, cursor.value(), maxPages);
    if (!batch.ok())
        return batch.error();
    for (const integrations::StripeEvent &e : std::as_const(batch.value().events)) {
        ++s.read;
        auto r = applyOne(e);
        if (!r.ok()) {
            if (r.error().kind != Error::Kind::Validation && r.error().kind != Error::Kind::Schema
                && r.error().kind != Error::Kind::NotFound)
                return r.error(); // the database: the cursor stays, the batch is read again (applied ones skip)
            // An event this version cannot apply: recorded as failed, never retried, the feed goes on.
            Status logged = StripeEventLogRepository(m_c).recordFailed(
                e, QString(r.error().userMessage + u" "_s + r.error().detail));
            if (!logged.ok())
                return logged.error();
            ++s.failed;
            continue;
        }
        const QString &o = r.value();
        if (o == u"applied"_s)
            ++s.applied;
        else if (o == u"unmatched"_s)
            ++s.unmatched;
        else if (o == u"already"_s)
            ++s.alreadyApplied;
        else
            ++s.ignored;
    }
    s.cursor = cursor.value();
    if (!batch.value().newestId.isEmpty()) {
        Status moved = cursors.advance(integrations::kStripeEventsCursor, cursor.value(), batch.value().newestId);
        if (!moved.ok())
            return moved.error();
        s.cursor = batch.value().newestId;
    }
    s.more = batch.value().more;
    return s;
}

} // namespace ops::stripe
