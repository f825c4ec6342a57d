#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "core/common/Result.h"

namespace ops::db {
class PgConnection;
}

namespace ops::stripe {

// One PPA attempt: a PaymentIntent asked for one invoice, with its idempotency key ("ppa-<invoice id>-<attempt>").
struct PpaAttempt
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    int attempt = 0;
    QString idempotencyKey;
    qint64 amountCents = 0;
    QString invoiceCode;
    QString stripeCustomer; // customers.stripe_id
    QString stripePaymentMethod; // pm_...
    QString methodType; // card, acss_debit
    QString status; // sending, processing, succeeded, failed, canceled
    qint64 paymentId = 0;
    QString paymentIntentId;
};

// What Stripe said about an attempt's PaymentIntent.
struct IntentResult
{
    enum class State
    {
        Succeeded,
        Processing, // a pre-authorized debit: pending at the bank
        Failed,
    };
    State state = State::Failed;
    QString paymentIntentId; // may be empty for a failure answered without one
    QString errorCode;
    QString errorMessage;
};

struct NewAttempts
{
    QList<PpaAttempt> attempts; // committed, status 'sending'
    int skipped = 0; // due invoices whose attempt another run inserted first
};

// The PPA tables (migration 0021_stripe): runs, attempts, and the moves of an attempt with its payment (through
// payments::PaymentRepository). Synchronous: DB executor threads or targo-opsctl only.
class PpaRepository
{
public:
    explicit PpaRepository(db::PgConnection &c);

    Result<qint64> startRun(const QDate &runDate);
    Status finishRun(qint64 runId, int invoices, qint64 requestedCents, bool interrupted);

    // Attempts still 'sending' (an earlier run stopped before it knew Stripe's answer), oldest first.
    Result<QList<PpaAttempt>> sendingAttempts();
    // In one committed transaction: an attempt for every invoice due on or before runDate (kind invoice, issued or
    // partially paid, something open) of a customer with ppa_enabled, a stripe_id and a default attached payment
    // method, that has no open (sending, processing) or succeeded attempt, fewer than maxFailed failed attempts, and no
    // attempt that failed in a run of the same date. Amount: what is open on the invoice now. An invoice another
    // run took meanwhile (the one-open-attempt index, or the same attempt number) is skipped.
    Result<NewAttempts> createAttempts(qint64 runId, const QDate &runDate, int maxFailed);

    Result<std::optional<PpaAttempt>> attempt(qint64 attemptId);
    Result<std::optional<PpaAttempt>> attemptByIntent(const QString &paymentIntentId);
    // The payment recorded for a PaymentIntent: id, customer and status; nullopt when none.
    struct IntentPayment
    {
        qint64 id = 0;
        qint64 customerId = 0;
        QString status;
    };
    Result<std::optional<IntentPayment>> paymentByIntent(const QString &paymentIntentId);

    // The attempt (locked) and its payment moved to what Stripe said, in the caller's OPEN transaction: sending ->
    // succeeded (a succeeded payment allocated to the invoice, balance moved), processing (a pending payment) or
    // failed (Stripe's code and message); processing -> succeeded (the pending payment settles) or failed (it
    // fails). Any other move changes nothing and returns false.
    Result<bool> recordIntentInTransaction(qint64 attemptId, const IntentResult &result);
    // The same in its own transaction.
    Result<bool> recordIntent(qint64 attemptId, const IntentResult &result);

private:
    db::PgConnection &m_c;
};

} // namespace ops::stripe
