#include "core/embedded/EmbeddedServer.h"

#include <cerrno>
#include <cstring>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QVersionNumber>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/db/PgConnection.h"
#include "core/embedded/ServerHost.h"

namespace ops {

using namespace embedded;

namespace {
constexpr int kMaxSocketPath = 90; // sun_path is 108 bytes including ".s.PGSQL.5432"

Error fail(const QString &user, const QString &detail = {})
{
    return Error::make(Error::Kind::Unavailable, user, detail);
}

constexpr const char *kOwnedMarker = ".targo-ops"; // in the base folder: the app created it

} // namespace

EmbeddedServer::EmbeddedServer(QString baseDir, EmbeddedOptions options)
    : m_baseDir(baseDir.isEmpty() ? defaultBaseDir() : QDir(baseDir).absolutePath())
    , m_options(std::move(options))
{}

QString EmbeddedServer::defaultBaseDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/pg");
}

Result<QString> EmbeddedServer::findBinDir()
{
    const QString env = qEnvironmentVariable("TARGO_PG_BINDIR");
    if (!env.isEmpty()) {
        if (hasTools(env))
            return env;
        return fail(QCoreApplication::translate("ops::EmbeddedServer",
                        "TARGO_PG_BINDIR does not contain the PostgreSQL server programs (initdb, pg_ctl, postgres)."),
            env);
    }
    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        candidates << app << app + QStringLiteral("/pgsql/bin") << app + QStringLiteral("/../lib/postgresql/bin");
    }
    for (const char *root : {"/usr/lib/postgresql", "/usr/local/lib/postgresql"}) {
        QDir d(QString::fromLatin1(root));
        QStringList versions = d.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(
            versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions)
            candidates << d.filePath(v) + QStringLiteral("/bin");
    }
    QDir usr(QStringLiteral("/usr"));
    QStringList fedora = usr.entryList({QStringLiteral("pgsql-*")}, QDir::Dirs, QDir::Name | QDir::Reversed);
    for (const QString &f : fedora)
        candidates << usr.filePath(f) + QStringLiteral("/bin");
    candidates << QStringLiteral("/usr/bin") << QStringLiteral("/usr/local/pgsql/bin");
    for (const QString &c : std::as_const(candidates)) {
        if (hasTools(c))
            return QDir(c).canonicalPath();
    }
    return fail(QCoreApplication::translate("ops::EmbeddedServer",
                    "PostgreSQL server programs were not found. Install PostgreSQL 15 or later (Debian: "
                    "postgresql-15) or set TARGO_PG_BINDIR."),
        candidates.join(QLatin1Char(':')));
}

QString EmbeddedServer::dataDir() const
{
    // Only the folders above the base folder matter: the base folder itself is created and owned by the account.
    if (runningAsRoot() && !traversableByOthers(QFileInfo(m_baseDir).absolutePath())) {
        const QByteArray h = QCryptographicHash::hash(m_baseDir.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
        return QStringLiteral("/var/lib/targo-ops/") + QString::fromLatin1(h) + QStringLiteral("/data");
    }
    return m_baseDir + QStringLiteral("/data");
}

QString EmbeddedServer::preferredSocketDir() const
{
    const QString preferred = QFileInfo(dataDir()).absolutePath() + QStringLiteral("/run");
    return preferred.toUtf8().size() <= kMaxSocketPath ? preferred : QString();
}

QString EmbeddedServer::socketDir() const
{
    const QString announced = announcedSocketDir(dataDir());
    return announced.isEmpty() ? preferredSocketDir() : announced;
}

Result<QString> EmbeddedServer::prepareSocketDir() const
{
    const QString preferred = preferredSocketDir();
    if (!preferred.isEmpty()) {
        const QByteArray path = QFile::encodeName(preferred);
        if (::mkdir(path.constData(), 0700) == 0) {
            if (Status s = giveToServerAccount(preferred); !s.ok())
                return s.error();
        } else if (errno != EEXIST) {
            return fail(
                QCoreApplication::translate("ops::EmbeddedServer", "The private socket folder %1 could not be created.")
                    .arg(preferred),
                QString::fromLocal8Bit(::strerror(errno)));
        }
        if (Status s = checkPrivateDir(preferred); !s.ok())
            return s.error();
        return preferred;
    }
    // The cluster's path is too long for a socket path: a fresh folder with an unguessable name, made atomically
    // (mkdtemp, 0700) under the user's runtime folder. As root the server's account cannot enter root's runtime
    // folder, so /tmp is used (the name is still random and the folder 0700, owned by that account).
    QString parent = QStringLiteral("/tmp");
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runningAsRoot() && !runtime.isEmpty() && checkPrivateDir(runtime).ok()
        && (runtime.toUtf8().size() + 20) <= kMaxSocketPath)
        parent = runtime;
    QByteArray templ = QFile::encodeName(parent + QStringLiteral("/targo-pg-XXXXXX"));
    if (!::mkdtemp(templ.data()))
        return fail(
            QCoreApplication::translate("ops::EmbeddedServer", "The private socket folder %1 could not be created.")
                .arg(parent),
            QString::fromLocal8Bit(::strerror(errno)));
    const QString made = QFile::decodeName(templ);
    if (Status s = giveToServerAccount(made); !s.ok())
        return s.error();
    if (Status s = checkPrivateDir(made); !s.ok())
        return s.error();
    return made;
}

QString EmbeddedServer::logFile() const
{
    return QFileInfo(dataDir()).absolutePath() + QStringLiteral("/postgres.log");
}

QString EmbeddedServer::conninfoFor(const QString &db) const
{
    // Never an empty host (libpq would try the system's default socket): a path too long to connect fails instead.
    QString host = socketDir();
    if (host.isEmpty())
        host = QFileInfo(dataDir()).absolutePath() + QStringLiteral("/run");
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 application_name=targo-ops")
        .arg(db::quoteConninfoValue(host))
        .arg(m_options.port)
        .arg(QString::fromLatin1(kSuperuser), db::quoteConninfoValue(db));
}

Status EmbeddedServer::ensureRunAsAccount() const
{
    if (!runningAsRoot())
        return success();
    if (!::getpwnam(kRunAsAccount)) {
        QProcess p;
        p.setProcessEnvironment(cleanEnvironment());
        p.start(QStringLiteral("useradd"),
            {QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--home-dir"),
                QStringLiteral("/nonexistent"), QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"),
                QString::fromLatin1(kRunAsAccount)});
        p.waitForFinished(30000);
        if (!::getpwnam(kRunAsAccount))
            return fail(QCoreApplication::translate("ops::EmbeddedServer",
                            "Targo Ops runs as root, and the database account it needs could not be created."),
                QString::fromLocal8Bit(p.readAllStandardError()));
    }
    return success();
}

Status EmbeddedServer::writeAuthFiles() const
{
    // peer: the server asks the kernel which account is on the other end of the socket; the map lets only the
    // account running Targo Ops (root included, when the server runs as the service account) use the role targo.
    const QString user = osUserName();
    if (user.isEmpty() || user.contains(QLatin1Char('"')) || user.contains(QLatin1Char('\n')))
        return fail(QCoreApplication::translate("ops::EmbeddedServer",
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
    const QString data = dataDir();
    if (Status s = writeConfigFile(data + QStringLiteral("/pg_hba.conf"), hba); !s.ok())
        return s;
    return writeConfigFile(data + QStringLiteral("/pg_ident.conf"), ident);
}

Result<EmbeddedStatus> EmbeddedServer::status() const
{
    EmbeddedStatus st;
    st.dataDir = dataDir();
    st.socketDir = socketDir();
    st.port = m_options.port;
    st.conninfo = conninfoFor(QString::fromLatin1(kDatabase));
    st.initialized = QFileInfo::exists(st.dataDir + QStringLiteral("/PG_VERSION"));
    st.standby = QFileInfo::exists(st.dataDir + QStringLiteral("/standby.signal"));
    QFile pidFile(st.dataDir + QStringLiteral("/postmaster.pid"));
    if (pidFile.open(QIODevice::ReadOnly))
        st.pid = QString::fromLatin1(pidFile.readLine()).trimmed().toLongLong();
    if (st.initialized && st.pid > 0) {
        // The socket folder of a live server is checked before anything connects through it.
        const QString announced = announcedSocketDir(st.dataDir);
        if (!announced.isEmpty() && QFileInfo::exists(QStringLiteral("/proc/%1").arg(st.pid))) {
            if (Status s = checkPrivateDir(announced); !s.ok())
                return s.error();
        }
        auto c = db::PgConnection::open(conninfoFor(QStringLiteral("postgres")), 3);
        st.running = c.ok();
    }
    return st;
}

Status EmbeddedServer::prepareClusterFolder() const
{
    const QString data = dataDir();
    const QString root = QFileInfo(data).absolutePath();
    QDir dataQDir(data);
    if (dataQDir.exists() && !dataQDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return fail(QCoreApplication::translate("ops::EmbeddedServer",
            "The database folder %1 is not empty and does not hold a Targo Ops database. It was left "
            "untouched; move it away or choose another folder.")
                        .arg(data));
    // A base folder that holds something and was not made by us (no marker) is someone's folder: never chmod, chown
    // or fill it.
    QDir rootQDir(root);
    if (rootQDir.exists() && !rootQDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
        && !QFileInfo::exists(root + QLatin1Char('/') + QLatin1String(kOwnedMarker)))
        return fail(QCoreApplication::translate("ops::EmbeddedServer",
            "The folder %1 is not empty and was not created by Targo Ops. It was left untouched; choose an empty "
            "or new folder for the embedded database.")
                        .arg(root));
    if (Status s = ensureRunAsAccount(); !s.ok())
        return s;
    if (!QDir().mkpath(root))
        return fail(QCoreApplication::translate(
            "ops::EmbeddedServer", "The database folder %1 could not be created (check permissions and free space).")
                        .arg(root));
    {
        QFile marker(root + QLatin1Char('/') + QLatin1String(kOwnedMarker));
        if (!marker.open(QIODevice::WriteOnly)
            || marker.write("This folder holds the Targo Ops embedded database.\n") < 0 || !QDir().mkpath(data))
            return fail(QCoreApplication::translate("ops::EmbeddedServer",
                "The database folder %1 could not be created (check permissions and free space).")
                            .arg(root));
    }
    QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (runningAsRoot()) {
        const passwd *pw = ::getpwnam(kRunAsAccount);
        if (!pw || !chownTree(root, pw->pw_uid, pw->pw_gid))
            return fail(QCoreApplication::translate(
                "ops::EmbeddedServer", "The database folder %1 could not be given to the database account.")
                            .arg(root));
    }
    return success();
}

Status EmbeddedServer::init()
{
    const QString data = dataDir();
    if (QFileInfo::exists(data + QStringLiteral("/PG_VERSION")))
        return success();
    auto bin = findBinDir();
    if (!bin.ok())
        return bin.error();
    if (Status s = prepareClusterFolder(); !s.ok())
        return s;
    QStringList args{QStringLiteral("-D"), data, QStringLiteral("-U"), QString::fromLatin1(kSuperuser),
        QStringLiteral("--auth-local=peer"), QStringLiteral("--auth-host=reject"), QStringLiteral("--encoding=UTF8"),
        QStringLiteral("--lc-collate=C"), QStringLiteral("--lc-ctype=C.UTF-8"), QStringLiteral("--lc-messages=C")};
    if (qEnvironmentVariableIntValue("TARGO_PG_FAST") == 1)
        args << QStringLiteral("--no-sync");
    ToolRun r = runTool(bin.value() + QStringLiteral("/initdb"), args, 180000);
    if (r.exitCode != 0 && r.output.contains(QLatin1String("locale"))) {
        QDir(data).removeRecursively();
        QDir().mkpath(data);
        args.removeIf([](const QString &a) { return a.startsWith(QLatin1String("--lc-")); });
        args << QStringLiteral("--no-locale");
        ToolRun again = runTool(bin.value() + QStringLiteral("/initdb"), args, 180000);
        r = again;
    }
    if (r.exitCode != 0) {
        // Leave nothing half-made: an incomplete cluster would be refused on the next start.
        QDir(data).removeRecursively();
        return fail(QCoreApplication::translate("ops::EmbeddedServer", "The embedded database could not be created."),
            r.output.right(2000));
    }
    return success();
}

Result<EmbeddedStatus> EmbeddedServer::start()
{
    const QString data = dataDir();
    if (QFileInfo::exists(data) && !QFileInfo(data).isReadable() && !runningAsRoot())
        return fail(QCoreApplication::translate(
            "ops::EmbeddedServer", "The database folder %1 cannot be read (it belongs to another user or is locked).")
                        .arg(data));
    if (Status s = init(); !s.ok())
        return s.error();
    auto st = status();
    if (!st.ok())
        return st;
    if (st.value().running)
        return st; // a second instance reuses the running server
    auto bin = findBinDir();
    if (!bin.ok())
        return bin.error();
    QFile ver(data + QStringLiteral("/PG_VERSION"));
    if (!ver.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate(
            "ops::EmbeddedServer", "The database folder %1 cannot be read (it belongs to another user or is locked).")
                        .arg(data));
    const int clusterMajor = QString::fromLatin1(ver.readAll()).trimmed().toInt();
    const int binMajor = majorOf(bin.value());
    if (clusterMajor <= 0)
        return fail(QCoreApplication::translate("ops::EmbeddedServer",
            "The database folder %1 is damaged (PG_VERSION is unreadable). It was left untouched.")
                        .arg(data));
    if (binMajor != 0 && clusterMajor != binMajor)
        return fail(QCoreApplication::translate("ops::EmbeddedServer",
            "The embedded database was created with PostgreSQL %1 but PostgreSQL %2 is installed. Install "
            "PostgreSQL %1 or set TARGO_PG_BINDIR.")
                        .arg(clusterMajor)
                        .arg(binMajor));

    const QString staleSock = announcedSocketDir(data);
    // A postmaster.pid left by a crash whose PID now belongs to another program would block the start.
    if (st.value().pid > 0) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(st.value().pid));
        const bool alive = comm.open(QIODevice::ReadOnly);
        const QString name = alive ? QString::fromLatin1(comm.readAll()).trimmed() : QString();
        if (alive && (name == QLatin1String("postgres") || name == QLatin1String("postmaster"))) {
            // Still starting or shutting down: give it a moment.
            for (int i = 0; i < 100; ++i) {
                if (db::PgConnection::open(conninfoFor(QStringLiteral("postgres")), 2).ok())
                    return status();
                QThread::msleep(100);
                if (!QFileInfo::exists(QStringLiteral("/proc/%1").arg(st.value().pid)))
                    break;
            }
            if (QFileInfo::exists(QStringLiteral("/proc/%1").arg(st.value().pid)))
                return fail(QCoreApplication::translate("ops::EmbeddedServer",
                    "The database folder is in use by another database server (process %1) that does not "
                    "answer. Close the other program or wait, then retry.")
                                .arg(st.value().pid));
        }
        if (!QFileInfo::exists(QStringLiteral("/proc/%1").arg(st.value().pid)) || !alive
            || (name != QLatin1String("postgres") && name != QLatin1String("postmaster")))
            QFile::remove(data + QStringLiteral("/postmaster.pid"));
    }

    auto prepared = prepareSocketDir();
    if (!prepared.ok())
        return prepared.error();
    const QString sock = prepared.value();
    const QString sockLock = sock + QStringLiteral("/.s.PGSQL.%1.lock").arg(m_options.port);
    QFile::remove(sockLock); // only ours can be there: the folder is private and no server of ours answers

    if (Status s = writeAuthFiles(); !s.ok())
        return s.error();
    // The RADIUS password key, beside the data folder (outside the database and its backups; migration 0013).
    if (Status s = ensureSecretFile(QFileInfo(data).absolutePath() + QStringLiteral("/targo-radius.key")); !s.ok())
        return s.error();
    if (m_options.serverMode) {
        if (Status s = copyTlsFiles(); !s.ok())
            return s.error();
    }
    // Settings we own, rewritten at every start (the socket folder may move).
    const QByteArray body = serverSettings(sock, st.value().standby);
    if (Status s = writeConfigFile(data + QStringLiteral("/targo.conf"), body); !s.ok())
        return s.error();
    {
        QFile main(data + QStringLiteral("/postgresql.conf"));
        if (!main.open(QIODevice::ReadOnly))
            return fail(
                QCoreApplication::translate("ops::EmbeddedServer", "The database folder %1 is read-only.").arg(data));
        const QByteArray current = main.readAll();
        main.close();
        if (!current.contains("include_if_exists = 'targo.conf'")) {
            if (Status s = writeConfigFile(main.fileName(), current + "\ninclude_if_exists = 'targo.conf'\n"); !s.ok())
                return s.error();
        }
    }
    if (runningAsRoot()) {
        const QString log = logFile();
        if (!QFileInfo::exists(log))
            QFile(log).open(QIODevice::WriteOnly);
        (void)giveToServerAccount(log);
    }

    // No TCP (or, in server mode, only the one address), also on the command line: it wins over
    // postgresql.auto.conf (ALTER SYSTEM).
    const QString listen = m_options.serverMode ? QStringLiteral("-c listen_addresses='%1'").arg(m_options.tcpAddress)
                                                : QStringLiteral("-c listen_addresses=''");
    ToolRun r;
    for (int attempt = 0; attempt < 3; ++attempt) {
        r = runTool(bin.value() + QStringLiteral("/pg_ctl"),
            {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"),
                QStringLiteral("-D"), data, QStringLiteral("-l"), logFile(), QStringLiteral("-o"), listen},
            150000);
        if (r.exitCode == 0)
            break;
        // After a crash, orphaned backends can hold the old shared memory for a moment.
        QThread::msleep(1000);
    }
    if (r.exitCode != 0) {
        QFile log(logFile());
        QString tail;
        if (log.open(QIODevice::ReadOnly)) {
            log.seek(std::max<qint64>(0, log.size() - 3000));
            tail = QString::fromUtf8(log.readAll());
        }
        const QString all = r.output + tail;
        if (all.contains(QLatin1String("Address already in use")) || all.contains(QLatin1String("could not bind")))
            return fail(QCoreApplication::translate("ops::EmbeddedServer",
                            "The embedded database could not start: its port or socket is already in use."),
                all);
        if (all.contains(QLatin1String("Permission denied")))
            return fail(QCoreApplication::translate("ops::EmbeddedServer",
                            "The embedded database could not start: permission denied on its folder."),
                all);
        if (all.contains(QLatin1String("PANIC")) || all.contains(QLatin1String("invalid"))
            || all.contains(QLatin1String("corrupt")) || all.contains(QLatin1String("could not read")))
            return fail(QCoreApplication::translate("ops::EmbeddedServer",
                            "The embedded database in %1 appears damaged and could not start. Nothing was deleted; "
                            "see the log %2.")
                            .arg(data, logFile()),
                all);
        return fail(
            QCoreApplication::translate("ops::EmbeddedServer", "The embedded database could not start. See the log %1.")
                .arg(logFile()),
            all);
    }
    m_startedByUs = true;
    if (!staleSock.isEmpty() && staleSock != sock)
        removeSocketDir(staleSock); // a fallback folder left by a crash
    const QString conninfo = conninfoFor(QString::fromLatin1(kDatabase));
    if (Status s = createDatabaseIfMissing(conninfo); !s.ok())
        return s.error();
    return status();
}

Status EmbeddedServer::createDatabaseIfMissing(const QString &) const
{
    auto c = db::PgConnection::open(conninfoFor(QStringLiteral("postgres")), 10);
    if (!c.ok())
        return c.error();
    auto exists = c.value()->exec(
        "SELECT 1 FROM pg_database WHERE datname = $1", db::SqlParams().add(QString::fromLatin1(kDatabase)));
    if (!exists.ok())
        return exists.error();
    if (exists.value().rows() == 0) {
        auto created =
            c.value()->exec(QStringLiteral("CREATE DATABASE ") + db::quoteIdentifier(QString::fromLatin1(kDatabase)));
        if (!created.ok() && created.error().code != QLatin1String("42P04"))
            return created.error();
    }
    return success();
}

Status EmbeddedServer::stop(bool onlyIfIdle)
{
    auto st = status();
    if (!st.ok())
        return st.error();
    if (!st.value().running && st.value().pid <= 0)
        return success();
    if (onlyIfIdle && st.value().running) {
        auto c = db::PgConnection::open(conninfoFor(QStringLiteral("postgres")), 3);
        if (c.ok()) {
            // Connections just closed by the caller take a moment to leave pg_stat_activity: wait up to 2 s.
            qint64 others = 0;
            for (int i = 0; i < 20; ++i) {
                auto n = c.value()->exec("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client "
                                         "backend' AND pid <> pg_backend_pid()");
                others = n.ok() ? n.value().int64(0, 0) : 0;
                if (others == 0)
                    break;
                QThread::msleep(100);
            }
            if (others > 0)
                return success(); // another Targo Ops instance still uses it
        }
    }
    auto bin = findBinDir();
    if (!bin.ok())
        return bin.error();
    const QString sock = announcedSocketDir(dataDir());
    ToolRun r = runTool(bin.value() + QStringLiteral("/pg_ctl"),
        {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-m"),
            QStringLiteral("fast"), QStringLiteral("-D"), dataDir()},
        90000);
    if (r.exitCode != 0 && status().value().running)
        return fail(QCoreApplication::translate("ops::EmbeddedServer", "The embedded database did not stop cleanly."),
            r.output);
    if (!sock.isEmpty())
        removeSocketDir(sock);
    return success();
}

QByteArray EmbeddedServer::serverSettings(const QString &sock, bool standby) const
{
    QString quoted = sock;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    QByteArray body = "# Written by Targo Ops at every start; edit postgresql.conf instead.\n"
                      "listen_addresses = '"
        + (m_options.serverMode ? m_options.tcpAddress.toUtf8() : QByteArray())
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

Status EmbeddedServer::setSynchronousStandby(bool on)
{
    m_options.synchronousStandby = on;
    auto st = status();
    if (!st.ok())
        return st.error();
    if (!st.value().running)
        return success(); // the next start writes it
    if (Status s = writeConfigFile(
            dataDir() + QStringLiteral("/targo.conf"), serverSettings(st.value().socketDir, st.value().standby));
        !s.ok())
        return s;
    auto bin = findBinDir();
    if (!bin.ok())
        return bin.error();
    ToolRun r = runTool(
        bin.value() + QStringLiteral("/pg_ctl"), {QStringLiteral("reload"), QStringLiteral("-D"), dataDir()}, 60000);
    if (r.exitCode != 0)
        return fail(QCoreApplication::translate("ops::EmbeddedServer", "The database settings could not be reloaded."),
            r.output);
    return success();
}

Status EmbeddedServer::stopImmediately()
{
    auto st = status();
    if (!st.ok())
        return st.error();
    if (!st.value().running && st.value().pid <= 0)
        return success();
    auto bin = findBinDir();
    if (!bin.ok())
        return bin.error();
    ToolRun r = runTool(bin.value() + QStringLiteral("/pg_ctl"),
        {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-m"),
            QStringLiteral("immediate"), QStringLiteral("-D"), dataDir()},
        90000);
    if (r.exitCode != 0 && status().value().running)
        return fail(QCoreApplication::translate("ops::EmbeddedServer", "The embedded database did not stop cleanly."),
            r.output);
    return success();
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
            return fail(
                QCoreApplication::translate("ops::EmbeddedServer", "The TLS certificate or key file %1 cannot be read.")
                    .arg(from),
                in.errorString());
        if (Status s = writeConfigFile(data + QLatin1Char('/') + to, in.readAll()); !s.ok())
            return s;
    }
    return success();
}

Status EmbeddedServer::createStandbyOf(const EmbeddedServer &primary)
{
    const QString data = dataDir();
    if (QFileInfo::exists(data + QStringLiteral("/PG_VERSION")))
        return fail(QCoreApplication::translate("ops::EmbeddedServer",
            "The database folder %1 already holds a database: a standby is made only in a new folder.")
                        .arg(data));
    auto primaryStatus = primary.status();
    if (!primaryStatus.ok())
        return primaryStatus.error();
    if (!primaryStatus.value().running || !primary.options().replication)
        return fail(QCoreApplication::translate("ops::EmbeddedServer",
            "The primary database must be running with replication enabled before a standby can be made."));
    auto bin = findBinDir();
    if (!bin.ok())
        return bin.error();
    if (Status s = prepareClusterFolder(); !s.ok())
        return s;
    // The copy and the standby's connection to its primary both go over the primary's private socket (peer). -R
    // writes standby.signal and primary_conninfo; -X stream brings the WAL written during the copy.
    const QString source = QStringLiteral("host=%1 port=%2 user=%3 application_name=targo-standby")
                               .arg(db::quoteConninfoValue(primaryStatus.value().socketDir))
                               .arg(primary.port())
                               .arg(QString::fromLatin1(kSuperuser));
    QStringList args{QStringLiteral("-D"), data, QStringLiteral("-d"), source, QStringLiteral("-R"),
        QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-c"), QStringLiteral("fast")};
    if (qEnvironmentVariableIntValue("TARGO_PG_FAST") == 1)
        args << QStringLiteral("--no-sync");
    ToolRun r = runTool(bin.value() + QStringLiteral("/pg_basebackup"), args, 600000);
    if (r.exitCode != 0) {
        QDir(data).removeRecursively();
        return fail(QCoreApplication::translate(
                        "ops::EmbeddedServer", "The standby database could not be copied from the primary."),
            r.output.right(2000));
    }
    // The primary's per-start files are rewritten by start(); its pid file is never copied. The RADIUS password key
    // lives outside the data folder, so pg_basebackup does not carry it: the standby gets the primary's, or after a
    // promotion the sealed passwords could not be read.
    const QString key = QFileInfo(data).absolutePath() + QStringLiteral("/targo-radius.key");
    QFile::remove(key);
    if (!QFile::copy(QFileInfo(primary.dataDir()).absolutePath() + QStringLiteral("/targo-radius.key"), key))
        return fail(QCoreApplication::translate(
            "ops::EmbeddedServer", "The primary's RADIUS password key could not be copied to the standby."));
    return ensureSecretFile(key);
}

Status EmbeddedServer::promote()
{
    auto st = status();
    if (!st.ok())
        return st.error();
    if (!st.value().running)
        return fail(QCoreApplication::translate("ops::EmbeddedServer", "The standby database is not running."));
    if (!st.value().standby)
        return success(); // already a primary
    auto bin = findBinDir();
    if (!bin.ok())
        return bin.error();
    ToolRun r = runTool(bin.value() + QStringLiteral("/pg_ctl"),
        {QStringLiteral("promote"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
            QStringLiteral("-D"), dataDir()},
        90000);
    if (r.exitCode != 0)
        return fail(QCoreApplication::translate("ops::EmbeddedServer", "The standby database could not be promoted."),
            r.output);
    return success();
}

void EmbeddedServer::removeSocketDir(const QString &dir) const
{
    // Only a fallback folder of ours (never the one inside the cluster folder), only our files in it, only if private.
    if (dir == preferredSocketDir() || !checkPrivateDir(dir).ok())
        return;
    QFile::remove(dir + QStringLiteral("/.s.PGSQL.%1").arg(m_options.port));
    QFile::remove(dir + QStringLiteral("/.s.PGSQL.%1.lock").arg(m_options.port));
    QDir().rmdir(dir);
}

} // namespace ops
