#pragma once

// The operating-system side of running the embedded server: the account it runs as, its private folders and
// configuration files, and the tools it is started with (a clean environment, a bounded wait). EmbeddedServer
// decides what to do; these do it safely. The system calls are core/platform's (POSIX or Windows).
#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/platform/Platform.h"

namespace ops::embedded {

inline constexpr const char *kRunAsAccount = "targo-pg"; // the server's account when the app runs as root
inline constexpr const char *kIdentMap = "targo";

struct ToolRun
{
    int exitCode = -1;
    QString output;
    bool started = false;
};

// An Unavailable error (the embedded engine's failures): translated user text, technical detail.
Error unavailable(const QString &user, const QString &detail = {});

bool runningAsRoot();

// What the tools and the server inherit: only what they need. No TARGO_* secrets, no PG* variables (PGPASSWORD,
// PGPORT, PGDATA... would leak or redirect), nothing else from the caller's environment.
QProcessEnvironment cleanEnvironment();

// The account the server runs as: ours, or the unprivileged service account when we are root (nullopt when that
// account is missing).
std::optional<platform::Account> serverAccount();

// A folder only the server's account can use: a real folder (not a symlink), owned by that account, no access for
// group or others. Checked with lstat, so a symlink planted in its place is refused, never followed. Windows: a real
// folder (not a link or junction); its privacy is the user profile's ACL.
Status checkPrivateDir(const QString &path);

Status giveToServerAccount(const QString &path);

// Config files are replaced atomically (written beside, then renamed over), owned by the server's account, 0600,
// and read back: a short write or a full disk is an error, not a half-written configuration.
Status writeConfigFile(const QString &path, const QByteArray &body);

// pg_ident.conf takes bare or double-quoted names.
QString identName(const QString &name);

QString osUserName();

// The socket folder the running server announced (postmaster.pid line 5), or empty.
QString announcedSocketDir(const QString &dataDir);

ToolRun runTool(const QString &program, const QStringList &args, int timeoutMs);

bool chownTree(const QString &path, const platform::Account &account);

// Every ancestor must let "others" traverse it for the unprivileged account to reach the cluster.
bool traversableByOthers(const QString &path);

int majorOf(const QString &binDir);

bool hasTools(const QString &dir);
// A PostgreSQL program in binDir ("initdb" → initdb.exe on Windows).
QString toolPath(const QString &binDir, const QString &name);

// A key file for the server (e.g. the RADIUS password key): created once with 256 random bits in hex, 0600, owned by
// the server's account; an existing file is kept as it is (only its owner and mode are corrected).
Status ensureSecretFile(const QString &path);

} // namespace ops::embedded
