#include "core/embedded/ServerHost.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QVersionNumber>

#include "core/db/PgConnection.h"

namespace ops::embedded {

Error unavailable(const QString &user, const QString &detail)
{
    return Error::make(Error::Kind::Unavailable, user, detail);
}

bool runningAsRoot()
{
    return platform::kSwitchesToServiceAccount && platform::isElevated();
}

// What the tools and the server inherit: only what they need. No TARGO_* secrets, no PG* variables (PGPASSWORD,
// PGPORT, PGDATA... would leak or redirect), nothing else from the caller's environment.
QProcessEnvironment cleanEnvironment()
{
    const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    for (const QString &key : sys.keys()) {
        static const QStringList kept{
            QStringLiteral("PATH"),
            QStringLiteral("HOME"),
            QStringLiteral("USER"),
            QStringLiteral("LOGNAME"),
            QStringLiteral("LANG"),
            QStringLiteral("LANGUAGE"),
            QStringLiteral("TZ"),
            QStringLiteral("TMPDIR"),
            QStringLiteral("LD_LIBRARY_PATH"),
#ifdef Q_OS_WIN
            // Windows programs need these: Winsock and the crypto provider fail without SystemRoot, pg_ctl starts
            // the server through %ComSpec%, and temporary files go to TEMP/TMP.
            QStringLiteral("SystemRoot"),
            QStringLiteral("SystemDrive"),
            QStringLiteral("windir"),
            QStringLiteral("ComSpec"),
            QStringLiteral("PATHEXT"),
            QStringLiteral("TEMP"),
            QStringLiteral("TMP"),
            QStringLiteral("USERPROFILE"),
            QStringLiteral("LOCALAPPDATA"),
            QStringLiteral("APPDATA"),
            QStringLiteral("USERNAME"),
#endif
        };
#ifdef Q_OS_WIN
        const Qt::CaseSensitivity names = Qt::CaseInsensitive; // "Path", "SYSTEMROOT": Windows ignores the case
#else
        const Qt::CaseSensitivity names = Qt::CaseSensitive;
#endif
        if (kept.contains(key, names) || key.startsWith(QLatin1String("LC_")))
            env.insert(key, sys.value(key));
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// The account the server runs as: ours, or the unprivileged service account when we are root.
std::optional<platform::Account> serverAccount()
{
    if (!runningAsRoot())
        return platform::currentAccount();
    return platform::findAccount(QString::fromLatin1(kRunAsAccount));
}

// A folder only the server's account can use: a real folder (not a symlink), owned by that account, no access for
// group or others. Checked with lstat, so a symlink planted in its place is refused, never followed.
Status checkPrivateDir(const QString &path)
{
    const auto account = serverAccount();
    if (!account)
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer", "The database account is missing."));
    const platform::PathInfo st = platform::inspectPath(path);
    if (!st.exists)
        return unavailable(
            QCoreApplication::translate("ops::EmbeddedServer", "The private socket folder %1 could not be created.")
                .arg(path),
            st.error);
    // Owner and mode are -1 where the system does not report them (Windows): only the folder-not-link rule applies.
    if (!st.isDir || st.isSymLink || (st.owner >= 0 && st.owner != account->uid) || (st.mode >= 0 && (st.mode & 077)))
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
                               "The socket folder %1 is not private (a symbolic link, another owner, or open to other "
                               "users). It was not used; remove it and start again.")
                               .arg(path),
            QStringLiteral("mode %1 owner %2").arg(st.mode, 0, 8).arg(st.owner));
    return success();
}

Status giveToServerAccount(const QString &path)
{
    if (!runningAsRoot())
        return success();
    const auto account = serverAccount();
    if (!account || !platform::setOwner(path, *account))
        return unavailable(QCoreApplication::translate(
            "ops::EmbeddedServer", "The database folder %1 could not be given to the database account.")
                               .arg(path));
    return success();
}

// Config files are replaced atomically (written beside, then renamed over), owned by the server's account, 0600,
// and read back: a short write or a full disk is an error, not a half-written configuration.
Status writeConfigFile(const QString &path, const QByteArray &body)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size()
        || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !f.commit())
        return unavailable(
            QCoreApplication::translate("ops::EmbeddedServer", "The database configuration %1 could not be written.")
                .arg(path),
            f.errorString());
    if (Status s = giveToServerAccount(path); !s.ok())
        return s;
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != body)
        return unavailable(
            QCoreApplication::translate("ops::EmbeddedServer", "The database configuration %1 could not be written.")
                .arg(path),
            QStringLiteral("read-back mismatch"));
    return success();
}

// pg_ident.conf takes bare or double-quoted names.
QString identName(const QString &name)
{
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_.@-]+$"));
    if (bare.match(name).hasMatch())
        return name;
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString osUserName()
{
    return platform::currentUserName();
}

// The socket folder the running server announced (postmaster.pid line 5), or empty.
QString announcedSocketDir(const QString &dataDir)
{
    QFile pidFile(dataDir + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = pidFile.readAll().split('\n');
    return lines.size() > 4 ? QFile::decodeName(lines.at(4).trimmed()) : QString();
}

ToolRun runTool(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = cleanEnvironment();
    p.setProcessEnvironment(env);
    if (runningAsRoot()) {
        // initdb, pg_ctl and postgres refuse to run as root: drop to the unprivileged account in the child.
        const platform::Account account =
            platform::findAccount(QString::fromLatin1(kRunAsAccount)).value_or(platform::Account{65534, 65534});
        platform::runChildAs(p, account);
        env.insert(QStringLiteral("HOME"), QStringLiteral("/"));
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    ToolRun r;
    r.started = p.waitForStarted(10000);
    if (!r.started) {
        r.output = p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.output = QString::fromLocal8Bit(p.readAll()) + QStringLiteral("\n(timed out)");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromLocal8Bit(p.readAll());
    return r;
}

bool chownTree(const QString &path, const platform::Account &account)
{
    if (!platform::setOwner(path, account, true))
        return false;
    QDir d(path);
    const auto entries = d.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &fi : entries) {
        if (fi.isDir() && !fi.isSymLink()) {
            if (!chownTree(fi.absoluteFilePath(), account))
                return false;
        } else if (!platform::setOwner(fi.absoluteFilePath(), account)) {
            return false;
        }
    }
    return true;
}

// Every ancestor must let "others" traverse it for the unprivileged account to reach the cluster.
bool traversableByOthers(const QString &path)
{
    // Walked up as text: the folders below may not exist yet (a first start), and the answer must not change once
    // they do (QDir::cdUp() stops at a missing folder, which let the data folder move after its creation).
    QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (;;) {
        if (!platform::othersCanTraverse(p))
            return false;
        const QString parent = QFileInfo(p).absolutePath();
        if (parent == p)
            return true;
        p = parent;
    }
}

int majorOf(const QString &binDir)
{
    ToolRun r = runTool(toolPath(binDir, QStringLiteral("postgres")), {QStringLiteral("--version")}, 10000);
    // "postgres (PostgreSQL) 15.18 (Debian ...)"
    const QStringList parts = r.output.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QVersionNumber v = QVersionNumber::fromString(p);
        if (!v.isNull() && v.majorVersion() >= 9)
            return v.majorVersion();
    }
    return 0;
}

QString toolPath(const QString &binDir, const QString &name)
{
    return binDir + QLatin1Char('/') + platform::executableFileName(name);
}

bool hasTools(const QString &dir)
{
    return QFileInfo(toolPath(dir, QStringLiteral("initdb"))).isExecutable()
        && QFileInfo(toolPath(dir, QStringLiteral("pg_ctl"))).isExecutable()
        && QFileInfo(toolPath(dir, QStringLiteral("postgres"))).isExecutable();
}

Status ensureSecretFile(const QString &path)
{
    if (QFileInfo::exists(path)) {
        // Never replaced: whatever it encrypted would be lost. Only its owner and mode are put right.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return giveToServerAccount(path);
    }
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray key = QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex() + '\n';
    return writeConfigFile(path, key);
}

} // namespace ops::embedded
