// Windows implementation of core/platform/Platform.h. Not built on this project's Linux CI: kept small, each function
// the plain Win32 call for what its POSIX twin does, or an explicit "nothing to do here" with the reason.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include "core/platform/Platform.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

namespace ops::platform {

QString currentUserName()
{
    wchar_t name[257] = {};
    DWORD size = 257;
    if (!::GetUserNameW(name, &size))
        return {};
    return QString::fromWCharArray(name);
}

bool isElevated()
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    const bool ok = ::GetTokenInformation(token, TokenElevation, &elevation, sizeof(elevation), &size);
    ::CloseHandle(token);
    return ok && elevation.TokenIsElevated != 0;
}

Account currentAccount()
{
    return Account{}; // accounts are never switched on Windows
}

std::optional<Account> findAccount(const QString &)
{
    return std::nullopt;
}

bool runChildAs(QProcess &, const Account &)
{
    // No switch: PostgreSQL's tools and server run as the current user (pg_ctl drops an administrator token itself).
    return false;
}

PathInfo inspectPath(const QString &path)
{
    PathInfo info;
    const QFileInfo fi(path);
    info.exists = fi.exists() || fi.isSymLink();
    if (!info.exists) {
        info.error = QStringLiteral("not found");
        return info;
    }
    // A junction or symbolic link counts as a link: it is refused like on POSIX.
    info.isSymLink = fi.isSymLink() || fi.isJunction();
    info.isDir = fi.isDir() && !info.isSymLink;
    return info; // owner and mode unknown (-1): the user profile's ACL keeps other users out
}

bool setOwner(const QString &, const Account &, bool)
{
    return true;
}

bool othersCanTraverse(const QString &)
{
    return true;
}

MkdirResult makePrivateDir(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return MkdirResult::Exists;
    if (QDir().mkdir(path))
        return MkdirResult::Created;
    if (error)
        *error = QStringLiteral("CreateDirectory failed (%1)").arg(::GetLastError());
    return MkdirResult::Failed;
}

QString makePrivateTempDir(const QString &templatePath, QString *error)
{
    // Unused on Windows (no Unix socket folders); kept for the same interface.
    static const char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 16; ++attempt) { // an unguessable name, another one when it exists
        QString random;
        for (int i = 0; i < 6; ++i)
            random += QLatin1Char(kChars[QRandomGenerator::system()->bounded(36)]);
        QString path = templatePath;
        path.replace(QStringLiteral("XXXXXX"), random);
        if (QDir().mkdir(path))
            return path;
    }
    if (error)
        *error = QStringLiteral("CreateDirectory failed (%1)").arg(::GetLastError());
    return {};
}

bool processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
    HANDLE h = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!h)
        return ::GetLastError() == ERROR_ACCESS_DENIED; // exists, another account's
    DWORD code = 0;
    const bool alive = ::GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    ::CloseHandle(h);
    return alive;
}

QString processName(qint64 pid)
{
    HANDLE h = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!h)
        return {};
    wchar_t buffer[MAX_PATH * 2] = {};
    DWORD size = MAX_PATH * 2;
    const bool ok = ::QueryFullProcessImageNameW(h, 0, buffer, &size);
    ::CloseHandle(h);
    return ok ? QFileInfo(QString::fromWCharArray(buffer, int(size))).completeBaseName() : QString();
}

QString executableFileName(const QString &base)
{
    return base + QStringLiteral(".exe");
}

void protectProcessMemory()
{
    // Nothing: Windows has no per-process "dumpable" switch; other users cannot open the process anyway.
}

} // namespace ops::platform
