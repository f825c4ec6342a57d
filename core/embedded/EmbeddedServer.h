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
    QString socketDir;
    int port = 0;
    QString conninfo; // what clients use (no password: peer authentication on a private 0700 socket directory)
};

// A private PostgreSQL cluster the app creates and runs itself (initdb + pg_ctl). Listens only on a private socket
// directory (0700, checked with lstat before use), never on TCP (refused in pg_hba.conf and listen_addresses='' on
// the server's command line). Clients authenticate with peer: only the system account running the app may connect,
// as the role targo (pg_ident map "targo"). When started by root, the server runs under the unprivileged system
// account `targo-pg` and root is mapped to targo. The tools and the server get a cleaned environment (no TARGO_*
// secrets, no PG* variables).
// All calls block: run them from a worker thread or a command-line tool, never the GUI thread.
class EmbeddedServer
{
public:
    // baseDir: the folder that holds the cluster (default: AppLocalDataLocation/pg).
    explicit EmbeddedServer(QString baseDir);

    static QString defaultBaseDir();
    // TARGO_PG_BINDIR, next to the executable, Debian/Ubuntu /usr/lib/postgresql/<v>/bin, Fedora /usr/pgsql-<v>/bin,
    // /usr/bin. Empty with an error when none has initdb + pg_ctl + postgres.
    static Result<QString> findBinDir();

    Result<EmbeddedStatus> status() const;
    Status init(); // initdb if needed (idempotent)
    Result<EmbeddedStatus> start(); // init + start, or reuse a running server; recovers a stale postmaster.pid
    Status stop(bool onlyIfIdle = false); // fast shutdown; onlyIfIdle keeps it up while other clients are connected
    bool startedByUs() const { return m_startedByUs; }

    QString dataDir() const; // where PGDATA is (may differ from baseDir/data when root must relocate it)
    // The running server's socket folder (from postmaster.pid), else <base>/run; empty when that path is too long
    // for a socket and no server runs (a fresh folder is then made at start under $XDG_RUNTIME_DIR, or /tmp as root).
    QString socketDir() const;
    QString logFile() const;
    static constexpr int kPort = 5432;
    static constexpr const char *kSuperuser = "targo";
    static constexpr const char *kDatabase = "targo";

private:
    Status ensureRunAsAccount() const;
    Status createDatabaseIfMissing(const QString &conninfo) const;
    Status writeAuthFiles() const; // pg_hba.conf + pg_ident.conf, atomically, at every server start
    QString preferredSocketDir() const;
    Result<QString> prepareSocketDir() const;
    void removeSocketDir(const QString &dir) const;
    QString conninfoFor(const QString &db) const;

    QString m_baseDir;
    bool m_startedByUs = false;
};

} // namespace ops
