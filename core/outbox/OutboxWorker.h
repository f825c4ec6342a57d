#pragma once

#include <atomic>
#include <memory>

#include <QMap>
#include <QString>

#include "core/common/Result.h"
#include "core/net/HttpRequest.h"
#include "core/net/HttpResponse.h"
#include "core/net/ProviderConfig.h"
#include "core/net/RetryPolicy.h"
#include "core/outbox/OutboxTypes.h"

class QThread;

namespace ops::net {
class NetExecutor;
}

namespace ops::db {
class PgConnection;
}

namespace ops::outbox {

class OutboxRepository;

struct OutboxWorkerOptions
{
    QString workerId; // empty: <host>:<pid>:<random>
    int batchSize = 16; // rows in flight at once (sent concurrently, within the providers' limits)
    int leaseSeconds = 120; // a claim older than this is treated as a dead worker's
    int pollMs = 1000; // longest sleep when idle; an outbox insert (NOTIFY ops_change) wakes it sooner
    int reconcileIntervalMs = 2000; // when idle, ambiguous rows are looked up at their provider at most this often
    net::RetryPolicy sendPolicy = net::RetryPolicy().setMaxAttempts(3).setMaxDelay(std::chrono::seconds(2));
    net::RetryPolicy backoff = net::RetryPolicy()
                                   .setBaseDelay(std::chrono::seconds(2))
                                   .setMaxDelay(std::chrono::minutes(10)); // before the outbox's own next attempt
};

struct OutboxWorkerStats
{
    qint64 claimed = 0;
    qint64 sent = 0;
    qint64 retried = 0;
    qint64 failed = 0;
    qint64 ambiguous = 0;
    qint64 lostClaims = 0; // results not saved because the row was taken over
    qint64 reconciled = 0; // ambiguous rows found at their provider (so: sent)
    qint64 leaseRenewals = 0;
};

// Drains the outbox: keeps up to batchSize rows in flight (claimed with SKIP LOCKED, so several workers on several
// machines cooperate; claimed again as soon as half the window is free), sends each row through the NetExecutor
// (Stripe rows carry the row's Idempotency-Key), reads the answer by the provider's rules (integrations/
// OutboxSemantics: a Mailjet batch can partly fail), records the outcome with the provider's real status and text,
// and when idle looks ambiguous Twilio rows up at Twilio, then sleeps until an
// outbox insert is notified or pollMs passes. The leases of rows in flight (run() and sendNow()) are renewed by an
// own thread on an own connection every third of the lease, so a busy claiming loop can never starve them. Uses its
// own database
// connection on the thread that runs it (run() blocks; start() runs it on an own thread). stop() lets the batch in
// flight finish and be recorded; a worker killed instead leaves its rows to the lease rules of
// OutboxRepository::claim().
class OutboxWorker
{
public:
    // providers: the services this worker sends to (only their rows are claimed); headers: added to every request
    // of that provider (authentication, Stripe-Version). Secrets stay in memory, never in the outbox table.
    OutboxWorker(QString conninfo, net::NetExecutor &net, QMap<QString, net::ProviderConfig> providers,
        QMap<QString, net::RawHeaders> headers = {}, OutboxWorkerOptions options = {});
    ~OutboxWorker(); // stop() and wait()
    OutboxWorker(const OutboxWorker &) = delete;
    OutboxWorker &operator=(const OutboxWorker &) = delete;

    // Blocks until stop() (never call it on the GUI thread). Fails at once when a provider config is refused;
    // database outages are waited out with back-off.
    Status run();
    void start(); // run() on an own thread; the result is in finalStatus() after wait()
    void stop(); // thread-safe; run() returns once the batch in flight is recorded
    void wait();
    bool isStopping() const { return m_stop.load(); }
    Status finalStatus() const;

    // Sends one pending row now on the calling thread (never the GUI thread) with c, by the same rules as run(), and
    // returns the row as it ends. When another worker holds the row, waits (up to waitMs) for its outcome instead.
    // For commands that enqueue a call and report its outcome (targo-opsctl sms send, cpe task, ...).
    Result<OutboxItem> sendNow(db::PgConnection &c, qint64 id, int waitMs = 60000);

    const QString &workerId() const { return m_options.workerId; }
    OutboxWorkerStats stats() const;

    // The HTTP call for a row: method, path under the provider's base URL, provider headers then the row's, body,
    // and the Idempotency-Key for Stripe POSTs.
    static Result<net::HttpRequest> buildRequest(const OutboxItem &item, const net::RawHeaders &providerHeaders);
    // The provider's id for what it did: Stripe "id", Twilio "sid", Mailjet Messages[0].To[0].MessageID, ...
    static QString providerRefOf(const QString &provider, const QJsonObject &body);

    struct Counters;
    class LeaseKeeper;

private:
    Status runLoop();
    Status drain(db::PgConnection &c);
    Status record(OutboxRepository &repo, const OutboxItem &item, const Result<net::HttpResponse> &r);
    Status reconcile(OutboxRepository &repo);
    Status registerProviders();

    const QString m_conninfo;
    net::NetExecutor &m_net;
    const QMap<QString, net::ProviderConfig> m_providers;
    const QMap<QString, net::RawHeaders> m_headers;
    OutboxWorkerOptions m_options;
    std::atomic<bool> m_stop{false};
    std::unique_ptr<Counters> m_counters;
    std::unique_ptr<LeaseKeeper> m_leases; // renews the claims in flight on its own thread and connection
    std::unique_ptr<QThread> m_thread;
    Status m_final = success();
};

} // namespace ops::outbox
