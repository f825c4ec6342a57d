// EmbeddedServer: the files it writes for the server (pg_hba.conf, pg_ident.conf, targo.conf, TLS copies) and the
// TCP + password mode's port and password.
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTcpServer>

#include "core/embedded/EmbeddedServer.h"
#include "core/embedded/ServerHost.h"

namespace ops {

using namespace embedded;

Status EmbeddedServer::writeAuthFiles() const
{
    const QString data = dataDir();
    if (tcpMode()) {
        // No socket, no peer: one line for the loopback address, scram-sha-256 as targo; everything else refused.
        const QByteArray hba =
            "# Written by Targo Ops at every server start. TCP + password mode: only 127.0.0.1, only the\n"
            "# role targo, scram-sha-256 (the password is in the system's credential store).\n"
            "# TYPE  DATABASE  USER  ADDRESS  METHOD\n"
            "host    all       "
            + QByteArray(kSuperuser)
            + "  127.0.0.1/32  scram-sha-256\n"
              "host    all       all   all      reject\n";
        if (Status s = writeConfigFile(data + QStringLiteral("/pg_hba.conf"), hba); !s.ok())
            return s;
        return writeConfigFile(data + QStringLiteral("/pg_ident.conf"), "# TCP + password mode: no user name map.\n");
    }
    // peer: the server asks the kernel which account is on the other end of the socket; the map lets only the
    // account running Targo Ops (root included, when the server runs as the service account) use the role targo.
    const QString user = osUserName();
    if (user.isEmpty() || user.contains(QLatin1Char('"')) || user.contains(QLatin1Char('\n')))
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
            "Your system account has no usable user name, so the embedded database cannot recognise it."));
    QByteArray hba = "# Written by Targo Ops at every server start. Only the private socket, each client identified\n"
                     "# by its system account (peer, map \"targo\"); TCP is rejected"
        + QByteArray(m_options.serverMode ? " unless TLS with a password (server mode)" : "")
        + ".\n"
          "# TYPE  DATABASE  USER  ADDRESS  METHOD\n"
          "local   all       all            peer map="
        + QByteArray(kIdentMap) + "\n";
    if (m_options.replication)
        hba += "local   replication  " + QByteArray(kSuperuser) + "      peer map=" + QByteArray(kIdentMap) + "\n";
    if (m_options.serverMode) {
        // Written as an address with its mask so that only that address matches.
        hba += "hostssl all       all   " + m_options.tcpAddress.toUtf8()
            + (m_options.tcpAddress.contains(QLatin1Char(':')) ? "/128" : "/32") + "  scram-sha-256\n";
    }
    hba += "host    all       all   all      reject\n";
    QByteArray ident = "# Written by Targo Ops at every server start: the system account running Targo Ops may\n"
                       "# connect as the role targo, and no one else as anything.\n"
                       "# MAPNAME  SYSTEM-USERNAME  PG-USERNAME\n"
        + QByteArray(kIdentMap) + "  " + identName(user).toUtf8() + "  " + QByteArray(kSuperuser) + "\n";
    // A standby's WAL receiver and pg_basebackup run as the server's account; as root that is not the app's account.
    if (m_options.replication && runningAsRoot())
        ident += QByteArray(kIdentMap) + "  " + QByteArray(kRunAsAccount) + "  " + QByteArray(kSuperuser) + "\n";
    if (Status s = writeConfigFile(data + QStringLiteral("/pg_hba.conf"), hba); !s.ok())
        return s;
    return writeConfigFile(data + QStringLiteral("/pg_ident.conf"), ident);
}

QByteArray EmbeddedServer::serverSettings(const QString &sock, bool standby) const
{
    QString quoted = sock;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    const QByteArray listen = tcpMode() ? QByteArray("127.0.0.1")
        : m_options.serverMode          ? m_options.tcpAddress.toUtf8()
                                        : QByteArray();
    QByteArray body = "# Written by Targo Ops at every start; edit postgresql.conf instead.\n"
                      "listen_addresses = '"
        + listen
        + "'\n"
          "port = "
        + QByteArray::number(m_options.port) + "\nunix_socket_directories = '" + quoted.toUtf8()
        + "'\n"
          "unix_socket_permissions = 0700\n"
          "max_connections = 60\n"
          "shared_buffers = 128MB\n"
          "work_mem = 16MB\n"
          "maintenance_work_mem = 256MB\n"
          "max_wal_size = 2GB\n"
          "checkpoint_timeout = 15min\n"
          "logging_collector = off\n"
          "timezone = 'UTC'\n";
    if (qEnvironmentVariableIntValue("TARGO_PG_FAST") == 1) {
        body += "fsync = off\nfull_page_writes = off\n";
        // An acknowledged commit must have reached the standby: the fast mode does not wait for the disk only.
        if (!m_options.synchronousStandby)
            body += "synchronous_commit = off\n";
    }
    if (m_options.replication || standby) {
        // A standby keeps these too: promoted, it is the primary a new standby follows.
        body += "wal_level = replica\n"
                "max_wal_senders = 10\n"
                "max_replication_slots = 10\n"
                "hot_standby = on\n"
                "wal_keep_size = 256MB\n";
    } else if (QDir(dataDir() + QStringLiteral("/pg_replslot")).isEmpty()) {
        // Nothing reads this cluster's WAL but its own crash recovery: minimal WAL, so a table filled in the
        // transaction that created or emptied it (the demo seed's COPYs and index builds, a restore) is written
        // once, to its files, instead of twice (PostgreSQL's advice for bulk loads). A cluster that still holds a
        // replication slot from a replication profile keeps the default (the server refuses minimal with a slot).
        body += "wal_level = minimal\n"
                "max_wal_senders = 0\n";
    }
    if (m_options.synchronousStandby)
        body += "synchronous_standby_names = '*'\nsynchronous_commit = on\n";
    if (tcpMode())
        body += "password_encryption = 'scram-sha-256'\n";
    if (m_options.serverMode) {
        body += "ssl = on\n"
                "ssl_cert_file = 'server.crt'\n"
                "ssl_key_file = 'server.key'\n"
                "ssl_min_protocol_version = 'TLSv1.2'\n"
                "password_encryption = 'scram-sha-256'\n";
        if (!m_options.sslCaFile.isEmpty())
            body += "ssl_ca_file = 'root.crt'\n";
    }
    return body;
}

Status EmbeddedServer::copyTlsFiles() const
{
    // The server reads its key only when it belongs to its account and nobody else can read it: copies, 0600.
    const QString data = dataDir();
    const QList<QPair<QString, QString>> files{{m_options.sslCertFile, QStringLiteral("server.crt")},
        {m_options.sslKeyFile, QStringLiteral("server.key")}, {m_options.sslCaFile, QStringLiteral("root.crt")}};
    for (const auto &[from, to] : files) {
        if (from.isEmpty() && to == QLatin1String("root.crt"))
            continue;
        QFile in(from);
        if (from.isEmpty() || !in.open(QIODevice::ReadOnly))
            return unavailable(
                QCoreApplication::translate("ops::EmbeddedServer", "The TLS certificate or key file %1 cannot be read.")
                    .arg(from),
                in.errorString());
        if (Status s = writeConfigFile(data + QLatin1Char('/') + to, in.readAll()); !s.ok())
            return s;
    }
    return success();
}

bool embeddedTcpByDefault()
{
#ifdef Q_OS_WIN
    return true;
#else
    return qEnvironmentVariableIntValue("TARGO_PG_TCP") == 1;
#endif
}

QString EmbeddedServer::passwordKey(const QString &baseDir)
{
    const QString dir = baseDir.isEmpty() ? defaultBaseDir() : QDir(baseDir).absolutePath();
    const QByteArray h = QCryptographicHash::hash(dir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("embedded/") + QString::fromLatin1(h) + QStringLiteral("/password");
}

QString EmbeddedServer::newPassword()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString EmbeddedServer::portFile() const
{
    return QFileInfo(dataDir()).absolutePath() + QStringLiteral("/port");
}

namespace {
// A port nobody listens on at 127.0.0.1 right now (0: none could be bound).
bool portIsFree(int port)
{
    QTcpServer probe;
    return port > 0 && probe.listen(QHostAddress::LocalHost, static_cast<quint16>(port));
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

Result<int> EmbeddedServer::pickPort(bool force)
{
    if (!force && portIsFree(m_options.port))
        return m_options.port;
    const int port = freePort();
    if (port <= 0)
        return unavailable(QCoreApplication::translate(
            "ops::EmbeddedServer", "No free local port could be found for the embedded database."));
    if (Status s = writeConfigFile(portFile(), QByteArray::number(port) + '\n'); !s.ok())
        return s.error();
    m_options.port = port;
    return port;
}

Status EmbeddedServer::writePasswordFile(const QString &path) const
{
    if (m_options.password.isEmpty() || m_options.password.contains(QLatin1Char('\n'))
        || m_options.password.contains(QLatin1Char('\r')))
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
            "The embedded database's password could not be read from the system's credential store, so it was not "
            "started."));
    return writeConfigFile(path, m_options.password.toUtf8() + '\n');
}

} // namespace ops
