#pragma once

// The operating system behind one small set of functions: who we run as, the root → service account switch, private
// folders, processes. One implementation per system (PlatformPosix.cpp, PlatformWindows.cpp), chosen in CMake; no
// other file of the project includes a POSIX or Win32 header for these (house style: portable code above this line).
// The process stop requests (SIGTERM/SIGINT/SIGHUP, the Windows console events) are ops::StopSignals
// (core/concurrency/StopSignals.h), implemented beside these files.
#include <optional>

#include <QString>

class QProcess;

namespace ops::platform {

// A system account. POSIX: its uid and gid. Windows never switches accounts (-1).
struct Account
{
    qint64 uid = -1;
    qint64 gid = -1;
};

// The effective user's login name ("" when the system has none for it).
QString currentUserName();
// POSIX: effective uid 0. Windows: the process token is elevated (run as administrator).
bool isElevated();
Account currentAccount();
// A local account by name. Windows: std::nullopt (no switch there).
std::optional<Account> findAccount(const QString &name);
// True where the app, run as root, gives the embedded server to an unprivileged service account (POSIX). Windows: the
// server always runs as the current user (PostgreSQL itself refuses an administrator token and drops it).
constexpr bool kSwitchesToServiceAccount =
#ifdef Q_OS_WIN
    false;
#else
    true;
#endif

// The child `process` starts runs as `account` (groups dropped, gid then uid, cwd /), or exits with 126 before exec.
// POSIX only; Windows: returns false and changes nothing.
bool runChildAs(QProcess &process, const Account &account);

// One path, not following a symbolic link (lstat). Windows: the owner and mode are not read (-1): the folders live in
// the user's profile, whose ACL already closes them to other users.
struct PathInfo
{
    bool exists = false;
    bool isDir = false;
    bool isSymLink = false;
    qint64 owner = -1;
    int mode = -1; // permission bits (0777), -1 when unknown
    QString error; // strerror when !exists
};
PathInfo inspectPath(const QString &path);
// Changes the owner of one entry without following a link (lchown). Windows: true, nothing done.
bool setOwner(const QString &path, const Account &account, bool followLink = false);
// "Others" may traverse this one folder (S_IXOTH). Windows: true.
bool othersCanTraverse(const QString &path);

enum class MkdirResult
{
    Created,
    Exists,
    Failed
};
// mkdir with mode 0700 (no race with a chmod after). Windows: QDir::mkdir (the profile's ACL applies).
MkdirResult makePrivateDir(const QString &path, QString *error = nullptr);
// A new folder with an unguessable name, 0700, made atomically from `templatePath` ending in XXXXXX (mkdtemp).
// Returns "" with *error on failure.
QString makePrivateTempDir(const QString &templatePath, QString *error = nullptr);

// A process with this id exists (POSIX: /proc/<pid> or kill(pid, 0); Windows: OpenProcess).
bool processExists(qint64 pid);
// Its program's short name ("postgres"; Windows: the image's base name without ".exe"), or "" when unknown.
QString processName(qint64 pid);
// A program's file name on this system: "initdb" → "initdb.exe" on Windows.
QString executableFileName(const QString &base);

// No core dump and no ptrace attach by other processes of the same user (prctl PR_SET_DUMPABLE 0 on Linux): the
// process holds passwords. Elsewhere: nothing.
void protectProcessMemory();

} // namespace ops::platform
