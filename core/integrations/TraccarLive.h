#pragma once

#include <chrono>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include "core/integrations/TraccarClient.h"
#include "core/net/RetryPolicy.h"

class QWebSocket;

namespace ops::net {
class NetExecutor;
}

namespace ops::integrations {

// Live positions from Traccar's WebSocket (ws(s)://<server root>/api/socket). Asynchronous only: it lives on the
// thread that creates it (or the thread it is moved to before start()) and never blocks that thread.
//
// Each connection sends the Authorization header (Bearer token, or Basic user:password; the token never goes in the
// URL), refuses a base URL that is not https:// (loopback hosts excepted), and trusts the provider's CA file
// (ProviderConfig::caFile) besides the system CAs. Messages are {"positions": [...], "devices": [...], "events":
// [...]}; "{}" is a keep-alive. A frame that is not a JSON object, or an entry that does not parse, is logged and
// skipped.
//
// When the connection fails or closes it reconnects after an exponential back-off with jitter: a delay uniform in
// [ceiling/2, ceiling], ceiling = min(maxDelay, baseDelay * 2^(retry-1)). A connection that stayed up at least
// stableAfter resets the back-off.
class TraccarLive : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Connecting, // the first connection after start()
        Connected,
        Reconnecting, // waiting for the back-off, or connecting again after a failure
    };
    Q_ENUM(State)

    struct Options
    {
        std::chrono::milliseconds baseDelay{1000};
        std::chrono::milliseconds maxDelay{60000};
        std::chrono::milliseconds stableAfter{30000};
    };

    // The provider (base URL, CA file) is read from net at every connection attempt, so changed settings apply at
    // the next reconnect. net must outlive this object.
    TraccarLive(const net::NetExecutor &net, TraccarConfig config, QObject *parent = nullptr);
    TraccarLive(const net::NetExecutor &net, TraccarConfig config, Options options, QObject *parent = nullptr);
    ~TraccarLive() override;

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; } // translated; empty after a successful connection
    int connectAttempts() const { return m_attempts; }
    int skippedFrames() const { return m_skipped; } // malformed frames and entries since start()

    // ws(s)://host[:port]/<base path>/api/socket for an http(s) server root; invalid for another scheme.
    static QUrl socketUrl(const QUrl &baseUrl);

public slots:
    void start(); // no-op when already started
    void stop(); // closes the connection; no signal is emitted for it afterwards

signals:
    void positionsReceived(const QList<ops::integrations::TraccarPosition> &positions);
    void devicesChanged(const QList<ops::integrations::TraccarDevice> &devices);
    void eventsReceived(const QJsonArray &events);
    void stateChanged(ops::integrations::TraccarLive::State state);

private:
    void connectNow();
    void onConnected();
    void onSocketGone(const QString &reason);
    void onTextMessage(const QString &message);
    void scheduleReconnect();
    void setState(State state);
    void dropSocket();

    const net::NetExecutor &m_net;
    TraccarConfig m_config;
    Options m_options;
    net::RetryPolicy m_backoff;
    QPointer<QWebSocket> m_socket;
    QTimer m_reconnectTimer;
    QElapsedTimer m_connectedFor;
    State m_state = State::Stopped;
    QString m_lastError;
    int m_retry = 0; // reconnects since the last stable connection
    int m_attempts = 0;
    int m_skipped = 0;
};

} // namespace ops::integrations
