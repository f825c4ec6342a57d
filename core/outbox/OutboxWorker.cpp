#include "core/outbox/OutboxWorker.h"

#include <deque>
#include <exception>
#include <mutex>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QThread>

#include "core/db/PgConnection.h"
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

QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

bool isOutboxInsert(const db::Notification &n)
{
    const QJsonObject o = QJsonDocument::fromJson(n.payload.toUtf8()).object();
    return o.value(u"t").toString() == u"outbox" && o.value(u"op").toString() == u"I";
}

// Completed sends, by index, in the order they finish.
struct Completions
{
    std::mutex mutex;
    std::deque<int> done;
    QSemaphore ready;
};

} // namespace

struct OutboxWorker::Counters
{
    std::atomic<qint64> claimed{0}, sent{0}, retried{0}, failed{0}, ambiguous{0}, lostClaims{0};
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
}

OutboxWorker::~OutboxWorker()
{
    stop();
    wait();
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
        m_counters->ambiguous.load(), m_counters->lostClaims.load()};
}

Result<net::HttpRequest> OutboxWorker::buildRequest(const OutboxItem &item, const net::RawHeaders &providerHeaders)
{
    auto parsed = OutboxRequest::fromJson(item.provider, item.operation, item.request);
    if (!parsed)
        return Error::make(Error::Kind::Validation,
            QCoreApplication::translate("ops::outbox", "Outbox item %1 holds no valid request and cannot be sent.")
                .arg(item.id),
            QStringLiteral("outbox %1: request without method or path").arg(item.id));
    const OutboxRequest &r = *parsed;
    net::HttpRequest req;
    req.method = r.method;
    req.url = QUrl(r.path);
    req.providerId = item.provider;
    for (const auto &[name, value] : providerHeaders)
        req.setHeader(name, value);
    for (const auto &[name, value] : r.headers)
        req.setHeader(name.toLatin1(), value.toUtf8());
    if (!r.form.isEmpty()) {
        req.body = formEncode(r.form);
        req.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    } else if (r.json) {
        req.body = QJsonDocument(*r.json).toJson(QJsonDocument::Compact);
        req.contentType = QByteArrayLiteral("application/json");
    } else if (!r.body.isEmpty()) {
        req.body = r.body;
        req.contentType = r.contentType;
    }
    req.expectJson = item.provider == u"stripe" || item.provider == u"twilio" || item.provider == u"mailjet";
    // Stripe keeps the result of a key for 24 h and replays it: a resend of this row can never charge twice.
    if (item.provider == u"stripe" && !req.isSafeMethod())
        req.idempotencyKey = item.idempotencyKey;
    return req;
}

QString OutboxWorker::providerRefOf(const QString &provider, const QJsonObject &body)
{
    if (provider == u"twilio")
        return body.value(u"sid").toString();
    if (provider == u"mailjet") {
        const QJsonValue id = body.value(u"Messages")
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"To")
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"MessageID");
        return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    }
    const QJsonValue id = body.contains(u"id") ? body.value(u"id") : body.value(u"_id");
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
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

Status OutboxWorker::runLoop()
{
    const auto logger = log::get("outbox");
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
        const QJsonDocument doc = QJsonDocument::fromJson(r.value().body);
        QJsonObject body = doc.object();
        const QString ref = providerRefOf(item.provider, body);
        if (r.value().body.size() > kMaxStoredResponse || !doc.isObject())
            body = QJsonObject{{QStringLiteral("excerpt"), net::responseExcerpt(r.value().body, 2000)}};
        Status saved = repo.recordSuccess(item, r.value().status, ref, body);
        if (saved.ok())
            ++m_counters->sent;
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

Status OutboxWorker::drain(db::PgConnection &c)
{
    OutboxRepository repo(c);
    const auto logger = log::get("outbox");
    const QStringList providers = m_providers.keys();
    while (!m_stop.load()) {
        auto claimed = repo.claim(m_options.batchSize, m_options.workerId, m_options.leaseSeconds, providers);
        if (!claimed.ok())
            return claimed.error();
        QList<OutboxItem> &items = claimed.value();
        if (items.isEmpty()) {
            // Idle: sleep until an outbox insert is notified, pollMs passes, or stop().
            const QDeadlineTimer until(m_options.pollMs);
            std::vector<db::Notification> notes;
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
        m_counters->claimed += items.size();
        auto completions = std::make_shared<Completions>();
        QList<QFuture<Result<net::HttpResponse>>> futures;
        for (int i = 0; i < items.size(); ++i) {
            auto req = buildRequest(items.at(i), m_headers.value(items.at(i).provider));
            if (!req.ok()) {
                futures.append(QtFuture::makeReadyFuture(Result<net::HttpResponse>(req.error())));
            } else {
                futures.append(m_net.send(std::move(req).value(), m_options.sendPolicy));
            }
            futures.last().then(QtFuture::Launch::Sync, [completions, i](const Result<net::HttpResponse> &) {
                std::lock_guard lock(completions->mutex);
                completions->done.push_back(i);
                completions->ready.release();
            });
        }
        for (int n = 0; n < items.size(); ++n) {
            completions->ready.acquire();
            int i = 0;
            {
                std::lock_guard lock(completions->mutex);
                i = completions->done.front();
                completions->done.pop_front();
            }
            const OutboxItem &item = items.at(i);
            const Result<net::HttpResponse> &r = futures.at(i).result();
            Status saved = record(repo, item, r);
            if (!saved.ok() && saved.error().kind != Error::Kind::Conflict && c.reset()) {
                // One reconnection before giving up on this result: a lost Twilio result would become ambiguous.
                (void)c.exec("LISTEN ops_change");
                saved = record(repo, item, r);
            }
            if (!saved.ok()) {
                if (saved.error().kind != Error::Kind::Conflict) {
                    // The connection is gone: wait for the remaining sends so nothing runs unobserved, then let the
                    // caller reconnect. Unrecorded rows keep their lease and follow the dead-worker rules.
                    for (auto &f : futures)
                        f.waitForFinished();
                    return saved.error();
                }
                ++m_counters->lostClaims;
                logger->warn("outbox {}: {}", item.id, saved.error().detail);
            }
        }
    }
    return success();
}

} // namespace ops::outbox
