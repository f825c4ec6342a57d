#include "ui/main/InstanceChannel.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kClientIdleMs = 3000;
}

std::optional<QString> TargoLink::customerCode(const QString &link)
{
    if (link.isEmpty() || link.size() > kMaxLength)
        return std::nullopt;
    // Checked on the raw text first: QUrl would quietly normalise away what we refuse.
    static const QRegularExpression strict(
        u"^targo://customer/(CUST-[0-9]{5,8})/?\\z"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = strict.match(link);
    if (!m.hasMatch())
        return std::nullopt;
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(u"targo"_s, Qt::CaseInsensitive) != 0
        || url.host().compare(u"customer"_s, Qt::CaseInsensitive) != 0 || url.port() != -1 || !url.userInfo().isEmpty()
        || url.hasQuery() || url.hasFragment())
        return std::nullopt;
    return m.captured(1).toUpper();
}

InstanceChannel::InstanceChannel(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::defaultName(const QString &settingsPath)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(user.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(settingsPath.toUtf8());
    return u"targo-ops-"_s + QString::fromLatin1(hash.result().toHex().left(24));
}

bool InstanceChannel::isListening() const
{
    return m_server && m_server->isListening();
}

bool InstanceChannel::listen(QString *error)
{
    if (isListening())
        return true;
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        m_server->setMaxPendingConnections(8);
        connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::onNewConnection);
    }
    // A live instance answers a connection; a socket file left by a crash refuses it and can go. (Probe first: with
    // socket options set, Qt binds in a private folder and renames over the name, so listen() alone would succeed.)
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500)) {
            probe.abort();
            if (error)
                *error = u"in use"_s;
            return false;
        }
    }
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

void InstanceChannel::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its line is dropped.
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QLocalSocket::abort);
        idle->start(kClientIdleMs);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessage)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(kMaxMessage + 1);
            if (!line.endsWith('\n')) {
                socket->abort();
                return;
            }
            const QString message = QString::fromUtf8(line.chopped(1)).trimmed();
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            emit messageReceived(message);
        });
    }
}

bool InstanceChannel::send(const QString &name, const QString &message, int timeoutMs)
{
    QByteArray payload = message.toUtf8();
    if (payload.size() > kMaxMessage || payload.contains('\n'))
        return false;
    payload.append('\n');
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(payload);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    return socket.readLine(16) == "ok\n";
}
