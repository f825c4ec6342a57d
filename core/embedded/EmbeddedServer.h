#pragma once

#include <QString>

#include "core/common/Result.h"

namespace ops {

struct EmbeddedStatus
{
    bool initialized = false; // PG_VERSION present
    bool running = false; // a live postmaster answers
    qint64 pid = 0;
    QString dataDir; // the cluster directory (PGDATA)
    QString socketDir; // empty in TCP + password mode
    int port = 0;
    // What clients use. Socket mode: no password (peer authentication on a private 0700 socket directory). TCP +
    // password mode: host=127.0.0.1 with the password: never log it (db::maskConninfo).
    QString conninfo;
    bool standby = false; // a streaming standby (standby.signal present): read-only until promoted
    bool tcp = false; // TCP + password mode
    bool passwordRefused = false; // TCP mode: a server answers on the port but refused our password
};

// The embedded cluster's default mode on this system: TCP + password on Windows (no Unix socket, no peer
// authentication there); on Linux the private Unix socket with peer authentication, unless TARGO_PG_TCP=1.
bool embeddedTcpByDefault();

// How a cluster is run. The default is the app's embedded cluster: private socket only, no TCP, no replication.
struct EmbeddedOptions
{
    int port = 5432;
    // A primary that a streaming standby can copy and follow: wal_level replica, WAL senders, and a replication line
    // in pg_hba.conf for the local superuser over the private socket (peer). As root, the server's own account is
    // mapped to targo too: pg_basebackup and the standby's WAL receiver run under it.
    bool replication = false;
    // Commits wait until a standby has flushed them (synchronous_standby_names = '*'): nothing acknowledged is lost
    // when the primary dies. Commits block while no standby is connected: turn it on with setSynchronousStandby()
    // once the standby streams.
    bool synchronousStandby = false;
    // Server mode: also listen on tcpAddress:port, TLS only (hostssl ... scram-sha-256; plain TCP is rejected). The
    // certificate, key and CA are copied into the cluster (0600, the server's account) at every start.
    bool serverMode = false;
    QString tcpAddress = QStringLiteral("127.0.0.1");
    QString sslCertFile;
    QString sslKeyFile;
    QString sslCaFile; // optional: CA for client certificates
    // TCP + password mode (the app's own cluster; ignored with replication or serverMode, which keep the socket): no
    // Unix socket; the server listens only on 127.0.0.1, on a free port picked at the first start and remembered in
    // <base>/port (picked again when another program took it), and every connection is scram-sha-256 as targo with
    // `password`. initdb gets it through --pwfile. The caller keeps it in the credential store (embeddedPassword() in
    // core/embedded/EmbeddedPassword.h) and passes it here; it is never written anywhere else.
    bool tcp = embeddedTcpByDefault();
    QString password;
};

// A private PostgreSQL cluster the app creates and runs itself (initdb + pg_ctl). Socket mode (Linux's default):
// listens only on a private socket directory (0700, checked with lstat before use), never on TCP (refused in
// pg_hba.conf and listen_addresses='' on the server's command line) unless EmbeddedOptions::serverMode asks for TLS on
// one address. Clients authenticate with peer: only the system account running the app may connect, as the role targo
// (pg_ident map "targo"). When started by root, the server runs under the unprivileged system account `targo-pg` and
// root is mapped to targo. The tools and the server get a cleaned environment (no TARGO_* secrets, no PG* variables).
// All calls block: run them from a worker thread or a command-line tool, never the GUI thread. TCP + password mode
// (Windows' default, EmbeddedOptions::tcp): 127.0.0.1 only, scram-sha-256, the server runs as the current user.
class EmbeddedServer
{
public:
    // baseDir: the folder that holds the cluster (default: AppLocalDataLocation/pg).
    explicit EmbeddedServer(QString baseDir, EmbeddedOptions options = {});

    static QString defaultBaseDir();
    // The credential store key of the TCP mode's password for the cluster in baseDir ("" = the default).
    static QString passwordKey(const QString &baseDir);
    // A new strong password: 192 random bits from the system CSPRNG, base64url (32 characters, no quoting needed).
    static QString newPassword();
    // TARGO_PG_BINDIR, next to the executable, Debian/Ubuntu /usr/lib/postgresql/<v>/bin, Fedora /usr/pgsql-<v>/bin,
    // /usr/bin. Empty with an error when none has initdb + pg_ctl + postgres.
    static Result<QString> findBinDir();

    Result<EmbeddedStatus> status() const;
    Status init(); // initdb if needed (idempotent)
    Result<EmbeddedStatus> start(); // init + start, or reuse a running server; recovers a stale postmaster.pid
    Status stop(bool onlyIfIdle = false); // fast shutdown; onlyIfIdle keeps it up while other clients are connected
    // Immediate shutdown: no checkpoint, every client cut at once, recovery at the next start (a crash, for failover
    // drills and tests).
    Status stopImmediately();

    // Makes this (not yet created) cluster a streaming standby of `primary` (started with options.replication):
    // pg_basebackup -R over the primary's private socket, run as the server's account. start() then runs it.
    Status createStandbyOf(const EmbeddedServer &primary);
    // Ends recovery on a standby (pg_ctl promote, waits): it becomes a read-write primary.
    Status promote();
    // Turns synchronous replication on or off on a running primary (rewrites its settings, pg_ctl reload).
    Status setSynchronousStandby(bool on);
    bool startedByUs() const { return m_startedByUs; }

    QString dataDir() const; // where PGDATA is (may differ from baseDir/data when root must relocate it)
    // The running server's socket folder (from postmaster.pid), else <base>/run; empty when that path is too long
    // for a socket and no server runs (a fresh folder is then made at start under $XDG_RUNTIME_DIR, or /tmp as root).
    QString socketDir() const;
    QString logFile() const;
    int port() const { return m_options.port; } // TCP mode: the remembered port (0 before the first start)
    bool tcpMode() const { return m_options.tcp && !m_options.replication && !m_options.serverMode; }
    QString portFile() const; // TCP mode: where the port is remembered
    const EmbeddedOptions &options() const { return m_options; }
    static constexpr int kPort = 5432;
    static constexpr const char *kSuperuser = "targo";
    static constexpr const char *kDatabase = "targo";

private:
    Status ensureRunAsAccount() const;
    Status
    prepareClusterFolder() const; // the base folder (marker, 0700, the server's account) and an empty data folder
    Status copyTlsFiles() const;
    QByteArray serverSettings(const QString &socketDir, bool standby) const; // targo.conf
    Status createDatabaseIfMissing(const QString &conninfo) const;
    Status writeAuthFiles() const; // pg_hba.conf + pg_ident.conf, atomically, at every server start
    QString preferredSocketDir() const;
    Result<QString> prepareSocketDir() const;
    void removeSocketDir(const QString &dir) const;
    QString conninfoFor(const QString &db) const;
    Result<int> pickPort(bool force); // TCP mode: keep the remembered port while free, else a new one (remembered)
    Status writePasswordFile(const QString &path) const; // initdb --pwfile
    Status startFailure(const QString &toolOutput) const; // the pg_ctl start failure, read with the log's tail

    QString m_baseDir;
    EmbeddedOptions m_options;
    bool m_startedByUs = false;
};

} // namespace ops
