#pragma once

#include <QFile>
#include <QString>
#include <QThread>

#include "core/db/PgConnection.h"
#include "tests/support/TestCluster.h"

namespace ops::test {

// A login role that must give its password (a scram-sha-256 line put first in pg_hba.conf: the rest of the test
// cluster trusts its private socket), allowed into the database of dbConninfo with SELECT on its tables: what the
// "Test connection" tests (connection settings, first run) log in as. Returns an empty string, or what went wrong.
// Header-only, like Screenshot.h.
inline QString addPasswordRole(TestCluster &cluster, const QString &dbConninfo, const QString &dbName,
    const QString &role, const QString &password)
{
    auto admin = db::PgConnection::open(cluster.adminConninfo());
    if (!admin.ok())
        return admin.error().detail;
    const QString ident = db::quoteIdentifier(role);
    const QString statements[] = {
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(ident, password),
        QStringLiteral("GRANT ALL ON DATABASE %1 TO %2").arg(db::quoteIdentifier(dbName), ident),
    };
    for (const QString &sql : statements)
        if (auto r = admin.value()->exec(sql); !r.ok())
            return r.error().detail;
    {
        auto inDb = db::PgConnection::open(dbConninfo);
        if (!inDb.ok())
            return inDb.error().detail;
        if (auto r = inDb.value()->exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(ident));
            !r.ok())
            return r.error().detail;
    }
    if (!cluster.server())
        return QStringLiteral("an external server (OPS_TEST_PG_DSN) has no pg_hba.conf to edit");
    QFile hba(cluster.server()->dataDir() + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly))
        return hba.errorString();
    const QByteArray old = hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return hba.errorString();
    hba.write("local all " + role.toUtf8() + " scram-sha-256\n" + old);
    hba.close();
    if (auto r = admin.value()->exec("SELECT pg_reload_conf()"); !r.ok())
        return r.error().detail;
    QThread::msleep(200);
    return {};
}

} // namespace ops::test
