#include "core/embedded/EmbeddedServer.h"

#include <algorithm>

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

#include "core/db/PgConnection.h"
#include "core/embedded/ServerHost.h"
#include "core/platform/Platform.h"

namespace ops {

using namespace embedded;

namespace {
constexpr int kMaxSocketPath = 90; // sun_path is 108 bytes including ".s.PGSQL.5432"

constexpr const char *kOwnedMarker = ".targo-ops"; // in the base folder: the app created it

} // namespace

EmbeddedServer::EmbeddedServer(QString baseDir, EmbeddedOptions options)
    : m_baseDir(baseDir.isEmpty() ? defaultBaseDir() : QDir(baseDir).absolutePath())
    , m_options(std::move(options))
{
    if (tcpMode()) {
        // The remembered port (start() picks one when there is none or it is taken).
        QFile f(portFile());
        m_options.port = f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed().toInt() : 0;
    }
}

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
        return unavailable(
            QCoreApplication::translate("ops::EmbeddedServer",
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
    return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
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
        QString error;
        const platform::MkdirResult made = platform::makePrivateDir(preferred, &error);
        if (made == platform::MkdirResult::Created) {
            if (Status s = giveToServerAccount(preferred); !s.ok())
                return s.error();
        } else if (made == platform::MkdirResult::Failed) {
            return unavailable(
                QCoreApplication::translate("ops::EmbeddedServer", "The private socket folder %1 could not be created.")
                    .arg(preferred),
                error);
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
    QString error;
    const QString made = platform::makePrivateTempDir(parent + QStringLiteral("/targo-pg-XXXXXX"), &error);
    if (made.isEmpty())
        return unavailable(
            QCoreApplication::translate("ops::EmbeddedServer", "The private socket folder %1 could not be created.")
                .arg(parent),
            error);
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
    if (tcpMode()) {
        // hostaddr: no name lookup; the password only in memory (never logged: callers mask conninfo).
        return QStringLiteral("host=127.0.0.1 hostaddr=127.0.0.1 port=%1 user=%2 password=%3 dbname=%4 "
                              "application_name=targo-ops")
            .arg(m_options.port)
            .arg(QString::fromLatin1(kSuperuser), db::quoteConninfoValue(m_options.password),
                db::quoteConninfoValue(db));
    }
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
    if (!platform::findAccount(QString::fromLatin1(kRunAsAccount))) {
        QProcess p;
        p.setProcessEnvironment(cleanEnvironment());
        p.start(QStringLiteral("useradd"),
            {QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--home-dir"),
                QStringLiteral("/nonexistent"), QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"),
                QString::fromLatin1(kRunAsAccount)});
        p.waitForFinished(30000);
        if (!platform::findAccount(QString::fromLatin1(kRunAsAccount)))
            return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
                                   "Targo Ops runs as root, and the database account it needs could not be created."),
                QString::fromLocal8Bit(p.readAllStandardError()));
    }
    return success();
}

Result<EmbeddedStatus> EmbeddedServer::status() const
{
    EmbeddedStatus st;
    st.dataDir = dataDir();
    st.tcp = tcpMode();
    st.socketDir = st.tcp ? QString() : socketDir();
    st.port = m_options.port;
    st.conninfo = conninfoFor(QString::fromLatin1(kDatabase));
    st.initialized = QFileInfo::exists(st.dataDir + QStringLiteral("/PG_VERSION"));
    st.standby = QFileInfo::exists(st.dataDir + QStringLiteral("/standby.signal"));
    QFile pidFile(st.dataDir + QStringLiteral("/postmaster.pid"));
    if (pidFile.open(QIODevice::ReadOnly))
        st.pid = QString::fromLatin1(pidFile.readLine()).trimmed().toLongLong();
    if (st.initialized && st.pid > 0) {
        // The socket folder of a live server is checked before anything connects through it.
        const QString announced = st.tcp ? QString() : announcedSocketDir(st.dataDir);
        if (!announced.isEmpty() && platform::processExists(st.pid)) {
            if (Status s = checkPrivateDir(announced); !s.ok())
                return s.error();
        }
        if (!st.tcp || st.port > 0) {
            auto c = db::PgConnection::open(conninfoFor(QStringLiteral("postgres")), 3);
            st.running = c.ok();
            st.passwordRefused = st.tcp && !c.ok() && c.error().kind == Error::Kind::Auth;
        }
    }
    return st;
}

Status EmbeddedServer::prepareClusterFolder() const
{
    const QString data = dataDir();
    const QString root = QFileInfo(data).absolutePath();
    QDir dataQDir(data);
    if (dataQDir.exists() && !dataQDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
            "The database folder %1 is not empty and does not hold a Targo Ops database. It was left "
            "untouched; move it away or choose another folder.")
                               .arg(data));
    // A base folder that holds something and was not made by us (no marker) is someone's folder: never chmod, chown
    // or fill it.
    QDir rootQDir(root);
    if (rootQDir.exists() && !rootQDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
        && !QFileInfo::exists(root + QLatin1Char('/') + QLatin1String(kOwnedMarker)))
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
            "The folder %1 is not empty and was not created by Targo Ops. It was left untouched; choose an empty "
            "or new folder for the embedded database.")
                               .arg(root));
    if (Status s = ensureRunAsAccount(); !s.ok())
        return s;
    if (!QDir().mkpath(root))
        return unavailable(QCoreApplication::translate(
            "ops::EmbeddedServer", "The database folder %1 could not be created (check permissions and free space).")
                               .arg(root));
    {
        QFile marker(root + QLatin1Char('/') + QLatin1String(kOwnedMarker));
        if (!marker.open(QIODevice::WriteOnly)
            || marker.write("This folder holds the Targo Ops embedded database.\n") < 0 || !QDir().mkpath(data))
            return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
                "The database folder %1 could not be created (check permissions and free space).")
                                   .arg(root));
    }
    QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (runningAsRoot()) {
        const auto account = platform::findAccount(QString::fromLatin1(kRunAsAccount));
        if (!account || !chownTree(root, *account))
            return unavailable(QCoreApplication::translate(
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
        QStringLiteral("--encoding=UTF8"), QStringLiteral("--lc-collate=C"), QStringLiteral("--lc-ctype=C.UTF-8"),
        QStringLiteral("--lc-messages=C")};
    // The password file lives beside the data folder only while initdb runs.
    const QString pwfile = QFileInfo(data).absolutePath() + QStringLiteral("/initdb-password");
    if (tcpMode()) {
        if (Status s = writePasswordFile(pwfile); !s.ok())
            return s;
        args << QStringLiteral("--auth=scram-sha-256") << QStringLiteral("--pwfile=") + pwfile;
    } else {
        args << QStringLiteral("--auth-local=peer") << QStringLiteral("--auth-host=reject");
    }
    if (qEnvironmentVariableIntValue("TARGO_PG_FAST") == 1)
        args << QStringLiteral("--no-sync");
    ToolRun r = runTool(toolPath(bin.value(), QStringLiteral("initdb")), args, 180000);
    if (r.exitCode != 0 && r.output.contains(QLatin1String("locale"))) {
        QDir(data).removeRecursively();
        QDir().mkpath(data);
        args.removeIf([](const QString &a) { return a.startsWith(QLatin1String("--lc-")); });
        args << QStringLiteral("--no-locale");
        ToolRun again = runTool(toolPath(bin.value(), QStringLiteral("initdb")), args, 180000);
        r = again;
    }
    QFile::remove(pwfile);
    if (r.exitCode != 0) {
        // Leave nothing half-made: an incomplete cluster would be refused on the next start.
        QDir(data).removeRecursively();
        return unavailable(
            QCoreApplication::translate("ops::EmbeddedServer", "The embedded database could not be created."),
            r.output.right(2000));
    }
    // TCP mode: the port file is made with the cluster; it also tells a TCP cluster from a socket one.
    if (tcpMode()) {
        if (auto port = pickPort(false); !port.ok())
            return port.error();
    }
    return success();
}

Result<EmbeddedStatus> EmbeddedServer::start()
{
    const QString data = dataDir();
    if (QFileInfo::exists(data) && !QFileInfo(data).isReadable() && !runningAsRoot())
        return unavailable(QCoreApplication::translate(
            "ops::EmbeddedServer", "The database folder %1 cannot be read (it belongs to another user or is locked).")
                               .arg(data));
#ifdef Q_OS_WIN
    // Peer authentication and the private folders' POSIX modes do not exist there: the server and replication
    // modes need their own TCP + SCRAM configuration first (docs/packaging.md, "Windows").
    if (m_options.replication || m_options.serverMode)
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
            "The embedded database's server and replication modes are not available on Windows yet."));
#endif
    if (tcpMode() && m_options.password.isEmpty())
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
            "The embedded database's password could not be read from the system's credential store, so it was not "
            "started."));
    if (Status s = init(); !s.ok())
        return s.error();
    // A cluster made in socket mode has no password for targo: TCP mode could start it but never log in.
    if (tcpMode() && !QFileInfo::exists(portFile()))
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
            "The embedded database in %1 was not created for the TCP and password mode (its port file is "
            "missing). Unset TARGO_PG_TCP, or choose another folder.")
                               .arg(data));
    auto st = status();
    if (!st.ok())
        return st;
    if (st.value().running)
        return st; // a second instance reuses the running server
    if (st.value().passwordRefused && platform::processExists(st.value().pid))
        return Error::make(Error::Kind::Auth,
            QCoreApplication::translate("ops::EmbeddedServer",
                "The embedded database refused the password kept in the system's credential store. If that entry "
                "was deleted or changed, restore it; the database itself was left untouched."),
            QStringLiteral("port %1").arg(st.value().port));
    auto bin = findBinDir();
    if (!bin.ok())
        return bin.error();
    QFile ver(data + QStringLiteral("/PG_VERSION"));
    if (!ver.open(QIODevice::ReadOnly))
        return unavailable(QCoreApplication::translate(
            "ops::EmbeddedServer", "The database folder %1 cannot be read (it belongs to another user or is locked).")
                               .arg(data));
    const int clusterMajor = QString::fromLatin1(ver.readAll()).trimmed().toInt();
    const int binMajor = majorOf(bin.value());
    if (clusterMajor <= 0)
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
            "The database folder %1 is damaged (PG_VERSION is unreadable). It was left untouched.")
                               .arg(data));
    if (binMajor != 0 && clusterMajor != binMajor)
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
            "The embedded database was created with PostgreSQL %1 but PostgreSQL %2 is installed. Install "
            "PostgreSQL %1 or set TARGO_PG_BINDIR.")
                               .arg(clusterMajor)
                               .arg(binMajor));

    const QString staleSock = tcpMode() ? QString() : announcedSocketDir(data);
    // A postmaster.pid left by a crash whose PID now belongs to another program would block the start.
    if (st.value().pid > 0) {
        const qint64 pid = st.value().pid;
        const QString name = platform::processName(pid);
        const bool ours = name == QLatin1String("postgres") || name == QLatin1String("postmaster");
        if (ours) {
            // Still starting or shutting down: give it a moment.
            for (int i = 0; i < 100; ++i) {
                if (db::PgConnection::open(conninfoFor(QStringLiteral("postgres")), 2).ok())
                    return status();
                QThread::msleep(100);
                if (!platform::processExists(pid))
                    break;
            }
            if (platform::processExists(pid))
                return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
                    "The database folder is in use by another database server (process %1) that does not "
                    "answer. Close the other program or wait, then retry.")
                                       .arg(pid));
        }
        if (!ours || !platform::processExists(pid))
            QFile::remove(data + QStringLiteral("/postmaster.pid"));
    }

    QString sock; // socket mode only: TCP mode has no Unix socket (unix_socket_directories = '')
    if (!tcpMode()) {
        auto prepared = prepareSocketDir();
        if (!prepared.ok())
            return prepared.error();
        sock = prepared.value();
        // Only ours can be there: the folder is private and no server of ours answers.
        QFile::remove(sock + QStringLiteral("/.s.PGSQL.%1.lock").arg(m_options.port));
    } else if (auto port = pickPort(false); !port.ok()) {
        return port.error();
    }

    if (Status s = writeAuthFiles(); !s.ok())
        return s.error();
    // The RADIUS password key, beside the data folder (outside the database and its backups; migration 0013).
    if (Status s = ensureSecretFile(QFileInfo(data).absolutePath() + QStringLiteral("/targo-radius.key")); !s.ok())
        return s.error();
    if (m_options.serverMode) {
        if (Status s = copyTlsFiles(); !s.ok())
            return s.error();
    }
    {
        QFile main(data + QStringLiteral("/postgresql.conf"));
        if (!main.open(QIODevice::ReadOnly))
            return unavailable(
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

    // No TCP (or, in server mode, only the one address; in TCP mode only 127.0.0.1), also on the command line: it wins
    // over postgresql.auto.conf (ALTER SYSTEM). Unquoted for TCP mode: on Windows pg_ctl passes it through cmd.exe,
    // which keeps single quotes.
    const QString listen = tcpMode() ? QStringLiteral("-c listen_addresses=127.0.0.1")
        : m_options.serverMode       ? QStringLiteral("-c listen_addresses='%1'").arg(m_options.tcpAddress)
                                     : QStringLiteral("-c listen_addresses=''");
    ToolRun r;
    for (int attempt = 0; attempt < 3; ++attempt) {
        // Settings we own, rewritten at every start (the socket folder or the port may move).
        if (Status s = writeConfigFile(data + QStringLiteral("/targo.conf"), serverSettings(sock, st.value().standby));
            !s.ok())
            return s.error();
        r = runTool(toolPath(bin.value(), QStringLiteral("pg_ctl")),
            {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"),
                QStringLiteral("-D"), data, QStringLiteral("-l"), logFile(), QStringLiteral("-o"), listen},
            150000);
        if (r.exitCode == 0)
            break;
        // TCP mode: another program took the port between the check and the bind: the next attempt uses a new one.
        if (tcpMode()) {
            if (auto port = pickPort(true); !port.ok())
                return port.error();
        }
        // After a crash, orphaned backends can hold the old shared memory for a moment.
        QThread::msleep(1000);
    }
    if (r.exitCode != 0)
        return startFailure(r.output).error();
    m_startedByUs = true;
    if (!staleSock.isEmpty() && staleSock != sock)
        removeSocketDir(staleSock); // a fallback folder left by a crash
    const QString conninfo = conninfoFor(QString::fromLatin1(kDatabase));
    if (Status s = createDatabaseIfMissing(conninfo); !s.ok())
        return s.error();
    return status();
}

Status EmbeddedServer::startFailure(const QString &toolOutput) const
{
    QFile log(logFile());
    QString tail;
    if (log.open(QIODevice::ReadOnly)) {
        log.seek(std::max<qint64>(0, log.size() - 3000));
        tail = QString::fromUtf8(log.readAll());
    }
    const QString all = toolOutput + tail;
    if (all.contains(QLatin1String("Address already in use")) || all.contains(QLatin1String("could not bind")))
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
                               "The embedded database could not start: its port or socket is already in use."),
            all);
    if (all.contains(QLatin1String("Permission denied")))
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
                               "The embedded database could not start: permission denied on its folder."),
            all);
    if (all.contains(QLatin1String("PANIC")) || all.contains(QLatin1String("invalid"))
        || all.contains(QLatin1String("corrupt")) || all.contains(QLatin1String("could not read")))
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
                               "The embedded database in %1 appears damaged and could not start. Nothing was deleted; "
                               "see the log %2.")
                               .arg(dataDir(), logFile()),
            all);
    return unavailable(
        QCoreApplication::translate("ops::EmbeddedServer", "The embedded database could not start. See the log %1.")
            .arg(logFile()),
        all);
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
    const QString sock = tcpMode() ? QString() : announcedSocketDir(dataDir());
    ToolRun r = runTool(toolPath(bin.value(), QStringLiteral("pg_ctl")),
        {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-m"),
            QStringLiteral("fast"), QStringLiteral("-D"), dataDir()},
        90000);
    if (r.exitCode != 0 && status().value().running)
        return unavailable(
            QCoreApplication::translate("ops::EmbeddedServer", "The embedded database did not stop cleanly."),
            r.output);
    if (!sock.isEmpty())
        removeSocketDir(sock);
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
    ToolRun r = runTool(toolPath(bin.value(), QStringLiteral("pg_ctl")),
        {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-m"),
            QStringLiteral("immediate"), QStringLiteral("-D"), dataDir()},
        90000);
    if (r.exitCode != 0 && status().value().running)
        return unavailable(
            QCoreApplication::translate("ops::EmbeddedServer", "The embedded database did not stop cleanly."),
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
