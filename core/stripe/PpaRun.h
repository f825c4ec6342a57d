#pragma once

#include <QDate>

#include "core/common/Result.h"
#include "core/stripe/PpaTypes.h"

namespace ops::db {
class PgConnection;
}

namespace ops::integrations {
class StripeClient;
struct StripePaymentIntent;
struct StripePaymentIntentInput;
} // namespace ops::integrations

namespace ops::stripe {

struct IntentResult;
struct PpaAttempt;

// The PPA run (pre-authorized payments, docs/billing.md "Stripe: PPA run and events"): one off-session PaymentIntent
// per due invoice of the customers with ppa_enabled, never two charges for one invoice:
//  1. attempts an earlier run left 'sending' (it stopped before it knew the answer) are sent again with the SAME
//     idempotency key: Stripe answers with the PaymentIntent it already made, if it made one;
//  2. the new attempts are inserted and COMMITTED (key "ppa-<invoice id>-<attempt>") before Stripe is called; an
//     invoice another workstation's run holds is skipped (at most one open attempt per invoice, by index);
//  3. the requests go out through the NetExecutor, which paces them (the Stripe provider's rate limit, a token
//     bucket) with several in flight, and honours 429 + Retry-After; each answer is recorded in its own transaction
//     (succeeded: a card payment allocated to the invoice; processing: a pending pre-authorized debit; failed:
//     Stripe's code and message). A request that could not complete leaves its attempt 'sending' (resent later).
// Blocking: never on the GUI thread (a DB executor thread, or targo-opsctl).
class PpaRun
{
public:
    PpaRun(db::PgConnection &c, integrations::StripeClient &client, PpaOptions options = {});

    Result<PpaRunSummary> run(const QDate &runDate);

    // How a request's answer counts. Unsent: not known (the attempt stays 'sending'); Fatal: every request would get
    // the same refusal (the API key): the run stops.
    enum class Answer
    {
        Recorded,
        Unsent,
        Fatal,
    };
    // The PaymentIntent an attempt asks for: everything from the attempt row (the same on every resend).
    static integrations::StripePaymentIntentInput intentOf(const PpaAttempt &attempt);
    static Answer classify(const Result<integrations::StripePaymentIntent> &answer, IntentResult &out);

private:
    db::PgConnection &m_c;
    integrations::StripeClient &m_client;
    PpaOptions m_options;
};

} // namespace ops::stripe
