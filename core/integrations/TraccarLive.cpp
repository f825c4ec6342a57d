#include "core/integrations/TraccarLive.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QWebSocket>

#include "core/logging/Logger.h"
#include "core/net/NetExecutor.h"
#include "core/net/Outcome.h"

namespace ops::integrations {

TraccarLive::TraccarLive(const net::NetExecutor &net, TraccarConfig config, QObject *parent)
    : TraccarLive(net, std::move(config), Options(), parent)
{}

TraccarLive::TraccarLive(const net::NetExecutor &net, TraccarConfig config, Options options, QObject *parent)
    : QObject(parent)
    , m_net(net)
    , m_config(std::move(config))
    , m_options(options)
{
    m_backoff.setBaseDelay(std::max(options.baseDelay, std::chrono::milliseconds(1)))
        .setMaxDelay(std::max(options.maxDelay, options.baseDelay));
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &TraccarLive::connectNow);
}

TraccarLive::~TraccarLive()
{
    dropSocket();
}

QUrl TraccarLive::socketUrl(const QUrl &baseUrl)
{
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return {};
    QUrl u = baseUrl;
    u.setScheme(scheme == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path + QStringLiteral("/api/socket"));
    u.setQuery(QString());
    u.setFragment(QString());
    u.setUserInfo(QString());
    return u;
}

void TraccarLive::start()
{
    if (m_state != State::Stopped)
        return;
    m_retry = 0;
    m_attempts = 0;
    m_skipped = 0;
    m_lastError.clear();
    setState(State::Connecting);
    connectNow();
}

void TraccarLive::stop()
{
    m_reconnectTimer.stop();
    dropSocket();
    setState(State::Stopped);
}

void TraccarLive::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void TraccarLive::connectNow()
{
    if (m_state == State::Stopped)
        return;
    dropSocket();
    ++m_attempts;

    const std::optional<net::ProviderConfig> provider = m_net.provider(m_config.providerId);
    const QUrl url = provider ? socketUrl(provider->baseUrl) : QUrl();
    if (!url.isValid()) {
        m_lastError = QCoreApplication::translate(
            "ops::integrations", "The Traccar address is not set or is not an http(s) address. Enter it in Settings.");
        log::net()->warn("traccar live: no usable base URL for provider '{}'", m_config.providerId);
        return scheduleReconnect();
    }

    if (!net::isAllowedBaseUrl(provider->baseUrl)) {
        m_lastError = QCoreApplication::translate("ops::integrations",
            "The Traccar address must start with https:// (plain http is allowed only on this computer). Correct it "
            "in Settings.");
        log::net()->warn(
            "traccar live: refused base URL for provider '{}': not https and not a loopback host", m_config.providerId);
        return scheduleReconnect();
    }
    // The token goes in the Authorization header only: a URL ends up in proxy and server logs.
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", TraccarClient::authorization(m_config));

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (url.scheme() == u"wss") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!provider->caFile.isEmpty()) {
            const QList<QSslCertificate> ca =
                QSslCertificate::fromPath(provider->caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
            if (ca.isEmpty()) {
                socket->deleteLater();
                m_lastError = QCoreApplication::translate(
                    "ops::integrations", "The CA file for Traccar (%1) cannot be read. Check it in Settings.")
                                  .arg(provider->caFile);
                log::net()->warn("traccar live: no PEM certificate in '{}'", provider->caFile);
                return scheduleReconnect();
            }
            ssl.addCaCertificates(ca);
        }
        socket->setSslConfiguration(ssl);
    }
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &TraccarLive::onConnected);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onSocketGone(socket->closeReason().isEmpty() ? socket->errorString() : socket->closeReason());
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, socket](QAbstractSocket::SocketError) {
            if (socket == m_socket)
                onSocketGone(socket->errorString());
        });
    connect(socket, &QWebSocket::sslErrors, this, [socket](const QList<QSslError> &errors) {
        for (const QSslError &e : errors) // not ignored: the handshake fails and error() follows
            log::net()->warn("traccar live: TLS error from {}: {}", socket->requestUrl().host(), e.errorString());
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &TraccarLive::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        ++m_skipped;
        log::net()->warn("traccar live: skipped a binary frame of {} bytes", data.size());
    });
    log::net()->info("traccar live: connecting to {} (attempt {})", net::safeUrl(url), m_attempts);
    socket->open(request);
}

void TraccarLive::onConnected()
{
    m_connectedFor.start();
    m_lastError.clear();
    log::net()->info("traccar live: connected");
    setState(State::Connected);
}

void TraccarLive::onSocketGone(const QString &reason)
{
    const bool wasConnected = m_state == State::Connected;
    if (wasConnected && m_connectedFor.isValid()
        && m_connectedFor.elapsed() >= static_cast<qint64>(m_options.stableAfter.count()))
        m_retry = 0; // it stayed up: start the back-off again from the base delay
    m_connectedFor.invalidate();
    dropSocket();
    m_lastError = wasConnected
        ? QCoreApplication::translate(
            "ops::integrations", "The live connection to Traccar was lost (%1). Reconnecting automatically.")
              .arg(reason)
        : QCoreApplication::translate("ops::integrations",
            "Cannot connect to Traccar for live positions (%1). Check the Traccar address and credentials in "
            "Settings; retrying automatically.")
              .arg(reason);
    log::net()->warn("traccar live: {} ({})", wasConnected ? "connection lost" : "connection failed", reason);
    scheduleReconnect();
}

void TraccarLive::scheduleReconnect()
{
    if (m_state == State::Stopped)
        return;
    ++m_retry;
    const std::chrono::milliseconds ceiling = m_backoff.backoffCeiling(m_retry);
    const std::chrono::milliseconds delay = ceiling / 2 + m_backoff.backoff(m_retry) / 2; // in [ceiling/2, ceiling]
    setState(State::Reconnecting);
    m_reconnectTimer.start(delay);
}

void TraccarLive::onTextMessage(const QString &message)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &pe);
    if (!doc.isObject()) {
        ++m_skipped;
        log::net()->warn("traccar live: skipped a malformed frame ({}): {}", pe.errorString(), message.left(200));
        return;
    }
    const QJsonObject o = doc.object();
    if (o.value(u"positions").isArray()) {
        QList<TraccarPosition> positions;
        for (const QJsonValue &v : o.value(u"positions").toArray()) {
            Result<TraccarPosition> p = TraccarPosition::fromJson(v.toObject());
            if (!p) {
                ++m_skipped;
                log::net()->warn("traccar live: skipped a position: {}", p.error().detail);
                continue;
            }
            positions << std::move(p).value();
        }
        if (!positions.isEmpty())
            emit positionsReceived(positions);
    }
    if (o.value(u"devices").isArray()) {
        QList<TraccarDevice> devices;
        for (const QJsonValue &v : o.value(u"devices").toArray()) {
            Result<TraccarDevice> d = TraccarDevice::fromJson(v.toObject());
            if (!d) {
                ++m_skipped;
                log::net()->warn("traccar live: skipped a device: {}", d.error().detail);
                continue;
            }
            devices << std::move(d).value();
        }
        if (!devices.isEmpty())
            emit devicesChanged(devices);
    }
    if (o.value(u"events").isArray() && !o.value(u"events").toArray().isEmpty())
        emit eventsReceived(o.value(u"events").toArray());
}

void TraccarLive::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace ops::integrations
