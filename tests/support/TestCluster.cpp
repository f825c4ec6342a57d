#include "tests/support/TestCluster.h"

#include <QCoreApplication>
#include <QFile>

#include "core/db/Migrator.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"

namespace ops::test {

namespace {
constexpr const char *kTemplate = "ops_test_template";
}

TestCluster::TestCluster()
    : TestCluster(EmbeddedOptions{}, true)
{}

TestCluster::TestCluster(const EmbeddedOptions &options)
    : TestCluster(options, false)
{}

TestCluster::TestCluster(const EmbeddedOptions &options, bool allowExternal)
    : m_dir(QStringLiteral("/tmp/ops-test-XXXXXX"))
{
    qputenv("TARGO_PG_FAST", "1");
    if (allowExternal)
        m_externalDsn = qEnvironmentVariable("OPS_TEST_PG_DSN");
    if (!m_externalDsn.isEmpty())
        return;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    // When tests run as root the server runs as an unprivileged account, which must be able to enter the folder.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther | QFile::ReadGroup
            | QFile::ReadOther);
    // TCP + password mode (EmbeddedOptions::tcp; the Windows default, TARGO_PG_TCP=1 here): a fresh password, kept
    // by the launcher only (conninfo() carries it).
    EmbeddedOptions launch = options;
    if (launch.tcp && launch.password.isEmpty())
        launch.password = EmbeddedServer::newPassword();
    m_server = std::make_unique<EmbeddedServer>(m_dir.path() + QStringLiteral("/pg"), launch);
    auto st = m_server->start();
    if (!st.ok())
        m_error = st.error().userMessage + QStringLiteral(" | ") + st.error().detail;
}

TestCluster::~TestCluster()
{
    if (m_server)
        (void)m_server->stop();
}

Result<std::unique_ptr<EmbeddedServer>> TestCluster::startStandby(const QString &name, const EmbeddedOptions &options)
{
    if (!ok() || !m_server)
        return Error::make(Error::Kind::Unavailable, m_error.isEmpty() ? QStringLiteral("no local cluster") : m_error);
    auto standby = std::make_unique<EmbeddedServer>(m_dir.path() + QLatin1Char('/') + name, options);
    if (Status s = standby->createStandbyOf(*m_server); !s.ok())
        return s.error();
    auto st = standby->start();
    if (!st.ok())
        return st.error();
    return standby;
}

QString TestCluster::conninfo(const QString &dbName) const
{
    if (!m_externalDsn.isEmpty())
        return m_externalDsn + QStringLiteral(" dbname=") + db::quoteConninfoValue(dbName);
    QString c = m_server->status().value().conninfo;
    const QString current =
        QStringLiteral("dbname=") + db::quoteConninfoValue(QString::fromLatin1(EmbeddedServer::kDatabase));
    c.replace(current, QStringLiteral("dbname=") + db::quoteConninfoValue(dbName));
    return c;
}

QString TestCluster::adminConninfo() const
{
    return conninfo(QStringLiteral("postgres"));
}

Result<QString> TestCluster::freshDatabase(bool migrated)
{
    if (!ok())
        return Error::make(Error::Kind::Unavailable, m_error);
    auto admin = db::PgConnection::open(adminConninfo());
    if (!admin.ok())
        return admin.error();
    db::PgConnection &a = *admin.value();
    if (migrated && !m_templateReady) {
        (void)a.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + db::quoteIdentifier(QString::fromLatin1(kTemplate)));
        auto created = a.exec(QStringLiteral("CREATE DATABASE ") + db::quoteIdentifier(QString::fromLatin1(kTemplate)));
        if (!created.ok())
            return created.error();
        auto t = db::PgConnection::open(conninfo(QString::fromLatin1(kTemplate)));
        if (!t.ok())
            return t.error();
        auto m = db::Migrator(*t.value()).migrate();
        if (!m.ok())
            return m.error();
        m_templateReady = true;
    }
    const QString name = QStringLiteral("ops_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_counter);
    (void)a.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + db::quoteIdentifier(name));
    QString sql = QStringLiteral("CREATE DATABASE ") + db::quoteIdentifier(name);
    if (migrated)
        sql += QStringLiteral(" TEMPLATE ") + db::quoteIdentifier(QString::fromLatin1(kTemplate));
    auto created = a.exec(sql);
    if (!created.ok())
        return created.error();
    return conninfo(name);
}

} // namespace ops::test
