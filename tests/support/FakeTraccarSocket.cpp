#include "tests/support/FakeTraccarSocket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

namespace ops::test {

FakeTraccarSocket::FakeTraccarSocket(QWebSocketServer::SslMode mode, QByteArray expectedAuth)
    : m_server(QStringLiteral("fake-traccar"), mode)
    , m_expectedAuth(std::move(expectedAuth))
{
    m_clock.start();
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *s = m_server.nextPendingConnection()) {
            s->setParent(this);
            ++connections;
            lastAuthorization = s->request().rawHeader("Authorization");
            lastPath = s->requestUrl().path();
            lastQuery = s->requestUrl().query(QUrl::FullyEncoded);
            if (lastAuthorization != m_expectedAuth) {
                ++rejected;
                s->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
                continue;
            }
            const QStringList frames = scripts.value(connections - 1);
            for (const QString &f : frames)
                s->sendTextMessage(f);
            s->flush();
            connectedAtMs << m_clock.elapsed();
            if (closeAfterScript)
                QTimer::singleShot(holdMs.value(connections - 1, 100), s, [s] { s->close(); });
        }
    });
}

bool FakeTraccarSocket::listen()
{
    return m_server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
}

QUrl FakeTraccarSocket::baseUrl(const QString &scheme) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_server.serverPort()));
}

QString FakeTraccarSocket::frame(const char *key, const QJsonArray &items)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QString::fromLatin1(key), items}}).toJson(QJsonDocument::Compact));
}

} // namespace ops::test
