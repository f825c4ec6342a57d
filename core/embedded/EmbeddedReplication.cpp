// EmbeddedServer: streaming replication (a standby made from a primary, promotion, synchronous commits).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "core/embedded/ServerHost.h"

namespace ops {

using namespace embedded;

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
    ToolRun r = runTool(toolPath(bin.value(), QStringLiteral("pg_ctl")),
        {QStringLiteral("reload"), QStringLiteral("-D"), dataDir()}, 60000);
    if (r.exitCode != 0)
        return unavailable(
            QCoreApplication::translate("ops::EmbeddedServer", "The database settings could not be reloaded."),
            r.output);
    return success();
}

Status EmbeddedServer::createStandbyOf(const EmbeddedServer &primary)
{
    const QString data = dataDir();
    if (QFileInfo::exists(data + QStringLiteral("/PG_VERSION")))
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
            "The database folder %1 already holds a database: a standby is made only in a new folder.")
                               .arg(data));
    auto primaryStatus = primary.status();
    if (!primaryStatus.ok())
        return primaryStatus.error();
    if (!primaryStatus.value().running || !primary.options().replication)
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer",
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
    ToolRun r = runTool(toolPath(bin.value(), QStringLiteral("pg_basebackup")), args, 600000);
    if (r.exitCode != 0) {
        QDir(data).removeRecursively();
        return unavailable(QCoreApplication::translate(
                               "ops::EmbeddedServer", "The standby database could not be copied from the primary."),
            r.output.right(2000));
    }
    // The primary's per-start files are rewritten by start(); its pid file is never copied. The RADIUS password key
    // lives outside the data folder, so pg_basebackup does not carry it: the standby gets the primary's, or after a
    // promotion the sealed passwords could not be read.
    const QString key = QFileInfo(data).absolutePath() + QStringLiteral("/targo-radius.key");
    QFile::remove(key);
    if (!QFile::copy(QFileInfo(primary.dataDir()).absolutePath() + QStringLiteral("/targo-radius.key"), key))
        return unavailable(QCoreApplication::translate(
            "ops::EmbeddedServer", "The primary's RADIUS password key could not be copied to the standby."));
    return ensureSecretFile(key);
}

Status EmbeddedServer::promote()
{
    auto st = status();
    if (!st.ok())
        return st.error();
    if (!st.value().running)
        return unavailable(QCoreApplication::translate("ops::EmbeddedServer", "The standby database is not running."));
    if (!st.value().standby)
        return success(); // already a primary
    auto bin = findBinDir();
    if (!bin.ok())
        return bin.error();
    ToolRun r = runTool(toolPath(bin.value(), QStringLiteral("pg_ctl")),
        {QStringLiteral("promote"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
            QStringLiteral("-D"), dataDir()},
        90000);
    if (r.exitCode != 0)
        return unavailable(
            QCoreApplication::translate("ops::EmbeddedServer", "The standby database could not be promoted."),
            r.output);
    return success();
}

} // namespace ops
