#include "core/net/NetExecutor.h"

#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QSslCertificate>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include "core/logging/Logger.h"
#include "core/net/HttpTransport.h"
#include "core/net/Outcome.h"
#include "core/net/RateLimiter.h"

namespace ops::net {

namespace {

constexpr int kDefaultTimeoutMs = 30000;
constexpr int kLimiterWaitMs = 120000; // longest wait for a provider's rate limit or concurrency cap per attempt
constexpr int kSleepSliceMs = 50; // cancellation is noticed within this delay while backing off

Error configError(const QString &userMessage, const QString &detail)
{
    Error e = Error::make(Error::Kind::Validation, userMessage, detail);
    e.code = QStringLiteral("net/permanent/0");
    return e;
}

RateLimiter::Limits limitsOf(const ProviderConfig &c)
{
    return {c.ratePerSec, std::max(1, c.burst), c.concurrency};
}

} // namespace

struct NetExecutor::State
{
    struct Provider
    {
        ProviderConfig config;
        QList<QSslCertificate> caCertificates;
        std::shared_ptr<RateLimiter> limiter;
    };

    mutable std::mutex mutex;
    QHash<QString, Provider> providers;
    const std::shared_ptr<RateLimiter> unlimited = std::make_shared<RateLimiter>();
    std::atomic<bool> stopping{false};
};

namespace {

using Promise = QPromise<Result<HttpResponse>>;
using State = NetExecutor::State;

bool sleepUnlessCancelled(std::chrono::milliseconds delay, const std::function<bool()> &cancelled)
{
    const QDeadlineTimer until(delay);
    while (!until.hasExpired()) {
        if (cancelled())
            return false;
        QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(until.remainingTime(), 1, kSleepSliceMs)));
    }
    return !cancelled();
}

// Concurrency slot first, then a start permit, so that the permit's time is the real start of the request.
AttemptResult attemptOnce(QNetworkAccessManager &nam, const HttpRequest &request, int timeoutMs,
    const State::Provider &provider, const std::function<bool()> &cancelled)
{
    const QDeadlineTimer limiterDeadline(kLimiterWaitMs);
    std::optional<RateLimiter::Slot> slot = provider.limiter->acquireSlot(limiterDeadline, cancelled);
    if (slot && provider.limiter->acquire(limiterDeadline, cancelled, request.rateWeight))
        return performAttempt(nam, request, request.url, timeoutMs, provider.caCertificates,
            provider.config.maxResponseBytes > 0 ? provider.config.maxResponseBytes
                                                 : ProviderConfig::kDefaultMaxResponseBytes,
            cancelled);
    AttemptResult blocked;
    blocked.transport = cancelled() ? AttemptResult::Transport::Cancelled : AttemptResult::Transport::LimiterTimeout;
    return blocked;
}

Result<State::Provider> providerFor(const State &state, const HttpRequest &request)
{
    if (request.providerId.isEmpty()) {
        State::Provider none;
        none.config.timeoutMs = kDefaultTimeoutMs;
        none.limiter = state.unlimited;
        return none;
    }
    std::lock_guard lock(state.mutex);
    const auto it = state.providers.constFind(request.providerId);
    if (it == state.providers.cend())
        return configError(
            QCoreApplication::translate("ops::net", "The service %1 is not configured. Check the integration settings.")
                .arg(request.providerId),
            QStringLiteral("unknown provider '%1'").arg(request.providerId));
    return it.value();
}

void runAttempts(Promise &promise, const State &state, HttpRequest request, const RetryPolicy &policy)
{
    const std::function<bool()> cancelled = [&promise, &state] {
        return promise.isCanceled() || state.stopping.load();
    };
    auto provider = providerFor(state, request);
    if (!provider.ok()) {
        promise.addResult(provider.error());
        return;
    }
    const ProviderConfig &config = provider->config;
    if (!request.providerId.isEmpty() && !config.baseUrl.isEmpty() && !isAllowedBaseUrl(config.baseUrl)) {
        promise.addResult(configError(QCoreApplication::translate("ops::net",
                                          "The address of the service %1 must start with https:// (plain http is "
                                          "allowed only on this computer). Check the integration settings.")
                                          .arg(request.providerId),
            QStringLiteral("refused base URL '%1': not https and not a loopback host").arg(safeUrl(config.baseUrl))));
        return;
    }
    if (request.pinnedToProvider) {
        const QUrl resolved = config.resolve(request.url);
        if (!request.url.isRelative() || config.baseUrl.isEmpty() || !sameOrigin(resolved, config.baseUrl)) {
            promise.addResult(configError(QCoreApplication::translate("ops::net",
                                              "The request leads outside the address of the service %1, so it was "
                                              "not sent.")
                                              .arg(request.providerId),
                QStringLiteral("refused URL '%1': not under the base URL of %2")
                    .arg(safeUrl(request.url), request.providerId)));
            return;
        }
    }
    request.url = config.resolve(request.url);
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
        promise.addResult(configError(QCoreApplication::translate("ops::net",
                                          "The address of the service %1 is not valid. Check the integration "
                                          "settings.")
                                          .arg(request.providerId),
            QStringLiteral("invalid URL '%1'").arg(safeUrl(request.url))));
        return;
    }
    const int timeoutMs = request.timeoutMs > 0 ? request.timeoutMs
        : provider->config.timeoutMs > 0        ? provider->config.timeoutMs
                                                : kDefaultTimeoutMs;
    const auto logger = log::net();
    const QString what = QString::fromLatin1(request.method) + QLatin1Char(' ') + safeUrl(request.url);

    QNetworkAccessManager nam; // this job's own, created and destroyed in this worker thread
    for (int attempt = 1;; ++attempt) {
        if (cancelled()) {
            promise.addResult(cancelledError(request));
            return;
        }
        AttemptResult result = attemptOnce(nam, request, timeoutMs, provider.value(), cancelled);
        if (result.transport == AttemptResult::Transport::Cancelled) {
            logger->info("{} cancelled", what);
            promise.addResult(cancelledError(request));
            return;
        }
        const Classification c = classify(request, result);
        if (c.outcome == Outcome::Success) {
            logger->debug(
                "{} -> {} in {} ms (attempt {})", what, result.response.status, result.response.elapsedMs, attempt);
            result.response.attempts = attempt;
            promise.addResult(std::move(result.response));
            return;
        }
        const Error error = makeError(request, result, c, attempt);
        if (!policy.shouldRetry(c.outcome, request, attempt)) {
            logger->warn("{}", error.detail);
            promise.addResult(error);
            return;
        }
        const auto delay = policy.delayBeforeRetry(attempt, result.response, QDateTime::currentDateTimeUtc());
        logger->info("{}; retrying in {} ms", error.detail, delay.count());
        if (!sleepUnlessCancelled(delay, cancelled)) {
            promise.addResult(cancelledError(request));
            return;
        }
    }
}

void runJob(
    Promise &promise, const std::shared_ptr<State> &state, const HttpRequest &request, const RetryPolicy &policy)
{
    Q_ASSERT_X(QThread::currentThread() != QCoreApplication::instance()->thread(), "NetExecutor",
        "HTTP job on the GUI thread");
    try {
        runAttempts(promise, *state, request, policy);
    } catch (const std::exception &e) {
        promise.addResult(Error::internal(QString::fromUtf8(e.what())));
    }
    // Objects QNAM deleted with deleteLater() would otherwise wait for this pool thread to expire.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

NetExecutor::NetExecutor(int threads)
    : m_state(std::make_shared<State>())
{
    m_threads.setMaxThreadCount(std::max(1, threads));
    m_threads.setObjectName(QStringLiteral("net"));
}

NetExecutor::~NetExecutor()
{
    shutdown();
}

Status NetExecutor::setProvider(const ProviderConfig &config)
{
    if (config.id.isEmpty())
        return configError(
            QCoreApplication::translate("ops::net", "A service has no name. Check the integration settings."),
            QStringLiteral("provider id is empty"));
    if (!config.baseUrl.isEmpty()
        && (!config.baseUrl.isValid() || (config.baseUrl.scheme() != u"https" && config.baseUrl.scheme() != u"http"))) {
        return configError(QCoreApplication::translate("ops::net",
                               "The address of the service %1 is not valid. Check the integration settings.")
                               .arg(config.id),
            QStringLiteral("invalid base URL '%1'").arg(safeUrl(config.baseUrl)));
    }
    if (!std::isfinite(config.ratePerSec))
        return configError(QCoreApplication::translate("ops::net",
                               "The rate limit of the service %1 is not valid. Check the integration settings.")
                               .arg(config.id),
            QStringLiteral("rate %1 per second").arg(config.ratePerSec));
    QList<QSslCertificate> ca;
    if (!config.caFile.isEmpty()) {
        ca = QSslCertificate::fromPath(config.caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (ca.isEmpty())
            return configError(QCoreApplication::translate("ops::net",
                                   "The CA file for the service %1 cannot be read or holds no certificate. Check "
                                   "the file and the integration settings.")
                                   .arg(config.id),
                QStringLiteral("no PEM certificate in '%1'").arg(config.caFile));
    }
    std::lock_guard lock(m_state->mutex);
    auto it = m_state->providers.find(config.id);
    if (it == m_state->providers.end()) {
        m_state->providers.insert(config.id, {config, ca, std::make_shared<RateLimiter>(limitsOf(config))});
    } else {
        it->config = config;
        it->caCertificates = ca;
        it->limiter->setLimits(limitsOf(config));
    }
    return success();
}

std::optional<ProviderConfig> NetExecutor::provider(const QString &id) const
{
    std::lock_guard lock(m_state->mutex);
    const auto it = m_state->providers.constFind(id);
    if (it == m_state->providers.cend())
        return std::nullopt;
    return it->config;
}

QFuture<Result<HttpResponse>> NetExecutor::send(HttpRequest request, RetryPolicy policy)
{
    if (m_state->stopping.load())
        return QtFuture::makeReadyFuture(Result<HttpResponse>(cancelledError(request)));
    return QtConcurrent::run(&m_threads, &runJob, m_state, std::move(request), std::move(policy));
}

void NetExecutor::shutdown(int waitMs)
{
    m_state->stopping.store(true);
    m_threads.waitForDone(waitMs);
}

} // namespace ops::net
