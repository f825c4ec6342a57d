// TLS to a database server: a CA and a server certificate (for 127.0.0.1) are made at test time with the openssl
// CLI, and a cluster is started by the app's launcher in server mode on 127.0.0.1 with that certificate (hostssl,
// scram-sha-256; plain TCP rejected). The app's server profile (ConnectionProfile: sslmode=verify-full by default)
// connects with the right CA; a wrong CA, a wrong server name and a plain connection are each refused with a clear,
// specific message.
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/ConnectionProfile.h"
#include "core/db/PgConnection.h"
#include "core/embedded/EmbeddedServer.h"
#include "tests/support/FakeHttpServer.h"
#include "tests/support/TestCluster.h"

using namespace Qt::Literals::StringLiterals;
using namespace ops;

namespace {
constexpr auto kUser = "tls_clerk";
constexpr auto kPassword = "Vraiment-Secret-42";
} // namespace

class TestPgTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certs;
    QTemporaryDir m_otherCerts;
    test::TestTlsFiles m_tls;
    test::TestTlsFiles m_otherTls; // another CA, same kind of certificate
    std::unique_ptr<test::TestCluster> m_cluster;
    int m_port = 0;

    db::ConnectionProfile profile() const
    {
        db::ConnectionProfile p;
        p.id = u"tls"_s;
        p.mode = db::ConnectionProfile::Mode::Server;
        p.hosts = u"127.0.0.1"_s;
        p.ports = QString::number(m_port);
        p.database = u"postgres"_s;
        p.user = QString::fromLatin1(kUser);
        p.sslRootCert = m_tls.caFile;
        p.connectTimeoutSec = 5;
        return p;
    }

    static int freePort()
    {
        QTcpServer s;
        if (!s.listen(QHostAddress::LocalHost, 0))
            return 0;
        return s.serverPort();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid() && m_otherCerts.isValid());
        QString error;
        m_tls = test::TestTlsFiles::generate(m_certs.path(), &error);
        QVERIFY2(!m_tls.caFile.isEmpty(), qPrintable(error));
        m_otherTls = test::TestTlsFiles::generate(m_otherCerts.path(), &error);
        QVERIFY2(!m_otherTls.caFile.isEmpty(), qPrintable(error));

        m_port = freePort();
        QVERIFY(m_port > 0);
        EmbeddedOptions options;
        options.port = m_port;
        options.serverMode = true;
        options.sslCertFile = m_tls.certFile;
        options.sslKeyFile = m_tls.keyFile;
        m_cluster = std::make_unique<test::TestCluster>(options);
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));

        // A staff-like login with a password, made over the private socket by the cluster's superuser.
        auto admin = db::PgConnection::open(m_cluster->adminConninfo());
        QVERIFY(admin.ok());
        auto made = admin.value()->exec(
            u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(QString::fromLatin1(kUser), QString::fromLatin1(kPassword)));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().detail));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void serverRulesAreTlsWithPasswordOnly()
    {
        // The server's own reading of pg_hba.conf: the socket by peer, TCP only with TLS and SCRAM on the one
        // address, everything else on TCP rejected; nothing trusts.
        auto admin = db::PgConnection::open(m_cluster->adminConninfo());
        QVERIFY(admin.ok());
        auto rules = admin.value()->exec("SELECT type, auth_method, coalesce(address, ''), coalesce(error, '') "
                                         "FROM pg_hba_file_rules ORDER BY line_number");
        QVERIFY(rules.ok());
        QStringList seen;
        for (int i = 0; i < rules.value().rows(); ++i) {
            QVERIFY2(rules.value().text(i, 3).isEmpty(), qPrintable(rules.value().text(i, 3)));
            seen << rules.value().text(i, 0) + u" "_s + rules.value().text(i, 1) + u" "_s + rules.value().text(i, 2);
        }
        QCOMPARE(seen, QStringList({u"local peer "_s, u"hostssl scram-sha-256 127.0.0.1"_s, u"host reject all"_s}));
        auto listen = admin.value()->exec("SELECT current_setting('listen_addresses'), current_setting('ssl')");
        QVERIFY(listen.ok());
        QCOMPARE(listen.value().text(0, 0), u"127.0.0.1"_s);
        QCOMPARE(listen.value().text(0, 1), u"on"_s);
    }

    void verifyFullIsTheDefault() { QCOMPARE(db::ConnectionProfile().sslMode, u"verify-full"_s); }

    void rightCaConnectsOverTls()
    {
        auto c = db::PgConnection::open(profile().serverConninfo(QString::fromLatin1(kPassword)));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
        auto ssl = c.value()->exec("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        QVERIFY(ssl.ok());
        QCOMPARE(ssl.value().text(0, 0), u"t"_s);
        QVERIFY(ssl.value().text(0, 1).startsWith(u"TLSv1."_s));
        QCOMPARE(c.value()->user(), QString::fromLatin1(kUser));
    }

    void wrongCaIsRefused()
    {
        db::ConnectionProfile p = profile();
        p.sslRootCert = m_otherTls.caFile;
        auto c = db::PgConnection::open(p.serverConninfo(QString::fromLatin1(kPassword)));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, Error::Kind::Auth);
        QVERIFY2(c.error().detail.contains(u"certificate verify failed"_s), qPrintable(c.error().detail));
        QVERIFY2(c.error().userMessage.contains(u"not signed by the expected certificate authority"_s),
            qPrintable(c.error().userMessage));
    }

    void wrongHostNameIsRefused()
    {
        // The certificate names 127.0.0.1; the profile names another server at that same address.
        db::ConnectionProfile p = profile();
        p.hosts = u"db.targo.test"_s;
        const QString conninfo = p.serverConninfo(QString::fromLatin1(kPassword)) + u" hostaddr=127.0.0.1"_s;
        auto c = db::PgConnection::open(conninfo);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, Error::Kind::Auth);
        QVERIFY2(c.error().detail.contains(u"does not match host name"_s), qPrintable(c.error().detail));
        QVERIFY2(c.error().userMessage.contains(u"not valid for the server name"_s), qPrintable(c.error().userMessage));
    }

    void missingCaFileIsRefused()
    {
        db::ConnectionProfile p = profile();
        p.sslRootCert = m_certs.filePath(u"absent-ca.pem"_s);
        auto c = db::PgConnection::open(p.serverConninfo(QString::fromLatin1(kPassword)));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().userMessage.contains(u"was not found"_s), qPrintable(c.error().userMessage));
    }

    void plainConnectionIsRejectedByTheServer()
    {
        db::ConnectionProfile p = profile();
        p.sslMode = u"disable"_s;
        auto c = db::PgConnection::open(p.serverConninfo(QString::fromLatin1(kPassword)));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, Error::Kind::Auth);
        QVERIFY2(c.error().detail.contains(u"pg_hba.conf"_s), qPrintable(c.error().detail));
        QVERIFY2(c.error().userMessage.contains(u"accepts only secure (TLS) connections"_s),
            qPrintable(c.error().userMessage));
    }

    void wrongPasswordIsRefusedOverTls()
    {
        auto c = db::PgConnection::open(profile().serverConninfo(u"not-the-password"_s));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, Error::Kind::Auth);
        QVERIFY2(c.error().detail.contains(u"password authentication failed"_s), qPrintable(c.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestPgTls)
#include "TestPgTls.moc"
