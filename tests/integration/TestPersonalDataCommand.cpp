// targo-opsctl customer export-personal-data CODE --out FILE, as an operator runs it against a server: the archive
// is written (exit 0, --json says what is in it) and recorded in the audit; an unknown code, an unwritable path and a
// missing --out are refused with one line on stderr, a non-zero exit, and no file.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/db/PgConnection.h"
#include "tests/support/TestCluster.h"

using namespace ops;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestPersonalDataCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportsAndRecords();
    void unknownCodeIsRefused();
    void unwritablePathIsRefused();
    void usageErrors();

private:
    Run opsctl(const QStringList &args);
    qint64 exportsRecorded();
    std::unique_ptr<test::TestCluster> m_cluster;
    std::unique_ptr<db::PgConnection> m_c;
    QString m_conninfo;
    QTemporaryDir m_dir;
};

Run TestPersonalDataCommand::opsctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("OPS_BINARY_DIR") + u"/app/targo-opsctl"_s,
        QStringList{u"--lang"_s, u"en"_s, u"--db"_s, m_conninfo} + args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

qint64 TestPersonalDataCommand::exportsRecorded()
{
    auto r = m_c->exec("SELECT count(*) FROM audit_log WHERE action = 'export' AND customer_id = 1");
    return r.ok() ? r.value().int64(0, 0) : -1;
}

void TestPersonalDataCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cluster = std::make_unique<test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto db = m_cluster->freshDatabase(true);
    QVERIFY(db.ok());
    m_conninfo = db.value();
    auto c = db::PgConnection::open(m_conninfo);
    QVERIFY(c.ok());
    m_c = std::move(c).value();
    QVERIFY(m_c->exec("INSERT INTO customers (id, code, display_name, email, notes) VALUES"
                      " (1, 'CUST-00001', 'Élise Tremblay', 'elise@example.ca', '=cmd|'' /C calc''!A0')")
                .ok());
    QVERIFY(m_c->exec("INSERT INTO tickets (customer_id, subject, issue_type) VALUES (1, 'Wi-Fi', 'wifi')").ok());
}

void TestPersonalDataCommand::cleanupTestCase()
{
    m_c.reset();
    m_cluster.reset();
}

void TestPersonalDataCommand::exportsAndRecords()
{
    const qint64 before = exportsRecorded();
    const QString path = m_dir.filePath(u"CUST-00001.zip"_s);
    Run r = opsctl({u"--json"_s, u"customer"_s, u"export-personal-data"_s, u"cust-00001"_s, u"--out"_s, path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"customer"_s).toString(), u"CUST-00001"_s);
    QCOMPARE(o.value(u"path"_s).toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(o.value(u"tables"_s).toObject().value(u"customer"_s).toInt(), 1);
    QCOMPARE(o.value(u"tables"_s).toObject().value(u"tickets"_s).toInt(), 1);
    QVERIFY(QFileInfo(path).size() > 100);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(4), QByteArray("PK\x03\x04", 4));
    QCOMPARE(exportsRecorded(), before + 1);
    // The text form says where it went.
    const QString again = m_dir.filePath(u"again.zip"_s);
    r = opsctl({u"customer"_s, u"export-personal-data"_s, u"1"_s, u"--out"_s, again});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QFileInfo(again).absoluteFilePath()));
    QCOMPARE(exportsRecorded(), before + 2);
}

void TestPersonalDataCommand::unknownCodeIsRefused()
{
    const qint64 before = exportsRecorded();
    const QString path = m_dir.filePath(u"unknown.zip"_s);
    Run r = opsctl({u"customer"_s, u"export-personal-data"_s, u"CUST-77777"_s, u"--out"_s, path});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"CUST-77777"_s));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({u"unknown*"_s}, QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(exportsRecorded(), before);
}

void TestPersonalDataCommand::unwritablePathIsRefused()
{
    const QString path = m_dir.filePath(u"missing/folder/out.zip"_s);
    Run r = opsctl({u"customer"_s, u"export-personal-data"_s, u"CUST-00001"_s, u"--out"_s, path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"out.zip"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestPersonalDataCommand::usageErrors()
{
    Run r = opsctl({u"customer"_s, u"export-personal-data"_s, u"CUST-00001"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"--out"_s));
    r = opsctl({u"customer"_s, u"export-personal-data"_s, u"--out"_s, m_dir.filePath(u"x.zip"_s)});
    QCOMPARE(r.code, 2);
    r = opsctl({u"customer"_s, u"forget"_s, u"CUST-00001"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.zip"_s)));
}

QTEST_GUILESS_MAIN(TestPersonalDataCommand)
#include "TestPersonalDataCommand.moc"
