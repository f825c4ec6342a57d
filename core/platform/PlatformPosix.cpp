// POSIX implementation of core/platform/Platform.h (Linux; the BSDs and macOS would compile it too).
#include <cerrno>
#include <cstring>

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/platform/Platform.h"
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace ops::platform {

QString currentUserName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

bool isElevated()
{
    return ::geteuid() == 0;
}

Account currentAccount()
{
    return Account{qint64(::geteuid()), qint64(::getegid())};
}

std::optional<Account> findAccount(const QString &name)
{
    const passwd *pw = ::getpwnam(name.toLocal8Bit().constData());
    if (!pw)
        return std::nullopt;
    return Account{qint64(pw->pw_uid), qint64(pw->pw_gid)};
}

bool runChildAs(QProcess &process, const Account &account)
{
    const uid_t uid = static_cast<uid_t>(account.uid);
    const gid_t gid = static_cast<gid_t>(account.gid);
    process.setChildProcessModifier([uid, gid] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            ::_exit(126);
        if (::chdir("/") != 0)
            ::_exit(126);
    });
    return true;
}

PathInfo inspectPath(const QString &path)
{
    PathInfo info;
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        info.error = QString::fromLocal8Bit(::strerror(errno));
        return info;
    }
    info.exists = true;
    info.isDir = S_ISDIR(st.st_mode);
    info.isSymLink = S_ISLNK(st.st_mode);
    info.owner = qint64(st.st_uid);
    info.mode = int(st.st_mode & 07777);
    return info;
}

bool setOwner(const QString &path, const Account &account, bool followLink)
{
    const QByteArray p = QFile::encodeName(path);
    const uid_t uid = static_cast<uid_t>(account.uid);
    const gid_t gid = static_cast<gid_t>(account.gid);
    return (followLink ? ::chown(p.constData(), uid, gid) : ::lchown(p.constData(), uid, gid)) == 0;
}

bool othersCanTraverse(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) != 0 || (st.st_mode & S_IXOTH);
}

MkdirResult makePrivateDir(const QString &path, QString *error)
{
    if (::mkdir(QFile::encodeName(path).constData(), 0700) == 0)
        return MkdirResult::Created;
    if (errno == EEXIST)
        return MkdirResult::Exists;
    if (error)
        *error = QString::fromLocal8Bit(::strerror(errno));
    return MkdirResult::Failed;
}

QString makePrivateTempDir(const QString &templatePath, QString *error)
{
    QByteArray templ = QFile::encodeName(templatePath);
    if (!::mkdtemp(templ.data())) {
        if (error)
            *error = QString::fromLocal8Bit(::strerror(errno));
        return {};
    }
    return QFile::decodeName(templ);
}

bool processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
    // EPERM: it exists but belongs to another account.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

QString processName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(comm.readAll()).trimmed();
}

QString executableFileName(const QString &base)
{
    return base;
}

void protectProcessMemory()
{
#ifdef __linux__
    (void)::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace ops::platform
