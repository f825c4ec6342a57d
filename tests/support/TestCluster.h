#pragma once

#include <memory>

#include <QString>
#include <QTemporaryDir>

#include "core/common/Result.h"
#include "core/embedded/EmbeddedServer.h"

namespace ops::test {

// A throwaway PostgreSQL cluster started by the same launcher the app uses (EmbeddedServer), in a temporary folder;
// or, when OPS_TEST_PG_DSN is set, an existing server. Each test gets its own database, built by the real migrations
// (copied from a migrated template), dropped with the cluster.
// Create it in initTestCase() and destroy it in cleanupTestCase(). A failure to start is a test failure, never a skip.
class TestCluster
{
public:
    TestCluster();
    // A cluster started with these launcher options (replication, server mode, port). Ignores OPS_TEST_PG_DSN.
    explicit TestCluster(const EmbeddedOptions &options);
    ~TestCluster();

    // A streaming standby of this cluster (started with options.replication), in <baseDir>/<name>, made by the
    // launcher (pg_basebackup -R) and started by it. The caller owns it and stops it.
    Result<std::unique_ptr<EmbeddedServer>> startStandby(const QString &name, const EmbeddedOptions &options);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // A new database; migrated unless `migrated` is false. Returns its conninfo.
    Result<QString> freshDatabase(bool migrated = true);
    QString adminConninfo() const; // the maintenance database (postgres)
    QString conninfo(const QString &dbName) const;
    EmbeddedServer *server() const { return m_server.get(); } // null with OPS_TEST_PG_DSN
    QString baseDir() const { return m_dir.path(); }

private:
    TestCluster(const EmbeddedOptions &options, bool allowExternal);

    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedServer> m_server;
    QString m_externalDsn;
    QString m_error;
    bool m_templateReady = false;
    int m_counter = 0;
};

} // namespace ops::test
