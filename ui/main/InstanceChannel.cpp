#include "ui/main/InstanceChannel.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <QDir>

#include "core/platform/Platform.h"
#endif

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
    const QString leaf = u"targo-ops-"_s + QString::fromLatin1(hash.result().toHex().left(24));
#ifdef Q_OS_UNIX
    return privateFolder() + u'/' + leaf;
#else
    return leaf; // Windows: a named pipe, not a file
#endif
}

#ifdef Q_OS_UNIX
namespace {
// lstat: a real folder (not a symbolic link), ours, closed to group and others.
bool isPrivateFolder(const QString &path)
{
    if (path.isEmpty())
        return false;
    const ops::platform::PathInfo st = ops::platform::inspectPath(path);
    return st.exists && st.isDir && !st.isSymLink && st.owner == ops::platform::currentAccount().uid
        && (st.mode & 077) == 0;
}
} // namespace

QString InstanceChannel::privateFolder()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (isPrivateFolder(runtime))
        return runtime;
    // No usable runtime folder: <tmp>/targo-ops-<uid>, made 0700 by us, or verified when it already exists.
    const QString fallback = QDir::tempPath() + u"/targo-ops-"_s + QString::number(ops::platform::currentAccount().uid);
    (void)ops::platform::makePrivateDir(fallback);
    if (isPrivateFolder(fallback))
        return fallback;
    // Someone else's folder (or a link) sits on that name: never use it. A fresh private folder keeps this process
    // safe; single-instance hand-over is then lost for this run, nothing worse.
    const QString fresh = ops::platform::makePrivateTempDir(QDir::tempPath() + u"/targo-ops-XXXXXX"_s);
    if (!fresh.isEmpty())
        return fresh;
    return runtime.isEmpty() ? fallback : runtime; // unreachable in practice; listen() then reports the error
}
#endif

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
