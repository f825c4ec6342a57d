#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocketServer>

namespace ops::test {

// Loopback Traccar WebSocket (/api/socket) on 127.0.0.1: checks the Authorization header, then plays the frames
// queued for the n-th connection and closes it after holdMs (unless closeAfterScript is false). Lives on the test's
// thread (needs its event loop).
class FakeTraccarSocket : public QObject
{
public:
    FakeTraccarSocket(QWebSocketServer::SslMode mode, QByteArray expectedAuth);

    bool listen();
    QWebSocketServer &server() { return m_server; }
    QUrl baseUrl(const QString &scheme) const; // scheme://127.0.0.1:<port>
    // {"<key>": items} as one compact text frame.
    static QString frame(const char *key, const QJsonArray &items);

    QList<QStringList> scripts; // frames per connection
    QList<int> holdMs; // how long each connection stays open before the server closes it; default 100 ms
    QList<qint64> connectedAtMs; // when each accepted connection arrived
    bool closeAfterScript = true;
    int connections = 0;
    int rejected = 0;
    QByteArray lastAuthorization;
    QString lastPath;
    QString lastQuery; // the query string of the last connection's URL (credentials must never be there)

private:
    QWebSocketServer m_server;
    QByteArray m_expectedAuth;
    QElapsedTimer m_clock;
};

} // namespace ops::test
