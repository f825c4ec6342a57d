#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

namespace ops::stripe {

// An invoice is charged automatically at most this many times: after three failed attempts (declined card, closed
// account, ...) the PPA run leaves it to dunning and to the clerk.
inline constexpr int kPpaMaxFailedAttempts = 3;

// Stripe's documented limit in live mode: about 25 requests per second (the provider setting's default).
inline constexpr double kStripeDefaultRatePerSec = 25.0;

struct PpaOptions
{
    // Requests handed to the NetExecutor ahead of the answers being recorded: its rate limit and concurrency cap pace
    // them; the queue keeps the limit busy while an answer is being recorded (about 2.5 s of requests at 25/s).
    int inFlight = 64;
    int resendRounds = 2; // an attempt whose request could not be completed (429, 5xx, connection lost after the
                          // NetExecutor's own retries) is sent again with the same key this many more times in the run
};

// What one PPA run did.
struct PpaRunSummary
{
    qint64 runId = 0;
    QDate runDate;
    int invoices = 0; // attempts sent by this run (new ones and resent ones)
    int resent = 0; // of which attempts left 'sending' by an earlier, interrupted run
    qint64 requestedCents = 0;
    int succeeded = 0;
    int processing = 0; // pre-authorized debits: pending at the bank for a few business days
    int failed = 0;
    int skipped = 0; // due invoices another run (another workstation) holds an open attempt for
    int unsent = 0; // left 'sending' (Stripe unreachable): resent with the same key by the next run
    int requests = 0; // PaymentIntent requests made (the NetExecutor's own retries not counted)
    qint64 elapsedMs = 0;
    double requestsPerSec = 0; // requests / time spent sending
    QString stoppedBy; // non-empty when the run stopped early (the API key refused): the reason, translated
};

// What one read of Stripe's events did.
struct StripeEventsSummary
{
    int read = 0;
    int applied = 0;
    int ignored = 0;
    int unmatched = 0;
    int alreadyApplied = 0;
    int failed = 0; // recorded as failed (an event this version cannot read): skipped, never retried
    QString cursor; // the stored cursor after the read
    bool more = false; // more events wait: read again
    bool firstRead = false; // no cursor was stored: only the starting point was taken
};

} // namespace ops::stripe

Q_DECLARE_METATYPE(ops::stripe::PpaRunSummary)
Q_DECLARE_METATYPE(ops::stripe::StripeEventsSummary)
