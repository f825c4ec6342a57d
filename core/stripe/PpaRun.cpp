#include "core/stripe/PpaRun.h"

#include <deque>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QJsonObject>

#include "core/db/PgConnection.h"
#include "core/integrations/IntegrationSupport.h"
#include "core/integrations/StripeClient.h"
#include "core/net/Outcome.h"
#include "core/stripe/PpaRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace ops::stripe {

namespace {} // namespace

integrations::StripePaymentIntentInput PpaRun::intentOf(const PpaAttempt &a)
{
    // Everything here comes from the attempt row, never from the workstation (no translated text): a resend with
    // the same key must carry the same parameters, or Stripe refuses it.
    integrations::StripePaymentIntentInput in;
    in.amount = a.amountCents;
    in.currency = u"cad"_s;
    in.customer = a.stripeCustomer;
    in.paymentMethod = a.stripePaymentMethod;
    in.offSessionConfirm = true;
    in.description = a.invoiceCode;
    in.metadata.insert(u"ops_invoice_id"_s, QString::number(a.invoiceId));
    in.metadata.insert(u"ops_attempt_id"_s, QString::number(a.id));
    return in;
}

namespace {

struct InFlight
{
    PpaAttempt attempt;
    QFuture<Result<integrations::StripePaymentIntent>> answer;
    int round = 0;
};

} // namespace

PpaRun::PpaRun(db::PgConnection &c, integrations::StripeClient &client, PpaOptions options)
    : m_c(c)
    , m_client(client)
    , m_options(options)
{}

PpaRun::Answer PpaRun::classify(const Result<integrations::StripePaymentIntent> &answer, IntentResult &out)
{
    if (answer.ok()) {
        const integrations::StripePaymentIntent &pi = answer.value();
        out.paymentIntentId = pi.id;
        if (pi.status == u"succeeded"_s) {
            out.state = IntentResult::State::Succeeded;
        } else if (pi.status == u"processing"_s) {
            out.state = IntentResult::State::Processing;
        } else {
            // requires_payment_method (declined), requires_action (the bank wants the customer), canceled, ...
            out.state = IntentResult::State::Failed;
            out.errorCode = pi.lastErrorCode.isEmpty() ? pi.status : pi.lastErrorCode;
            out.errorMessage = pi.lastErrorMessage.isEmpty()
                ? QCoreApplication::translate("ops::stripe::PpaRun", "Stripe did not take the payment (status %1).")
                      .arg(pi.status)
                : pi.lastErrorMessage;
        }
        return Answer::Recorded;
    }
    const Error &e = answer.error();
    if (e.kind == Error::Kind::Validation && !e.code.startsWith(u"net/"_s)) {
        // Refused before sending (no customer at Stripe, no saved method): nothing was charged.
        out.state = IntentResult::State::Failed;
        out.errorCode = u"invalid_attempt"_s;
        out.errorMessage = e.userMessage;
        return Answer::Recorded;
    }
    const int status = net::httpStatusOf(e);
    if (status == 401 || status == 403)
        return Answer::Fatal;
    const QString code = net::providerCodeOf(e);
    const bool sameKeyBusy = status == 409 || code == u"idempotency_key_in_use"_s
        || integrations::providerBodyOf(e).value(u"error"_s).toObject().value(u"type"_s).toString()
            == u"idempotency_error"_s;
    if (!sameKeyBusy
        && (status == 402 || (net::outcomeOf(e) == net::Outcome::Permanent && status >= 400 && status < 500))) {
        // A card error (402) or a request Stripe refuses for good (400, 404): the attempt failed, with Stripe's words.
        out.state = IntentResult::State::Failed;
        out.errorCode = code.isEmpty() ? QString::number(status) : code;
        out.errorMessage = e.userMessage;
        out.paymentIntentId = integrations::providerBodyOf(e)
                                  .value(u"error"_s)
                                  .toObject()
                                  .value(u"payment_intent"_s)
                                  .toObject()
                                  .value(u"id"_s)
                                  .toString();
        return Answer::Recorded;
    }
    // 429 after every retry, 5xx, connection lost, an answer lost after sending, the same key still in progress:
    // not known; the attempt stays 'sending' and is sent again with its key.
    return Answer::Unsent;
}

Result<PpaRunSummary> PpaRun::run(const QDate &runDate)
{
    if (!runDate.isValid())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::stripe::PpaRun", "The PPA run needs a valid date."));
    QElapsedTimer total;
    total.start();
    PpaRunSummary s;
    s.runDate = runDate;
    PpaRepository repo(m_c);
    auto runId = repo.startRun(runDate);
    if (!runId.ok())
        return runId.error();
    s.runId = runId.value();
    auto resend = repo.sendingAttempts();
    if (!resend.ok())
        return resend.error();
    auto created = repo.createAttempts(s.runId, runDate, kPpaMaxFailedAttempts);
    if (!created.ok())
        return created.error();
    s.skipped = created.value().skipped;
    s.resent = static_cast<int>(resend.value().size());

    QList<std::pair<PpaAttempt, int>> queue; // attempt, round
    for (const PpaAttempt &a : resend.value())
        queue.push_back({a, 0});
    for (const PpaAttempt &a : created.value().attempts)
        queue.push_back({a, 0});
    s.invoices = static_cast<int>(queue.size());
    for (const auto &[a, round] : std::as_const(queue))
        s.requestedCents += a.amountCents;

    std::deque<InFlight> inFlight;
    qsizetype next = 0;
    bool stop = false;
    QElapsedTimer sending;
    sending.start();
    const int window = std::max(1, m_options.inFlight);
    std::optional<Error> dbError;
    while (true) {
        while (!stop && static_cast<int>(inFlight.size()) < window && next < queue.size()) {
            const auto &[a, round] = queue.at(next++);
            inFlight.push_back({a, m_client.createPaymentIntent(intentOf(a), a.idempotencyKey), round});
            ++s.requests;
        }
        if (inFlight.empty())
            break;
        InFlight f = std::move(inFlight.front());
        inFlight.pop_front();
        f.answer.waitForFinished();
        const Result<integrations::StripePaymentIntent> answer = f.answer.isResultReadyAt(0)
            ? f.answer.result()
            : Result<integrations::StripePaymentIntent>(Error::make(Error::Kind::Cancelled, QString()));
        IntentResult result;
        const Answer kind = classify(answer, result);
        if (kind == Answer::Fatal) {
            stop = true;
            s.stoppedBy = answer.error().userMessage;
            ++s.unsent;
            continue;
        }
        if (kind == Answer::Unsent) {
            if (!stop && f.round < m_options.resendRounds)
                queue.push_back({f.attempt, f.round + 1});
            else
                ++s.unsent;
            continue;
        }
        if (dbError) {
            ++s.unsent; // stays 'sending': the next run records it from Stripe's same answer
            continue;
        }
        auto recorded = repo.recordIntent(f.attempt.id, result);
        if (!recorded.ok()) {
            dbError = recorded.error();
            stop = true;
            ++s.unsent;
            continue;
        }
        // What the attempt is now (another recorder, e.g. an event, may have moved it first).
        switch (result.state) {
        case IntentResult::State::Succeeded:
            ++s.succeeded;
            break;
        case IntentResult::State::Processing:
            ++s.processing;
            break;
        case IntentResult::State::Failed:
            ++s.failed;
            break;
        }
    }
    s.unsent += static_cast<int>(queue.size() - next); // never sent after a stop: still 'sending'
    const double seconds = static_cast<double>(sending.nsecsElapsed()) / 1e9;
    s.requestsPerSec = seconds > 0 && s.requests > 0 ? s.requests / seconds : 0;
    if (dbError)
        return *dbError;
    Status finished = repo.finishRun(s.runId, s.invoices, s.requestedCents, stop);
    if (!finished.ok())
        return finished.error();
    s.elapsedMs = total.elapsed();
    return s;
}

} // namespace ops::stripe
