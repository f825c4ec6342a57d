#include "core/outbox/OutboxWorker.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFuture>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QThread>

#include "core/db/PgConnection.h"
#include "core/integrations/IntegrationSupport.h"
#include "core/integrations/OutboxSemantics.h"
#include "core/logging/Logger.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"
#include "core/outbox/OutboxRepository.h"

namespace ops::outbox {

namespace {

constexpr int kWaitSliceMs = 100; // stop() is noticed within this delay while idle
constexpr int kMaxStoredResponse = 16 * 1024;

QString defaultWorkerId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate() % 100000);
}

bool isOutboxInsert(const db::Notification &n)
{
    const QJsonObject o = QJsonDocument::fromJson(n.payload.toUtf8()).object();
    return o.value(u"t").toString() == u"outbox" && o.value(u"op").toString() == u"I";
}

// Completed sends, by sequence number, in the order they finish.
struct Completions
{
    std::mutex mutex;
    std::deque<qint64> done;
    QSemaphore ready;
};

struct InFlight
{
    OutboxItem item;
    QFuture<Result<net::HttpResponse>> future;
};

} // namespace

struct OutboxWorker::Counters
{
    std::atomic<qint64> claimed{0}, sent{0}, retried{0}, failed{0}, ambiguous{0}, lostClaims{0}, reconciled{0},
        leaseRenewals{0};
};

// Renews the leases of the rows in flight, every third of the lease, on its own thread and database connection:
// whatever the claiming loop does (a steady stream of claims, a long record, a blocking sendNow()), a claim still in
// flight never runs out. Started at the first row it is given; stopped by its destructor.
class OutboxWorker::LeaseKeeper
{
public:
    LeaseKeeper(QString conninfo, QString workerId, int leaseSeconds, std::atomic<qint64> &renewals)
        : m_conninfo(std::move(conninfo))
        , m_workerId(std::move(workerId))
        , m_leaseSeconds(std::max(1, leaseSeconds))
        , m_everyMs(std::max<qint64>(250, qint64(m_leaseSeconds) * 1000 / 3))
        , m_renewals(renewals)
    {}
    ~LeaseKeeper()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    LeaseKeeper(const LeaseKeeper &) = delete;
    LeaseKeeper &operator=(const LeaseKeeper &) = delete;

    void add(qint64 id)
    {
        std::lock_guard lock(m_mutex);
        m_ids.insert(id);
        if (!m_thread.joinable())
            m_thread = std::thread([this] { loop(); });
    }
    void remove(qint64 id)
    {
        std::lock_guard lock(m_mutex);
        m_ids.erase(id);
    }
    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_ids.clear();
    }

private:
    void loop()
    {
        std::unique_ptr<db::PgConnection> c;
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            m_wake.wait_for(lock, std::chrono::milliseconds(m_everyMs), [this] { return m_stop; });
            if (m_stop || m_ids.empty())
                continue;
            const QList<qint64> ids(m_ids.begin(), m_ids.end());
            lock.unlock();
            renew(c, ids);
            lock.lock();
        }
    }

    void renew(std::unique_ptr<db::PgConnection> &c, const QList<qint64> &ids)
    {
        if (!c) {
            auto opened = db::PgConnection::open(m_conninfo);
            if (!opened.ok()) {
                log::get("outbox")->warn(
                    "outbox worker {}: cannot connect to renew leases: {}", m_workerId, opened.error().detail);
                return;
            }
            c = std::move(opened).value();
        }
        auto renewed = OutboxRepository(*c).renewLeases(ids, m_workerId, m_leaseSeconds);
        if (!renewed.ok()) {
            log::get("outbox")->warn("outbox worker {}: lease renewal failed: {}", m_workerId, renewed.error().detail);
            c.reset(); // reconnect at the next turn
            return;
        }
        m_renewals += renewed.value();
    }

    const QString m_conninfo;
    const QString m_workerId;
    const int m_leaseSeconds;
    const qint64 m_everyMs;
    std::atomic<qint64> &m_renewals;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::set<qint64> m_ids;
    std::thread m_thread;
};

OutboxWorker::OutboxWorker(QString conninfo, net::NetExecutor &net, QMap<QString, net::ProviderConfig> providers,
    QMap<QString, net::RawHeaders> headers, OutboxWorkerOptions options)
    : m_conninfo(std::move(conninfo))
    , m_net(net)
    , m_providers(std::move(providers))
    , m_headers(std::move(headers))
    , m_options(std::move(options))
    , m_counters(std::make_unique<Counters>())
{
    if (m_options.workerId.isEmpty())
        m_options.workerId = defaultWorkerId();
    m_leases = std::make_unique<LeaseKeeper>(
        m_conninfo, m_options.workerId, m_options.leaseSeconds, m_counters->leaseRenewals);
}

OutboxWorker::~OutboxWorker()
{
    stop();
    wait();
    m_leases.reset(); // before the counters it adds to
}

void OutboxWorker::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { m_final = run(); }));
    m_thread->setObjectName(QStringLiteral("outbox-worker"));
    m_thread->start();
}

void OutboxWorker::stop()
{
    m_stop = true;
}

void OutboxWorker::wait()
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

Status OutboxWorker::finalStatus() const
{
    return m_final;
}

OutboxWorkerStats OutboxWorker::stats() const
{
    return {m_counters->claimed.load(), m_counters->sent.load(), m_counters->retried.load(), m_counters->failed.load(),
        m_counters->ambiguous.load(), m_counters->lostClaims.load(), m_counters->reconciled.load(),
        m_counters->leaseRenewals.load()};
}

Result<net::HttpRequest> OutboxWorker::buildRequest(const OutboxItem &item, const net::RawHeaders &providerHeaders)
{
    auto parsed = OutboxRequest::fromJson(item.provider, item.operation, item.request);
    if (!parsed)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::outbox", "Outbox item %1 holds no valid request and cannot be sent.")
                .arg(item.id),
            QStringLiteral("outbox %1: request without method or path").arg(item.id));
    if (Status pinned = parsed->checkPinned(); !pinned.ok()) {
        Error e = pinned.error();
        e.detail = QStringLiteral("outbox %1: %2").arg(item.id).arg(e.detail);
        return e;
    }
    parsed->idempotencyKey.clear();
    net::HttpRequest req = integrations::toHttpRequest(*parsed, providerHeaders);
    req.pinnedToProvider = true; // the NetExecutor checks the resolved URL against the provider's base URL
    req.rateWeight = integrations::rateWeightOf(item); // a Mailjet batch counts its messages against the limit
    // Stripe keeps the result of a key for 24 h and replays it: a resend of this row can never charge twice.
    if (item.provider == u"stripe" && !req.isSafeMethod())
        req.idempotencyKey = item.idempotencyKey;
    return req;
}

QString OutboxWorker::providerRefOf(const QString &provider, const QJsonObject &body)
{
    return integrations::providerRefOf(provider, body);
}

Status OutboxWorker::run()
{
    try {
        return runLoop();
    } catch (const std::exception &e) {
        log::get("outbox")->error("outbox worker {}: {}", m_options.workerId, e.what());
        return Error::make(Error::Kind::Internal,
            QCoreApplication::translate("ops::outbox", "The outbox worker stopped on an unexpected error."),
            QString::fromUtf8(e.what()));
    }
}

Status OutboxWorker::registerProviders()
{
    for (auto it = m_providers.cbegin(); it != m_providers.cend(); ++it) {
        net::ProviderConfig config = it.value();
        config.id = it.key();
        Status s = m_net.setProvider(config);
        if (!s.ok())
            return s;
    }
    if (m_providers.isEmpty())
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate(
                "ops::outbox", "No service is configured, so the outbox worker has nothing to send."));
    return success();
}

Result<OutboxItem> OutboxWorker::sendNow(db::PgConnection &c, qint64 id, int waitMs)
{
    if (Status s = registerProviders(); !s.ok())
        return s.error();
    OutboxRepository repo(c);
    auto claimed = repo.claimOne(id, m_options.workerId, m_options.leaseSeconds);
    if (!claimed.ok())
        return claimed.error();
    if (!claimed.value().isEmpty()) {
        const OutboxItem &item = claimed.value().first();
        if (!m_providers.contains(item.provider)) {
            (void)repo.release(item);
            return Error::make(Error::Kind::Validation,
                QCoreApplication::translate("ops::outbox", "%1 is not configured: outbox item %2 stays pending.")
                    .arg(item.provider)
                    .arg(id));
        }
        ++m_counters->claimed;
        m_leases->add(item.id); // the send may outlast the lease
        auto req = buildRequest(item, m_headers.value(item.provider));
        QFuture<Result<net::HttpResponse>> future = req.ok()
            ? m_net.send(std::move(req).value(), m_options.sendPolicy)
            : QtFuture::makeReadyFuture(Result<net::HttpResponse>(req.error()));
        future.waitForFinished();
        Status saved = record(repo, item, future.result());
        m_leases->remove(item.id);
        if (!saved.ok())
            return saved.error();
        return repo.find(id);
    }
    // Held by another worker (or no longer pending): wait for its outcome.
    const QDeadlineTimer until(waitMs);
    while (true) {
        auto row = repo.find(id);
        if (!row.ok())
            return row.error();
        if (row.value().status != OutboxStatus::Sending || until.hasExpired() || m_stop.load())
            return row;
        QThread::msleep(kWaitSliceMs);
    }
}

Status OutboxWorker::runLoop()
{
    const auto logger = log::get("outbox");
    if (Status s = registerProviders(); !s.ok())
        return s;
    logger->info("outbox worker {} started for {}", m_options.workerId, m_providers.keys().join(QLatin1Char(',')));
    for (auto it = m_providers.cbegin(); it != m_providers.cend(); ++it) {
        const net::ProviderConfig &config = it.value();
        // A claim must outlive the sends it covers, or another worker may take over a row still in flight.
        const qint64 longestSendMs = qint64(std::max(config.timeoutMs, 1000)) * m_options.sendPolicy.maxAttempts();
        if (qint64(m_options.leaseSeconds) * 1000 < longestSendMs)
            logger->warn("outbox worker {}: lease of {} s is shorter than the longest send to {} ({} ms)",
                m_options.workerId, m_options.leaseSeconds, it.key(), longestSendMs);
    }
    int failures = 0;
    while (!m_stop.load()) {
        auto c = db::PgConnection::open(m_conninfo);
        if (c.ok()) {
            auto listen = c.value()->exec("LISTEN ops_change");
            if (listen.ok()) {
                Status s = drain(*c.value());
                if (s.ok())
                    break; // stopped
                logger->warn("outbox worker {}: {}", m_options.workerId, s.error().detail);
            }
        } else {
            logger->warn("outbox worker {}: cannot connect: {}", m_options.workerId, c.error().detail);
        }
        // Database lost: reconnect with back-off, noticing stop() meanwhile.
        const auto delay = m_options.sendPolicy.backoffCeiling(std::min(++failures, 6));
        const QDeadlineTimer until(std::max<qint64>(delay.count(), 200));
        while (!until.hasExpired() && !m_stop.load())
            QThread::msleep(kWaitSliceMs);
    }
    const OutboxWorkerStats st = stats();
    logger->info("outbox worker {} stopped: {} sent, {} retried, {} failed, {} ambiguous", m_options.workerId, st.sent,
        st.retried, st.failed, st.ambiguous);
    return success();
}

Status OutboxWorker::record(OutboxRepository &repo, const OutboxItem &item, const Result<net::HttpResponse> &r)
{
    if (r.ok()) {
        outbox::SendVerdict v = integrations::interpretAnswer(item, r.value());
        if (r.value().body.size() > kMaxStoredResponse)
            v.response = QJsonObject{{QStringLiteral("excerpt"), net::responseExcerpt(r.value().body, 2000)}};
        Status saved = repo.recordVerdict(item, r.value().status, v);
        if (saved.ok()) {
            auto &counter = v.kind == SendVerdict::Kind::Sent ? m_counters->sent
                : v.kind == SendVerdict::Kind::Ambiguous      ? m_counters->ambiguous
                                                              : m_counters->failed;
            ++counter;
            if (v.kind != SendVerdict::Kind::Sent)
                log::get("outbox")->info(
                    "outbox {} ({} {}) attempt {}: {}", item.id, item.provider, item.operation, item.attempts, v.error);
        }
        return saved;
    }
    const OutboxFailure f = OutboxRepository::failureFor(item, r.error(), m_options.backoff);
    Status saved = repo.recordFailure(item, f);
    if (saved.ok()) {
        auto &counter = f.disposition == OutboxFailure::Disposition::Retry ? m_counters->retried
            : f.disposition == OutboxFailure::Disposition::Fail            ? m_counters->failed
                                                                           : m_counters->ambiguous;
        ++counter;
    }
    log::get("outbox")->info(
        "outbox {} ({} {}) attempt {}: {}", item.id, item.provider, item.operation, item.attempts, f.error);
    return saved;
}

Status OutboxWorker::reconcile(OutboxRepository &repo)
{
    QStringList providers;
    for (const QString &p : integrations::reconcilableProviders())
        if (m_providers.contains(p))
            providers << p;
    if (providers.isEmpty())
        return success();
    auto rows = repo.claimForReconcile(m_options.batchSize, providers, integrations::reconcilableOperations());
    if (!rows.ok())
        return rows.error();
    for (const OutboxItem &item : std::as_const(rows.value())) {
        Reconciliation rec;
        const auto request = integrations::reconcileRequest(item, m_headers.value(item.provider));
        if (!request) {
            rec.note = QStringLiteral("cannot be looked up at %1: an operator decides").arg(item.provider);
        } else {
            auto f = m_net.send(*request, m_options.sendPolicy);
            f.waitForFinished();
            const Result<net::HttpResponse> answer = f.result();
            auto taken = repo.refsRecordedElsewhere(item.provider, integrations::reconcileCandidates(answer), item.id);
            if (!taken.ok())
                return taken.error();
            rec = integrations::readReconcile(item, answer, taken.value());
        }
        Status s = repo.recordReconciled(item.id, rec);
        if (!s.ok())
            return s;
        if (rec.found)
            ++m_counters->reconciled;
        log::get("outbox")->info("outbox {} ({} {}) reconciled: {}", item.id, item.provider, item.operation, rec.note);
    }
    return success();
}

Status OutboxWorker::drain(db::PgConnection &c)
{
    OutboxRepository repo(c);
    const auto logger = log::get("outbox");
    const QStringList providers = m_providers.keys();
    auto completions = std::make_shared<Completions>();
    std::map<qint64, InFlight> inflight;
    qint64 sequence = 0;
    bool more = true; // the last claim may have left due rows behind
    QDeadlineTimer nextReconcile(0);

    // The connection is gone: wait for the sends so nothing runs unobserved, then let the caller reconnect.
    // Unrecorded rows keep their lease and follow the dead-worker rules (renewed leases included).
    const auto abandon = [this, &inflight](const Error &e) {
        for (auto &[seq, f] : inflight)
            f.future.waitForFinished();
        m_leases->clear();
        return Status(e);
    };

    std::vector<db::Notification> notes;
    while (!(m_stop.load() && inflight.empty())) {
        const bool stopping = m_stop.load();
        if (inflight.empty())
            more = true;
        // While busy, read the notifications as they come (the worker's own updates notify too): libpq keeps unread
        // ones in memory, which grew with every row drained. An outbox insert means there is more to claim.
        notes.clear();
        if (!c.waitForNotifications(0, notes))
            return abandon(Error::make(Error::Kind::Unavailable, {}, QStringLiteral("connection lost")));
        if (std::any_of(notes.begin(), notes.end(), isOutboxInsert))
            more = true;
        // Keep the window full: claim again once half of it is free, so sends never wait for a whole batch.
        const int free = m_options.batchSize - int(inflight.size());
        if (!stopping && more && free >= std::max(1, m_options.batchSize / 2)) {
            auto claimed = repo.claim(free, m_options.workerId, m_options.leaseSeconds, providers);
            if (!claimed.ok())
                return abandon(claimed.error());
            more = claimed.value().size() == free;
            m_counters->claimed += claimed.value().size();
            for (const OutboxItem &item : std::as_const(claimed.value())) {
                const qint64 seq = ++sequence;
                auto req = buildRequest(item, m_headers.value(item.provider));
                QFuture<Result<net::HttpResponse>> future = req.ok()
                    ? m_net.send(std::move(req).value(), m_options.sendPolicy)
                    : QtFuture::makeReadyFuture(Result<net::HttpResponse>(req.error()));
                future.then(QtFuture::Launch::Sync, [completions, seq](const Result<net::HttpResponse> &) {
                    std::lock_guard lock(completions->mutex);
                    completions->done.push_back(seq);
                    completions->ready.release();
                });
                inflight.emplace(seq, InFlight{item, future});
                m_leases->add(item.id);
            }
        }
        if (inflight.empty()) {
            if (stopping)
                break;
            if (nextReconcile.hasExpired()) {
                Status s = reconcile(repo);
                if (!s.ok())
                    return s;
                nextReconcile.setRemainingTime(m_options.reconcileIntervalMs);
            }
            // Idle: sleep until an outbox insert is notified, pollMs passes, or stop().
            const QDeadlineTimer until(m_options.pollMs);
            bool woken = false;
            while (!woken && !until.hasExpired() && !m_stop.load()) {
                notes.clear();
                const int slice = static_cast<int>(std::min<qint64>(kWaitSliceMs, until.remainingTime()));
                if (!c.waitForNotifications(std::max(1, slice), notes))
                    return Error::make(Error::Kind::Unavailable, {}, QStringLiteral("notification wait failed"));
                woken = std::any_of(notes.begin(), notes.end(), isOutboxInsert);
            }
            continue;
        }
        // Leases of the rows in flight are renewed by m_leases meanwhile (a slow provider, a queue behind the rate
        // limit), so another worker never takes over a row still in flight.
        if (!completions->ready.tryAcquire(1, kWaitSliceMs))
            continue;
        qint64 seq = 0;
        {
            std::lock_guard lock(completions->mutex);
            seq = completions->done.front();
            completions->done.pop_front();
        }
        auto node = inflight.extract(seq);
        const OutboxItem &item = node.mapped().item;
        const Result<net::HttpResponse> r = node.mapped().future.result();
        Status saved = record(repo, item, r);
        if (!saved.ok() && saved.error().kind != Error::Kind::Conflict && c.reset()) {
            // One reconnection before giving up on this result: a lost Twilio result would become ambiguous.
            (void)c.exec("LISTEN ops_change");
            saved = record(repo, item, r);
        }
        if (saved.ok() || saved.error().kind == Error::Kind::Conflict)
            m_leases->remove(item.id); // recorded, or no longer ours
        if (!saved.ok()) {
            if (saved.error().kind != Error::Kind::Conflict)
                return abandon(saved.error());
            ++m_counters->lostClaims;
            logger->warn("outbox {}: {}", item.id, saved.error().detail);
        }
    }
    return success();
}

} // namespace ops::outbox
