#pragma once

#include <memory>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

class QThread;

namespace ops::test {

// A fault-injecting fake of Stripe's PaymentIntents and events on 127.0.0.1 (HTTP/1.1, keep-alive), on its own
// thread so that tests may block in the code under test (or wait for a child process) while it answers.
//  - POST /v1/payment_intents needs an Idempotency-Key; at most ONE PaymentIntent is made per key: a repeated key
//    gets the first answer again (the same PaymentIntent), or 400 idempotency_error when its parameters differ.
//    The saved method decides the outcome: "pm_fail..." is declined (402 card_declined, insufficient_funds), a method
//    containing "acss" stays processing (a pre-authorized debit), anything else succeeds.
//  - GET /v1/events lists the events added with addEvent (newest first; ending_before, limit, has_more).
//  - Faults: a rate limit (more than N accepted requests in any 1 s: 429 with Retry-After: 1), the next requests
//    answered 429 or 500, the next new PaymentIntents made but their connection closed without an answer, a latency.
// Records every PaymentIntent request, the keys, and the PaymentIntents made for each invoice (metadata
// ops_invoice_id). Thread-safe.
class FakeStripe
{
public:
    FakeStripe();
    ~FakeStripe();
    FakeStripe(const FakeStripe &) = delete;
    FakeStripe &operator=(const FakeStripe &) = delete;

    bool start();
    void stop();
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

    void setRateLimit(int perSecond); // 0: none
    void setLatencyMs(int ms);
    void failNextWith429(int count, int retryAfterSeconds = 1);
    void failNextWith500(int count);
    void dropNextAfterCreate(int count);
    void setRefuseKey(bool refuse); // every request answered 401 authentication_error (a revoked API key)

    int intentRequests() const; // POST /v1/payment_intents received (answered, refused or dropped)
    int intentsCreated() const;
    int tooManyRequestsSent() const;
    int requestsWithoutKey() const;
    int idempotencyMismatches() const;
    QMap<QString, QStringList> intentsByInvoice() const; // ops_invoice_id -> distinct PaymentIntent ids
    QList<qint64> acceptedIntentTimesMs() const; // monotonic arrival times of the requests not refused with 429
    int maxAcceptedInAnySecond() const;
    QJsonObject intent(const QString &id) const;

    // An event (evt_<n>, created now) whose data.object is object; returns its id.
    QString addEvent(const QString &type, const QJsonObject &object);
    // The PaymentIntent as it would be after Stripe settled it ("succeeded") or the bank refused it
    // ("requires_payment_method", with last_payment_error): for the object of an event.
    QJsonObject settledIntent(const QString &id, const QString &status) const;

    class Worker;
    struct Shared;

private:
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
};

} // namespace ops::test
