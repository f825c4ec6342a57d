// Server profiles become libpq conninfo strings: multi-host lists and target_session_attrs pass through, values with
// spaces and quotes are quoted, and the password never survives masking.
#include <QTest>

#include "core/db/ConnectionProfile.h"
#include "core/db/PgConnection.h"

using namespace ops::db;

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void multiHost();
    void quoting();
    void keychainKeyIsPerProfile();
};

void TestConnectionProfile::multiHost()
{
    ConnectionProfile p;
    p.id = QStringLiteral("ha");
    p.mode = ConnectionProfile::Mode::Server;
    p.hosts = QStringLiteral("db1.targo.lan,db2.targo.lan");
    p.ports = QStringLiteral("5432,5433");
    p.database = QStringLiteral("targo");
    p.user = QStringLiteral("mtremblay");
    p.sslRootCert = QStringLiteral("/etc/targo/ca.pem");
    const QString c = p.serverConninfo(QStringLiteral("s3cret"));
    QVERIFY(c.contains(QLatin1String("host='db1.targo.lan,db2.targo.lan'")));
    QVERIFY(c.contains(QLatin1String("port='5432,5433'")));
    QVERIFY(c.contains(QLatin1String("target_session_attrs='read-write'")));
    QVERIFY(c.contains(QLatin1String("sslmode='verify-full'")));
    QVERIFY(c.contains(QLatin1String("sslrootcert='/etc/targo/ca.pem'")));
    QVERIFY(c.contains(QLatin1String("password='s3cret'")));
    QVERIFY(c.contains(QLatin1String("tcp_user_timeout='10000'")));
    QVERIFY(c.contains(QLatin1String("keepalives_idle='5'")));
    QVERIFY(!maskConninfo(c).contains(QLatin1String("s3cret")));
    QVERIFY(!p.isEmbedded());
}

void TestConnectionProfile::quoting()
{
    ConnectionProfile p;
    p.mode = ConnectionProfile::Mode::Server;
    p.hosts = QStringLiteral("db");
    p.user = QStringLiteral("o'brien");
    const QString pw = QStringLiteral("a b'c\\\\d");
    const QString c = p.serverConninfo(pw);
    QVERIFY(c.contains(QLatin1String("user='o\\'brien'")));
    QVERIFY(c.contains(QLatin1String("password='a b\\'c\\\\\\\\d'")));
    const QString masked = maskConninfo(c);
    QVERIFY2(!masked.contains(QLatin1String("a b")), qPrintable(masked));
    QVERIFY(masked.contains(QLatin1String("user='o\\'brien'")));
    QCOMPARE(quoteIdentifier(QStringLiteral("we\"ird")), QStringLiteral("\"we\"\"ird\""));
}

void TestConnectionProfile::keychainKeyIsPerProfile()
{
    ConnectionProfile a;
    a.id = QStringLiteral("main");
    ConnectionProfile b;
    b.id = QStringLiteral("backup");
    QCOMPARE(a.keychainKey(), QStringLiteral("db/main/password"));
    QVERIFY(a.keychainKey() != b.keychainKey());
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "TestConnectionProfile.moc"
